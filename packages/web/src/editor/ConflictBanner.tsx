import { diffJourneys, formatDiff, type Journey } from '@tropa/core';
import type { MapAnswer } from '../api/types.ts';
import { useLang } from '../i18n/lang.tsx';

const text = {
  title: {
    en: 'Someone else saved this map meanwhile',
    ru: 'Пока вы работали, карту сохранил кто-то другой',
  },
  detail: {
    en: '{author} saved version {version} at {time}. Nothing was overwritten. Choose what to keep:',
    ru: '{author} сохранил(а) версию {version} в {time}. Ничего не перезаписано. Выберите, что оставить:',
  },
  mine: { en: 'Save mine on top of theirs', ru: 'Сохранить мою поверх их версии' },
  theirs: { en: 'Take theirs, drop mine', ru: 'Взять их версию, мои правки отбросить' },
  differences: { en: 'How their version differs from mine', ru: 'Чем их версия отличается от моей' },
};

/** A 409 on save, shown and resolvable: their version is kept in history either way. */
export function ConflictBanner({
  mine,
  theirs,
  onKeepMine,
  onTakeTheirs,
}: {
  mine: Journey | undefined;
  theirs: MapAnswer;
  onKeepMine(theirs: MapAnswer): void;
  onTakeTheirs(theirs: MapAnswer): void;
}) {
  const { t, lang } = useLang();
  const differences =
    mine && theirs.document.kind === 'journey'
      ? formatDiff(diffJourneys(mine, theirs.document.journey), lang)
      : '';
  return (
    <div className="conflict-banner" role="alert">
      <strong>{t(text.title)}</strong>
      <span>
        {t(text.detail, {
          author: theirs.version.author.name,
          version: theirs.version.version,
          time: new Date(theirs.version.createdAt).toLocaleTimeString(lang),
        })}
      </span>
      <button type="button" className="primary" onClick={() => onKeepMine(theirs)}>
        {t(text.mine)}
      </button>
      <button type="button" onClick={() => onTakeTheirs(theirs)}>
        {t(text.theirs)}
      </button>
      {differences.trim() && (
        <details className="conflict-diff">
          <summary>{t(text.differences)}</summary>
          <pre className="diff">{differences.trim()}</pre>
        </details>
      )}
    </div>
  );
}
