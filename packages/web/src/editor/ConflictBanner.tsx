import {
  checkJourneyData,
  describeIssues,
  diffJourneys,
  formatDiff,
  hasErrors,
  type Journey,
  type Localized,
  type MergeSide,
  mergeJourneys,
} from '@tropa/core';
import { useMemo, useState } from 'react';
import type { MapAnswer } from '../api/types.ts';
import { useLang } from '../i18n/lang.tsx';
import { ConflictChoices } from './conflict/ConflictChoices.tsx';

const text = {
  title: {
    en: 'Someone else saved this map meanwhile',
    ru: 'Пока вы работали, карту сохранил кто-то другой',
  },
  detail: {
    en: '{author} saved version {version} at {time}. Nothing was overwritten.',
    ru: '{author} сохранил(а) версию {version} в {time}. Ничего не перезаписано.',
  },
  clean: {
    en: 'Your changes and theirs do not collide: merging keeps both.',
    ru: 'Ваши и их правки не пересекаются: объединение сохранит и те и другие.',
  },
  merge: { en: 'Merge and save', ru: 'Объединить и сохранить' },
  theirs: { en: 'Take theirs, drop mine', ru: 'Взять их версию, мои правки отбросить' },
  invalid: {
    en: 'The merged map would not be valid ({count} problem(s)), e.g. {first}. Choose otherwise or take theirs.',
    ru: 'Объединённая карта будет некорректной (проблем: {count}), например: {first}. Выберите иначе или возьмите их версию.',
  },
  differences: { en: 'How their version differs from mine', ru: 'Чем их версия отличается от моей' },
};

/**
 * A 409 on save, resolved by a three-way merge (core's mergeJourneys: base = what this page last saved,
 * theirs = the server's latest, mine = the map here): both sides' changes are kept, true conflicts are
 * listed with a choice each. Their version stays in history either way.
 */
export function ConflictBanner({
  base,
  mine,
  theirs,
  theirsJourney,
  onMerge,
  onTakeTheirs,
  refuse,
}: {
  base: Journey | undefined;
  mine: Journey | undefined;
  theirs: MapAnswer;
  theirsJourney: Journey | undefined;
  onMerge(merged: Journey): void;
  onTakeTheirs(): void;
  /** Why the merged map cannot be kept as it is (a role map that cannot say it), if so. */
  refuse?: ((merged: Journey) => Localized | undefined) | undefined;
}) {
  const { t, lang } = useLang();
  const [picks, setPicks] = useState<Record<string, MergeSide>>({});
  const merged = useMemo(
    () => (base && mine && theirsJourney ? mergeJourneys(base, theirsJourney, mine, picks) : undefined),
    [base, mine, theirsJourney, picks],
  );
  const problems = useMemo(
    () =>
      merged
        ? describeIssues(checkJourneyData(merged.journey), { file: 'merge', lang }).filter(
            (i) => i.severity === 'error',
          )
        : [],
    [merged, lang],
  );
  const refused = merged && refuse?.(merged.journey);
  const differences = mine && theirsJourney ? formatDiff(diffJourneys(mine, theirsJourney), lang) : '';
  return (
    <div className="conflict-banner" role="alert">
      <div className="conflict-head">
        <strong>{t(text.title)}</strong>
        <span>
          {t(text.detail, {
            author: theirs.version.author.name,
            version: theirs.version.version,
            time: new Date(theirs.version.createdAt).toLocaleTimeString(lang),
          })}
        </span>
      </div>
      {merged && merged.conflicts.length === 0 && <p className="conflict-clean">{t(text.clean)}</p>}
      {merged && merged.conflicts.length > 0 && (
        <ConflictChoices
          conflicts={merged.conflicts}
          picks={picks}
          onPick={(id, side) => setPicks((p) => ({ ...p, [id]: side }))}
        />
      )}
      {hasErrors(problems) && (
        <p className="form-error">
          {t(text.invalid, { count: problems.length, first: problems[0]?.message ?? '' })}
        </p>
      )}
      {refused && <p className="form-error">{t(refused)}</p>}
      <div className="conflict-actions">
        <button
          type="button"
          className="primary"
          disabled={!merged || hasErrors(problems) || refused !== undefined}
          onClick={() => merged && onMerge(merged.journey)}
        >
          {t(text.merge)}
        </button>
        <button type="button" onClick={onTakeTheirs}>
          {t(text.theirs)}
        </button>
      </div>
      {differences.trim() && (
        <details className="conflict-diff">
          <summary>{t(text.differences)}</summary>
          <pre className="diff">{differences.trim()}</pre>
        </details>
      )}
    </div>
  );
}
