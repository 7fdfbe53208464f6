import { useLang } from '../../i18n/lang.tsx';
import { changeVerdict, kpiDelta, kpiValue, latestPeriod } from './kpiFigures.ts';
import { useMeasured } from './MeasuredContext.tsx';

const text = {
  measured: { en: 'Measured value over all the data', ru: 'Значение по всем данным' },
  interval: { en: '95% CI {low} … {high}', ru: '95% ДИ {low} … {high}' },
  weak: { en: 'weak', ru: 'мало' },
  weakTitle: { en: 'Too few to act on', ru: 'Слишком мало, чтобы делать выводы' },
  met: { en: 'target {target} met', ru: 'цель {target} достигнута' },
  missed: { en: 'target {target} missed', ru: 'цель {target} не достигнута' },
  targetTitle: { en: 'Judged on {period}', ru: 'Оценено за {period}' },
  change: { en: 'Δ {from}→{to}', ru: 'Δ {from}→{to}' },
  changeTitle: {
    en: 'Change between the last two half-years, 95% {low} … {high}',
    ru: 'Изменение за последние два полугодия, 95% {low} … {high}',
  },
  noData: { en: 'no data for this KPI', ru: 'нет данных по этому KPI' },
};

const short = (period: string) => period.replace(/^\d\d(\d\d)-/, '$1-');

/** A KPI card's measured figures while the data is on: value with interval and n, target, last change. */
export function MeasuredKpiChips({ kpiId }: { kpiId: string }) {
  const { t, lang } = useLang();
  const view = useMeasured();
  if (!view) return null;
  const kpi = view.kpis.get(kpiId);
  if (!kpi || kpi.overall.value === null) {
    return <p className="kpi-measured none">{t(text.noData)}</p>;
  }
  const { overall, unit } = kpi;
  const value = overall.value ?? 0;
  const sign = kpi.better === 'higher' ? '≥' : '≤';
  const target = kpi.target === null ? undefined : `${sign} ${kpiValue(unit, kpi.target, lang)}`;
  const period = latestPeriod(kpi);
  const verdict = changeVerdict(kpi);
  const d = kpi.change?.difference;
  return (
    <div className={`kpi-measured ${overall.weak ? 'weak' : ''}`} data-kpi={kpiId}>
      <p className="kpi-figure" title={t(text.measured)}>
        <strong className="kpi-now">{kpiValue(unit, value, lang)}</strong>
        <span className="kpi-sample">
          {overall.low !== null && overall.high !== null && (
            <span className="kpi-ci">
              {t(text.interval, {
                low: kpiValue(unit, overall.low, lang, false),
                high: kpiValue(unit, overall.high, lang, false),
              })}
              {' · '}
            </span>
          )}
          <span className="kpi-n">n = {overall.n}</span>
        </span>
        {overall.weak && (
          <span className="weak-tag" title={t(text.weakTitle)}>
            {t(text.weak)}
          </span>
        )}
      </p>
      <p className="kpi-chips">
        {target !== undefined && kpi.meetsTarget !== null && (
          <span
            className={`chip ${kpi.meetsTarget ? 'met' : 'missed'}`}
            title={period ? t(text.targetTitle, { period }) : undefined}
          >
            {kpi.meetsTarget ? '✓ ' : '✗ '}
            {t(kpi.meetsTarget ? text.met : text.missed, { target })}
          </span>
        )}
        {kpi.change && d?.delta !== null && d?.delta !== undefined && (
          <span
            className={`chip delta ${verdict}`}
            title={t(text.changeTitle, {
              low: kpiDelta(unit, d.low ?? 0, lang),
              high: kpiDelta(unit, d.high ?? 0, lang),
            })}
          >
            {t(text.change, { from: short(kpi.change.from), to: short(kpi.change.to) })}{' '}
            <strong>{kpiDelta(unit, d.delta, lang)}</strong>
          </span>
        )}
      </p>
    </div>
  );
}
