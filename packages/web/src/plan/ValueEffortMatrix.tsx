import type { Improvement, Journey } from '@tropa/core';
import { useLang } from '../i18n/lang.tsx';
import { planText, statusText } from './planText.ts';

const SIZE = 480;
const PAD = 44;
const INNER = SIZE - PAD * 2;

/** Position of a 1..5 score on the axis; the middle (3) is the quadrants' border. */
const along = (score: number) => ((score - 0.5) / 5) * INNER;

/** Improvements sharing one (value, effort) spot fan out around it instead of hiding each other. */
function spread(items: readonly Improvement[]): Map<string, { x: number; y: number }> {
  const seen = new Map<string, number>();
  const at = new Map<string, { x: number; y: number }>();
  for (const imp of items) {
    if (imp.value === undefined || imp.effort === undefined) continue;
    const key = `${imp.value}:${imp.effort}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    // A score of 3 sits on a quadrant border; neighbours circle around it, far enough not to overlap.
    const angle = n * 2.4;
    const r = n === 0 ? 0 : 24;
    at.set(imp.id, {
      x: PAD + along(imp.effort) + Math.cos(angle) * r,
      y: PAD + INNER - along(imp.value) + Math.sin(angle) * r,
    });
  }
  return at;
}

/** The value / effort matrix: effort to the right, value up, four named quadrants, numbered dots and their legend. */
export function ValueEffortMatrix({ journey }: { journey: Journey }) {
  const { t } = useLang();
  const at = spread(journey.improvements);
  const scored = journey.improvements.filter((i) => at.has(i.id));
  const unscored = journey.improvements.filter((i) => !at.has(i.id));
  const mid = PAD + INNER / 2;
  const quadrants = [
    { label: planText.quickWins, x: PAD, y: PAD, cls: 'quick-wins' },
    { label: planText.bigBets, x: mid, y: PAD, cls: 'big-bets' },
    { label: planText.fillIns, x: PAD, y: mid, cls: 'fill-ins' },
    { label: planText.moneyPits, x: mid, y: mid, cls: 'money-pits' },
  ];
  return (
    <figure className="value-effort">
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={t(planText.matrix)}>
        {quadrants.map((q) => (
          <g key={q.cls} className={`quadrant ${q.cls}`}>
            <rect x={q.x} y={q.y} width={INNER / 2} height={INNER / 2} />
            <text x={q.x + 10} y={q.y + 20}>
              {t(q.label)}
            </text>
          </g>
        ))}
        <text className="axis" x={mid} y={SIZE - 12} textAnchor="middle">
          {t(planText.effort)} →
        </text>
        <text className="axis" x={16} y={mid} textAnchor="middle" transform={`rotate(-90 16 ${mid})`}>
          {t(planText.value)} →
        </text>
        {scored.map((imp, n) => {
          const p = at.get(imp.id);
          if (!p) return null;
          return (
            <g key={imp.id} className={`dot status-${imp.status}`} data-improvement={imp.id}>
              <title>{`${imp.title} (${t(planText.scores, { value: imp.value ?? '', effort: imp.effort ?? '' })})`}</title>
              <circle cx={p.x} cy={p.y} r={11} />
              <text x={p.x} y={p.y + 4} textAnchor="middle">
                {n + 1}
              </text>
            </g>
          );
        })}
      </svg>
      <ol className="matrix-legend">
        {scored.map((imp) => (
          <li key={imp.id} className={`legend-item status-${imp.status}`}>
            <span className="title">{imp.title}</span>
            <span className="muted">
              {t(statusText[imp.status])} ·{' '}
              {t(planText.scores, { value: imp.value ?? '', effort: imp.effort ?? '' })}
            </span>
          </li>
        ))}
      </ol>
      {unscored.length > 0 && (
        <figcaption className="muted">
          {t(planText.unscored, { items: unscored.map((i) => i.title).join(', ') })}
        </figcaption>
      )}
    </figure>
  );
}
