import type { Stage } from '@tropa/core';
import { useLang } from '../../i18n/lang.tsx';
import { bandPoints, curveRuns } from './curveRuns.ts';
import { useMeasured } from './MeasuredContext.tsx';

const text = {
  point: {
    en: '{stage}: measured emotion {value} (95% {low} … {high}), n = {n}',
    ru: '{stage}: эмоция по данным {value} (95% {low} … {high}), n = {n}',
  },
  weak: { en: 'n = {n} · weak', ru: 'n = {n} · мало' },
  noData: { en: 'no data', ru: 'нет данных' },
};

/**
 * The measured emotion curve in the emotion lane, beside the designed one: its 95% band and line `under` the
 * designed curve, its `points` between that curve and the designed points (which stay on top, draggable, their
 * feelings readable). Weak points (n below the minimum) are hollow; each column says its n.
 */
export function MeasuredCurve({
  stages,
  columnWidth,
  height,
  yOf,
  layer,
}: {
  stages: readonly Stage[];
  columnWidth: number;
  height: number;
  yOf(emotion: number): number;
  layer: 'under' | 'points';
}) {
  const { t, lang } = useLang();
  const view = useMeasured();
  const emotion = view?.report.emotion;
  if (!emotion) return null;
  const ids = stages.map((s) => s.id);
  const runs = curveRuns(ids, emotion.stages);
  const x = (column: number) => column * columnWidth + columnWidth / 2;
  const fmt = (v: number) =>
    new Intl.NumberFormat(lang, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(v);

  if (layer === 'under') {
    return (
      <g className="measured-under">
        {runs.map((run) => (
          <g key={run[0]?.stage}>
            {run.length > 1 ? (
              <polygon className="measured-band" points={bandPoints(run, x, yOf)} />
            ) : (
              run.map((p) => (
                <rect
                  key={p.stage}
                  className="measured-band"
                  x={x(p.column) - 10}
                  width={20}
                  y={yOf(p.high)}
                  height={Math.max(1, yOf(p.low) - yOf(p.high))}
                  rx={4}
                />
              ))
            )}
            <polyline
              className="measured-line"
              points={run.map((p) => `${x(p.column)},${yOf(p.value)}`).join(' ')}
            />
          </g>
        ))}
      </g>
    );
  }
  const points = runs.flat();
  return (
    <g className="measured-points">
      {points.map((p) => {
        const label = t(text.point, {
          stage: stages[p.column]?.name ?? p.stage,
          value: fmt(p.value),
          low: fmt(p.low),
          high: fmt(p.high),
          n: p.n,
        });
        return (
          <circle
            key={p.stage}
            className={`measured-point ${p.weak ? 'weak' : ''}`}
            data-measured-stage={p.stage}
            data-value={p.value}
            cx={x(p.column)}
            cy={yOf(p.value)}
            r={5}
          >
            <title>{label}</title>
          </circle>
        );
      })}
      {stages.map((stage, column) => {
        const p = points.find((q) => q.stage === stage.id);
        return (
          <text
            key={stage.id}
            className={`measured-n ${p?.weak ? 'weak' : ''}`}
            x={x(column) + columnWidth / 2 - 10}
            y={height - 7}
            textAnchor="end"
          >
            {p ? (p.weak ? t(text.weak, { n: p.n }) : `n = ${p.n}`) : t(text.noData)}
          </text>
        );
      })}
    </g>
  );
}
