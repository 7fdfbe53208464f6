import { useLang } from '../i18n/lang.tsx';
import type { GraphSelection } from './graphReport.ts';

const text = {
  more: { en: '+{n} more', ru: 'ещё {n}' },
  path: { en: 'Path of the case', ru: 'Путь случая' },
};

const MAX_CHIPS = 14;

/** Runs of the same touchpoint collapsed into one step with its repeat count. */
export function collapseRuns(path: readonly string[]): { id: string; times: number; at: number }[] {
  const steps: { id: string; times: number; at: number }[] = [];
  path.forEach((id, at) => {
    const last = steps.at(-1);
    if (last && last.id === id) last.times += 1;
    else steps.push({ id, times: 1, at });
  });
  return steps;
}

/** A case's path as chips, repeats collapsed (×n); the selected touchpoint or pair of touchpoints marked. */
export function PathChips({
  path,
  names,
  selection,
}: {
  path: readonly string[];
  names: Map<string, string>;
  selection: GraphSelection;
}) {
  const { t } = useLang();
  const steps = collapseRuns(path);
  const marked = (i: number) => {
    const step = steps[i];
    if (!step) return false;
    if (selection.kind === 'node') return step.id === selection.id;
    if (selection.from === selection.to) return step.id === selection.from && step.times > 1;
    return (
      (step.id === selection.from && steps[i + 1]?.id === selection.to) ||
      (step.id === selection.to && steps[i - 1]?.id === selection.from)
    );
  };
  const shown = steps.slice(0, MAX_CHIPS);
  return (
    <ol className="path-chips" aria-label={t(text.path)}>
      {shown.map((step, i) => (
        <li
          key={step.at}
          className={`path-chip${marked(i) ? ' marked' : ''}`}
          title={names.get(step.id) ?? step.id}
        >
          {names.get(step.id) ?? step.id}
          {step.times > 1 && <span className="chip-times">×{step.times}</span>}
        </li>
      ))}
      {steps.length > MAX_CHIPS && (
        <li className="path-chip more">{t(text.more, { n: steps.length - MAX_CHIPS })}</li>
      )}
    </ol>
  );
}
