import type { Lang } from '@tropa/core';
import type { StageTime } from '../api/report.ts';
import { useLang } from '../i18n/lang.tsx';
import { duration, integer, MIN_N } from './format.ts';
import { durationTicks, logScale } from './scale.ts';

const text = {
  title: { en: 'Time between stages', ru: 'Время между этапами' },
  hint: {
    en: 'From the first event of a stage to the first event of the next one, per partner: median (line), p25–p75 (box), p90 (whisker). Log scale.',
    ru: 'От первого события этапа до первого события следующего, по каждому партнёру: медиана (черта), p25–p75 (прямоугольник), p90 (ус). Логарифмическая шкала.',
  },
  median: { en: 'median {t}', ru: 'медиана {t}' },
  weak: { en: 'weak: n < {min}', ru: 'ненадёжно: n < {min}' },
  none: { en: 'no partner went on', ru: 'никто не перешёл' },
  tip: {
    en: '{from} → {to}: median {m}, p25–p75 {a} – {b}, p90 {c}, n = {n}',
    ru: '{from} → {to}: медиана {m}, p25–p75 {a} – {b}, p90 {c}, n = {n}',
  },
};

const W = 1100;
const LABEL = 240;
const FIGURES = 190;
const ROW = 44;
const TOP = 8;

/** Each consecutive stage pair as a box plot of the time it takes, with n and weak pairs marked. */
export function StageTimes(props: { times: StageTime[]; names: Map<string, string>; lang: Lang }) {
  const { times, names, lang } = props;
  const { t } = useLang();
  const measured = times.filter((s) => s.n > 0);
  if (measured.length === 0) return null;
  const min = Math.min(...measured.map((s) => Math.max(s.p25Seconds, 60)));
  const max = Math.max(...measured.map((s) => s.p90Seconds));
  const ticks = durationTicks(min, max);
  const x = logScale([ticks[0] ?? min, ticks.at(-1) ?? max], [LABEL, W - FIGURES]);
  const height = TOP + times.length * ROW + 28;
  const name = (id: string) => names.get(id) ?? id;
  return (
    <div className="stage-times">
      <p className="muted chart-hint">{t(text.hint)}</p>
      <svg viewBox={`0 0 ${W} ${height}`} className="chart stage-times-chart" role="img">
        <title>{t(text.title)}</title>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={TOP} y2={height - 24} className="grid" />
            <text x={x(v)} y={height - 8} textAnchor="middle" className="tick">
              {duration(v, lang)}
            </text>
          </g>
        ))}
        {times.map((s, i) => {
          const y = TOP + i * ROW + ROW / 2;
          const weak = s.n < MIN_N;
          const tip = t(text.tip, {
            from: name(s.from),
            to: name(s.to),
            m: duration(s.medianSeconds, lang),
            a: duration(s.p25Seconds, lang),
            b: duration(s.p75Seconds, lang),
            c: duration(s.p90Seconds, lang),
            n: integer(s.n, lang),
          });
          return (
            <g
              key={`${s.from}-${s.to}`}
              className={`time-row ${weak ? 'weak' : ''}`}
              data-pair={`${s.from}>${s.to}`}
            >
              <title>{tip}</title>
              <text x={LABEL - 14} y={y - 3} textAnchor="end" className="n-label">
                {name(s.from)} →
              </text>
              <text x={LABEL - 14} y={y + 13} textAnchor="end" className="row-label">
                {name(s.to)}
              </text>
              {s.n === 0 ? (
                <text x={W - FIGURES + 16} y={y + 4} className="n-label">
                  {t(text.none)}
                </text>
              ) : (
                <StageBox s={s} y={y} x={x} weak={weak} lang={lang} />
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

function StageBox(props: { s: StageTime; y: number; x: (v: number) => number; weak: boolean; lang: Lang }) {
  const { s, y, x, weak, lang } = props;
  const { t } = useLang();
  return (
    <>
      <line x1={x(s.p25Seconds)} x2={x(s.p90Seconds)} y1={y} y2={y} className="whisker" />
      <line x1={x(s.p90Seconds)} x2={x(s.p90Seconds)} y1={y - 6} y2={y + 6} className="whisker" />
      <rect
        x={x(s.p25Seconds)}
        y={y - 11}
        width={Math.max(x(s.p75Seconds) - x(s.p25Seconds), 2)}
        height={22}
        rx={4}
        className="box"
      />
      <line x1={x(s.medianSeconds)} x2={x(s.medianSeconds)} y1={y - 13} y2={y + 13} className="median" />
      <text x={W - FIGURES + 16} y={y - 2} className="figure">
        {t(text.median, { t: duration(s.medianSeconds, lang) })}
      </text>
      <text x={W - FIGURES + 16} y={y + 14} className="n-label">
        n = {integer(s.n, lang)}
        {weak ? ` · ${t(text.weak, { min: MIN_N })}` : ''}
      </text>
    </>
  );
}
