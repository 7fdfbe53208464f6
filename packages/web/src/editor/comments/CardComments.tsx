import { createContext, useContext } from 'react';
import { useLang } from '../../i18n/lang.tsx';

const text = {
  comment: { en: 'Comment on this card', ru: 'Комментировать карточку' },
  count: { en: '{count} open comment(s) on this card', ru: 'Открытых комментариев к карточке: {count}' },
};

/** What a card needs to show its comments: open counts by card id, and a way to open its thread. */
export interface CardCommentsValue {
  openByCard: ReadonlyMap<string, number>;
  /** Opens the card's thread (giving the card an id first when it has none, where the map allows it). */
  open(laneId: string, index: number): void;
  /** Whether a card without an id may get one (not in a role map, whose cards come from other documents). */
  canName: boolean;
}

const CardCommentsContext = createContext<CardCommentsValue | undefined>(undefined);
export const CardCommentsProvider = CardCommentsContext.Provider;

/** The comment button of a card: a badge with the open count, or a quiet button shown on hover. */
export function CardCommentButton({
  laneId,
  index,
  cardId,
}: {
  laneId: string;
  index: number;
  cardId: string | undefined;
}) {
  const { t } = useLang();
  const comments = useContext(CardCommentsContext);
  if (!comments || (cardId === undefined && !comments.canName)) return null;
  const count = cardId === undefined ? 0 : (comments.openByCard.get(cardId) ?? 0);
  const label = count > 0 ? t(text.count, { count }) : t(text.comment);
  return (
    <button
      type="button"
      className={`card-comments ${count > 0 ? 'has-comments' : ''}`}
      aria-label={label}
      title={label}
      onClick={() => comments.open(laneId, index)}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path d="M4 5h16v11H9l-5 4z" />
      </svg>
      {count > 0 && <span className="comment-count">{count}</span>}
    </button>
  );
}
