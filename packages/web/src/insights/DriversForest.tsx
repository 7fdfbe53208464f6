import type { Lang } from '@tropa/core';
import type { DropOffDriver } from '../api/report.ts';
import { useLang } from '../i18n/lang.tsx';
import { channelName } from './channelNames.ts';
import { decimal, integer, pValue } from './format.ts';
import { logScale } from './scale.ts';

const text = {
  title: { en: 'Drivers of drop-off', ru: 'Что связано с уходом' },
  hint: {
    en: 'Odds of quitting for partners with the factor against those without ({quit} quit, {stayed} stayed), with 95% intervals; right of 1 means more quitting. ★ marks q < 0.05. Association, not cause.',
    ru: 'Шансы уйти у партнёров с фактором против партнёров без него ({quit} ушли, {stayed} остались), с 95% интервалами; правее 1 — уходят чаще. ★ — q < 0,05. Это связь, а не причина.',
  },
  kinds: {
    activity: { en: 'activity', ru: 'действие' },
    channel: { en: 'channel', ru: 'канал' },
    attribute: { en: 'attribute', ru: 'атрибут' },
  },
  tip: {
    en: 'OR {or} (95% CI {low} … {high}), {p}, {q}; with the factor: {qe} quit / {se} stayed',
    ru: 'ОШ {or} (95% ДИ {low} … {high}), {p}, {q}; с фактором: ушли {qe} / остались {se}',
  },
  less: { en: '← quit less', ru: '← уходят реже' },
  more: { en: 'quit more →', ru: 'уходят чаще →' },
};

const W = 1100;
const ROW = 26;
const LABEL = 330;
const RIGHT = 150;
const TOP = 24;
const TICKS = [0.01, 0.03, 0.1, 0.3, 1, 3, 10, 30, 100];
const SHOWN = 14;

/** A forest plot of the strongest drop-off drivers by q: odds ratio and interval on a log axis. */
export function DriversForest(props: {
  drivers: { quitCases: number; stayedCases: number; drivers: DropOffDriver[] };
  lang: Lang;
}) {
  const { lang } = props;
  const { t } = useLang();
  // The strongest by q on each side of 1: what goes with quitting, then what goes with staying.
  const byQ = [...props.drivers.drivers].sort((a, b) => a.q - b.q);
  const risks = byQ.filter((d) => d.oddsRatio > 1).slice(0, SHOWN / 2);
  const rows = [...risks, ...byQ.filter((d) => d.oddsRatio <= 1).slice(0, SHOWN - risks.length)];
  if (rows.length === 0) return null;
  const lows = Math.min(...rows.map((d) => d.low));
  const highs = Math.max(...rows.map((d) => d.high));
  const ticks = TICKS.filter(
    (_, i) => (TICKS[i + 1] ?? Number.POSITIVE_INFINITY) > lows && (TICKS[i - 1] ?? 0) < highs,
  );
  const lo = ticks[0] ?? 0.01;
  const hi = ticks.at(-1) ?? 100;
  const x = logScale([lo, hi], [LABEL, W - RIGHT]);
  const clamp = (v: number) => x(Math.min(Math.max(v, lo), hi));
  const height = TOP + rows.length * ROW + 30;
  const factor = (d: DropOffDriver) => (d.kind === 'channel' ? channelName(d.factor, t) : d.factor);
  return (
    <div className="drivers">
      <h3>{t(text.title)}</h3>
      <p className="muted chart-hint">
        {t(text.hint, {
          quit: integer(props.drivers.quitCases, lang),
          stayed: integer(props.drivers.stayedCases, lang),
        })}
      </p>
      <svg viewBox={`0 0 ${W} ${height}`} className="chart forest" role="img">
        <title>{t(text.title)}</title>
        <text x={x(1) - 8} y={12} textAnchor="end" className="tick">
          {t(text.less)}
        </text>
        <text x={x(1) + 8} y={12} className="tick">
          {t(text.more)}
        </text>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={x(v)} x2={x(v)} y1={TOP} y2={height - 24} className={v === 1 ? 'axis zero' : 'grid'} />
            <text x={x(v)} y={height - 8} textAnchor="middle" className="tick">
              {decimal(v, lang, 2)}
            </text>
          </g>
        ))}
        {rows.map((d, i) => {
          const y = TOP + i * ROW + ROW / 2;
          const marked = d.q < 0.05 && !d.weak;
          return (
            <g
              key={`${d.kind}:${d.factor}`}
              className={`driver ${d.weak ? 'weak' : ''} ${d.oddsRatio > 1 ? 'risk' : 'protect'}`}
            >
              <title>
                {t(text.tip, {
                  or: decimal(d.oddsRatio, lang, 2),
                  low: decimal(d.low, lang, 2),
                  high: decimal(d.high, lang, 2),
                  p: pValue(d.p, lang),
                  q: pValue(d.q, lang, 'q'),
                  qe: integer(d.quitExposed, lang),
                  se: integer(d.stayedExposed, lang),
                })}
              </title>
              <text x={LABEL - 12} y={y + 4} textAnchor="end" className="row-label">
                {factor(d)} <tspan className="n-label">{t(text.kinds[d.kind])}</tspan>
              </text>
              <line x1={clamp(d.low)} x2={clamp(d.high)} y1={y} y2={y} className="ci" />
              <rect x={clamp(d.oddsRatio) - 5} y={y - 5} width={10} height={10} className="or" />
              <text x={W - RIGHT + 12} y={y + 4} className="figure">
                {decimal(d.oddsRatio, lang, 2)}
                {marked ? ' ★' : ''}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
