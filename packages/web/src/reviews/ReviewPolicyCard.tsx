import { type Journey, reviewDue } from '@tropa/core';
import type { useEditor } from '../editor/useEditor.ts';
import { useLang } from '../i18n/lang.tsx';
import { setReviewCadence } from './reviewCommands.ts';
import { reviewsText as text } from './reviewsText.ts';

const CADENCES = [1, 2, 3, 6, 12, 24] as const;

/** The map's review policy: cadence (editable), owner, last review and when the next one is due. */
export function ReviewPolicyCard({
  journey,
  latestSnapshot,
  editor,
  readOnly,
}: {
  journey: Journey;
  latestSnapshot?: string;
  editor: ReturnType<typeof useEditor>;
  readOnly: boolean;
}) {
  const { t } = useLang();
  // A snapshot taken here counts as a review, as the server's due list counts it.
  const documented = journey.review.lastReviewedAt;
  const last = latestSnapshot && (!documented || latestSnapshot > documented) ? latestSnapshot : documented;
  const due = reviewDue({ cadenceMonths: journey.review.cadenceMonths, lastReviewedAt: last }, new Date());
  const days = Math.abs(due.daysLeft ?? 0);
  const cadences = CADENCES.includes(journey.review.cadenceMonths as (typeof CADENCES)[number])
    ? CADENCES
    : [...CADENCES, journey.review.cadenceMonths].sort((a, b) => a - b);
  return (
    <section className="insight-card review-policy" aria-label={t(text.policy)}>
      <h2>{t(text.policy)}</h2>
      <dl>
        <div>
          <dt>{t(text.cadence)}</dt>
          <dd>
            {readOnly ? (
              t(text.months, { n: journey.review.cadenceMonths })
            ) : (
              <select
                aria-label={t(text.cadence)}
                value={journey.review.cadenceMonths}
                onChange={(e) => editor.run(setReviewCadence, { months: Number(e.target.value) })}
              >
                {cadences.map((n) => (
                  <option key={n} value={n}>
                    {t(text.months, { n })}
                  </option>
                ))}
              </select>
            )}
          </dd>
        </div>
        {journey.review.owner && (
          <div>
            <dt>{t(text.owner)}</dt>
            <dd>{journey.review.owner}</dd>
          </div>
        )}
        <div>
          <dt>{t(text.last)}</dt>
          <dd>{last ?? t(text.never)}</dd>
        </div>
        <div>
          <dt>{t(text.next)}</dt>
          <dd>
            {due.dueDate ?? '—'}{' '}
            <span className={`due-badge ${due.status}`} data-status={due.status}>
              {t(text[due.status], { days })}
            </span>
          </dd>
        </div>
      </dl>
    </section>
  );
}
