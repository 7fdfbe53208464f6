import type { Report } from '../api/report.ts';
import { useLang } from '../i18n/lang.tsx';

const text = {
  title: { en: 'Emotions: designed vs measured', ru: 'Эмоции: на карте и по данным' },
  designed: { en: 'on the map', ru: 'на карте' },
  measured: { en: 'measured (95% band)', ru: 'по данным (95% полоса)' },
  weak: { en: 'n < {min}: not shown', ru: 'n < {min}: не показано' },
};

const W = 120;
const H = 170;
const PAD = 20;
const y = (v: number) => PAD + ((2 - v) / 4) * (H - 2 * PAD);

/** The map's emotion curve with the measured one over it, its interval as a band; weak stages left out. */
export function EmotionCompare({
  emotion,
  names,
}: {
  emotion: NonNullable<Report['emotion']>;
  names: Map<string, string>;
}) {
  const { t } = useLang();
  const stages = emotion.stages;
  const width = stages.length * W;
  const x = (i: number) => i * W + W / 2;
  const designed = stages
    .map((s, i) => (s.designed === null ? null : `${x(i)},${y(s.designed)}`))
    .filter((p): p is string => p !== null);
  const strong = stages
    .map((s, i) => ({ s, i }))
    .filter(
      ({ s }) =>
        !s.measured.weak && s.measured.value !== null && s.measured.low !== null && s.measured.high !== null,
    );
  const band = [
    ...strong.map(({ s, i }) => `${x(i)},${y(s.measured.high ?? 0)}`),
    ...[...strong].reverse().map(({ s, i }) => `${x(i)},${y(s.measured.low ?? 0)}`),
  ].join(' ');
  const measured = strong.map(({ s, i }) => `${x(i)},${y(s.measured.value ?? 0)}`).join(' ');
  return (
    <section className="insight-card" aria-label={t(text.title)}>
      <h2>{t(text.title)}</h2>
      <div className="legend">
        <span className="legend-designed">{t(text.designed)}</span>
        <span className="legend-measured">{t(text.measured)}</span>
      </div>
      <div className="chart-scroll">
        <svg width={width} height={H + 40} className="emotion-compare">
          <title>{t(text.title)}</title>
          {[-2, -1, 0, 1, 2].map((v) => (
            <line key={v} x1={0} x2={width} y1={y(v)} y2={y(v)} className={v === 0 ? 'axis zero' : 'axis'} />
          ))}
          {strong.length > 1 && <polygon points={band} className="band" />}
          <polyline points={designed.join(' ')} className="designed" />
          {strong.length > 0 && <polyline points={measured} className="measured" />}
          {stages.map((s, i) => (
            <g key={s.stage}>
              <text x={x(i)} y={H + 14} textAnchor="middle" className="stage-label">
                {names.get(s.stage) ?? s.stage}
              </text>
              <text x={x(i)} y={H + 30} textAnchor="middle" className="n-label">
                {s.measured.weak ? t(text.weak, { min: emotion.minN }) : `n=${s.measured.n}`}
              </text>
            </g>
          ))}
        </svg>
      </div>
    </section>
  );
}
