import type { Lang } from '@tropa/core';
import { useLang } from '../i18n/lang.tsx';
import { percent, pValue, twoLines } from './format.ts';
import { linear } from './scale.ts';
import { isMarked, type SegmentRow } from './segmentRows.ts';

const text = {
  title: { en: 'Reach of each stage by segment', ru: 'Доходимость до этапов по сегментам' },
  tip: {
    en: '{segment}, {stage}: {v} reached vs {r} of the rest; {p}, {q} ({test})',
    ru: '{segment}, {stage}: дошли {v} против {r} у остальных; {p}, {q} ({test})',
  },
  tipPlain: { en: '{segment}, {stage}: {v} reached', ru: '{segment}, {stage}: дошли {v}' },
};

export const SEGMENT_COLOURS = ['#4f46e5', '#0ea5e9', '#10b981', '#f59e0b', '#ec4899', '#8b5cf6', '#14b8a6'];
const W = 1100;
const H = 300;
const PAD = { left: 90, right: 70, top: 24, bottom: 44 };

/** Lines of stage reach (share of the segment's partners) per segment; ★ where the test says q < 0.05. */
export function SegmentReachChart(props: {
  rows: SegmentRow[];
  names: Map<string, string>;
  label: (segment: string) => string;
  testName: (test: string) => string;
  lang: Lang;
}) {
  const { rows, names, label, testName, lang } = props;
  const { t } = useLang();
  const stages = rows[0]?.reach.map((r) => r.stage) ?? [];
  const step = (W - PAD.left - PAD.right) / Math.max(stages.length - 1, 1);
  const x = (i: number) => PAD.left + i * step;
  const y = linear([0, 1], [H - PAD.bottom, PAD.top]);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="chart segment-reach" role="img">
      <title>{t(text.title)}</title>
      {[0, 0.25, 0.5, 0.75, 1].map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="grid" />
          <text x={PAD.left - 8} y={y(v) + 4} textAnchor="end" className="tick">
            {percent(v, lang)}
          </text>
        </g>
      ))}
      {stages.map((stage, i) => (
        <text key={stage} x={x(i)} y={H - PAD.bottom + 18} textAnchor="middle" className="stage-label">
          {twoLines(names.get(stage) ?? stage).map((line, k) => (
            <tspan key={line} x={x(i)} dy={k === 0 ? 0 : 13}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
      {rows.map((row, k) => {
        const colour = row.weak ? '#a3a9b7' : SEGMENT_COLOURS[k % SEGMENT_COLOURS.length];
        const points = row.reach.map((r, i) => `${x(i)},${y(r.share)}`).join(' ');
        return (
          <g
            key={row.segment}
            className={`segment-line ${row.weak ? 'weak' : ''}`}
            data-segment={row.segment}
          >
            <polyline points={points} stroke={colour} className="line" />
            {row.reach.map((r, i) => {
              const tip = r.test
                ? t(text.tip, {
                    segment: label(row.segment),
                    stage: names.get(r.stage) ?? r.stage,
                    v: percent(r.test.value, lang),
                    r: percent(r.test.rest, lang),
                    p: pValue(r.test.p, lang),
                    q: pValue(r.test.q, lang, 'q'),
                    test: testName(r.test.test),
                  })
                : t(text.tipPlain, {
                    segment: label(row.segment),
                    stage: names.get(r.stage) ?? r.stage,
                    v: percent(r.share, lang),
                  });
              return (
                <g key={r.stage}>
                  <title>{tip}</title>
                  <circle
                    cx={x(i)}
                    cy={y(r.share)}
                    r={4}
                    fill={row.weak ? 'white' : colour}
                    stroke={colour}
                  />
                  {isMarked(r.test) && (
                    <text x={x(i) + 6} y={y(r.share) - 6} className="star" fill={colour}>
                      ★
                    </text>
                  )}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
