import type { Lang } from '@tropa/core';
import type { ImprovementEffect, KpiSection, KpiSeries } from '../api/report.ts';
import { useLang } from '../i18n/lang.tsx';
import { integer, kpiTick, kpiValue } from './format.ts';
import { linear, niceDomain, niceTicks } from './scale.ts';

const text = {
  target: { en: 'target {v}', ru: 'цель {v}' },
  point: {
    en: '{period}: {v} (95% CI {low} … {high}), n = {n}',
    ru: '{period}: {v} (95% ДИ {low} … {high}), n = {n}',
  },
  weak: { en: ' · weak', ru: ' · ненадёжно' },
  empty: { en: 'no data in these periods', ru: 'нет данных за эти периоды' },
};

const W = 540;
const H = 230;
const PAD = { left: 58, right: 16, top: 22, bottom: 44 };

const time = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`).getTime();

/** One KPI over the half-years: interval band, line, points (hollow when weak), target, improvement markers. */
export function KpiTrendChart(props: {
  kpi: KpiSeries;
  periods: KpiSection['periods'];
  improvements: ImprovementEffect[];
  lang: Lang;
}) {
  const { kpi, periods, improvements, lang } = props;
  const { t } = useLang();
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return null;
  const x = linear([time(first.start), time(last.end)], [PAD.left, W - PAD.right]);
  const mid = new Map(periods.map((p) => [p.key, (time(p.start) + time(p.end)) / 2]));
  const points = kpi.periods
    .filter((p) => p.estimate.value !== null && mid.has(p.period))
    .map((p) => ({ ...p, x: x(mid.get(p.period) ?? 0) }));
  const values = points.flatMap((p) => [p.estimate.value, p.estimate.low, p.estimate.high]);
  const all = [...values, kpi.target].filter((v): v is number => v !== null);
  const [d0, d1] = niceDomain(Math.min(...all), Math.max(...all), 4);
  const domain: [number, number] = kpi.unit === 'share' ? [Math.max(d0, 0), Math.min(d1, 1)] : [d0, d1];
  const y = linear(domain, [H - PAD.bottom, PAD.top]);
  const banded = points.filter((p) => p.estimate.low !== null && p.estimate.high !== null);
  const band = [
    ...banded.map((p) => `${p.x},${y(p.estimate.high ?? 0)}`),
    ...[...banded].reverse().map((p) => `${p.x},${y(p.estimate.low ?? 0)}`),
  ].join(' ');
  const show = (v: number | null) => (v === null ? '—' : kpiValue(v, kpi.unit, lang));
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="chart kpi-trend" role="img">
      <title>{kpi.name ?? kpi.kpi}</title>
      {niceTicks(domain[0], domain[1], 4).map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="grid" />
          <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="tick">
            {kpiTick(v, kpi.unit, lang)}
          </text>
        </g>
      ))}
      {periods.map((p) => (
        <g key={p.key}>
          <line
            x1={x(time(p.start))}
            x2={x(time(p.start))}
            y1={H - PAD.bottom}
            y2={H - PAD.bottom + 5}
            className="axis"
          />
          <text x={x(mid.get(p.key) ?? 0)} y={H - PAD.bottom + 17} textAnchor="middle" className="tick">
            {p.key}
          </text>
        </g>
      ))}
      {banded.length > 1 && <polygon points={band} className="band" />}
      {banded.length === 1 && banded[0] && (
        <line
          x1={banded[0].x}
          x2={banded[0].x}
          y1={y(banded[0].estimate.low ?? 0)}
          y2={y(banded[0].estimate.high ?? 0)}
          className="ci-bar"
        />
      )}
      {kpi.target !== null && (
        <g className="target">
          <title>{t(text.target, { v: show(kpi.target) })}</title>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(kpi.target)} y2={y(kpi.target)} />
        </g>
      )}
      {points.length === 0 && (
        <text
          x={(PAD.left + W - PAD.right) / 2}
          y={(PAD.top + H - PAD.bottom) / 2}
          textAnchor="middle"
          className="tick"
        >
          {t(text.empty)}
        </text>
      )}
      {improvements.map((imp, i) => {
        const mx = x(time(imp.doneAt));
        // An improvement done outside the periods shown has no place on this axis.
        if (mx < PAD.left || mx > W - PAD.right) return null;
        return (
          <g
            key={imp.improvement}
            className={`improvement-marker ${imp.verdict}`}
            data-improvement={imp.improvement}
          >
            <title>{`${imp.title} · ${imp.doneAt}`}</title>
            <line x1={mx} x2={mx} y1={PAD.top - 6} y2={H - PAD.bottom} />
            <path d={`M${mx - 6},${PAD.top - 14} h12 l-6,8 z`} />
            <text x={mx + 8} y={PAD.top - 6 + i * 12} className="marker-label">
              {i + 1}
            </text>
          </g>
        );
      })}
      <polyline
        points={points.map((p) => `${p.x},${y(p.estimate.value ?? 0)}`).join(' ')}
        className="kpi-line"
      />
      {points.map((p) => (
        <g key={p.period} className={`kpi-point ${p.estimate.weak ? 'weak' : ''}`} data-period={p.period}>
          <title>
            {t(text.point, {
              period: p.period,
              v: show(p.estimate.value),
              low: show(p.estimate.low),
              high: show(p.estimate.high),
              n: integer(p.estimate.n, lang),
            }) + (p.estimate.weak ? t(text.weak) : '')}
          </title>
          <circle cx={p.x} cy={y(p.estimate.value ?? 0)} r={4.5} />
          <text x={p.x} y={H - PAD.bottom + 31} textAnchor="middle" className="n-label">
            n={integer(p.estimate.n, lang)}
          </text>
        </g>
      ))}
    </svg>
  );
}
