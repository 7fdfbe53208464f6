import type { Lang } from '@tropa/core';
import type { ImprovementEffect, KpiSection } from '../api/report.ts';
import { useLang } from '../i18n/lang.tsx';
import { dateText, integer, kpiDelta, kpiValue, pValue } from './format.ts';
import { KpiTrendChart } from './KpiTrendChart.tsx';

const text = {
  hint: {
    en: 'Each KPI by {kind}: the line is the value, the band its 95% interval, hollow points are weak (n < 30), the dashed line the target; ▼ marks an improvement done.',
    ru: 'Каждый KPI по {kind}: линия — значение, полоса — 95% интервал, полые точки — ненадёжные (n < 30), пунктир — цель; ▼ — выполненное улучшение.',
  },
  kinds: {
    'half-year': { en: 'half-year', ru: 'полугодиям' },
    quarter: { en: 'quarter', ru: 'кварталам' },
    month: { en: 'month', ru: 'месяцам' },
  },
  better: {
    higher: { en: 'higher is better', ru: 'чем больше, тем лучше' },
    lower: { en: 'lower is better', ru: 'чем меньше, тем лучше' },
  },
  overall: { en: 'overall {v}, n = {n}', ru: 'всего {v}, n = {n}' },
  target: { en: 'target {v}', ru: 'цель {v}' },
  met: { en: 'met in {p}', ru: 'достигнута в {p}' },
  notMet: { en: 'not met in {p}', ru: 'не достигнута в {p}' },
  effect: {
    en: '{i}. {title} (done {date}): {before} → {after}, {delta} ({p}) over {days} days before and after',
    ru: '{i}. {title} (сделано {date}): {before} → {after}, {delta} ({p}) за {days} дн. до и после',
  },
  verdict: {
    improved: { en: 'improved', ru: 'стало лучше' },
    worsened: { en: 'worsened', ru: 'стало хуже' },
    'no-significant-change': { en: 'no significant change', ru: 'значимых изменений нет' },
    'insufficient-data': { en: 'too little data', ru: 'мало данных' },
  },
  weak: { en: 'weak', ru: 'ненадёжно' },
  none: {
    en: 'The map has no KPIs measured by this data.',
    ru: 'У карты нет KPI, измеримых по этим данным.',
  },
};

function Effect({
  imp,
  index,
  unit,
  lang,
}: {
  imp: ImprovementEffect;
  index: number;
  unit: string;
  lang: Lang;
}) {
  const { t } = useLang();
  const show = (v: number | null) => (v === null ? '—' : kpiValue(v, unit, lang));
  return (
    <li className={`improvement-effect ${imp.verdict}`} data-improvement={imp.improvement}>
      <span className={`verdict ${imp.verdict}`}>{t(text.verdict[imp.verdict])}</span>
      {t(text.effect, {
        i: index + 1,
        title: imp.title,
        date: dateText(imp.doneAt, lang),
        before: `${show(imp.before.value)} (n=${imp.before.n})`,
        after: `${show(imp.after.value)} (n=${imp.after.n})`,
        delta: imp.difference.delta === null ? '—' : kpiDelta(imp.difference.delta, unit, lang),
        p: imp.difference.p === null ? '—' : pValue(imp.difference.p, lang),
        days: imp.windowDays,
      })}
      {imp.difference.weak && <span className="weak-mark">{t(text.weak)}</span>}
    </li>
  );
}

/** A small chart per KPI over the periods, with the improvements done and their measured effect. */
export function KpiTrends({ kpis, lang }: { kpis: KpiSection; lang: Lang }) {
  const { t } = useLang();
  if (kpis.kpis.length === 0) return <p className="empty">{t(text.none)}</p>;
  return (
    <>
      <p className="muted chart-hint">{t(text.hint, { kind: t(text.kinds[kpis.periodKind]) })}</p>
      <div className="kpi-trends">
        {kpis.kpis.map((kpi) => {
          const improvements = kpis.improvements.filter((i) => i.kpi === kpi.kpi);
          return (
            <figure key={kpi.kpi} className="kpi-trend-card" data-kpi={kpi.kpi}>
              <figcaption>
                <strong>{kpi.name ?? kpi.kpi}</strong>
                <span className="muted">
                  {t(text.better[kpi.better])} ·{' '}
                  {t(text.overall, {
                    v: kpi.overall.value === null ? '—' : kpiValue(kpi.overall.value, kpi.unit, lang),
                    n: integer(kpi.overall.n, lang),
                  })}
                  {kpi.target !== null && (
                    <>
                      {' · '}
                      <span
                        className={`target-text ${kpi.meetsTarget === null ? '' : kpi.meetsTarget ? 'met' : 'not-met'}`}
                      >
                        {t(text.target, { v: kpiValue(kpi.target, kpi.unit, lang) })}
                        {kpi.meetsTarget !== null &&
                          kpi.latest &&
                          `, ${t(kpi.meetsTarget ? text.met : text.notMet, { p: kpi.latest.period })}`}
                      </span>
                    </>
                  )}
                </span>
              </figcaption>
              <KpiTrendChart kpi={kpi} periods={kpis.periods} improvements={improvements} lang={lang} />
              {improvements.length > 0 && (
                <ul className="improvement-effects">
                  {improvements.map((imp, i) => (
                    <Effect key={imp.improvement} imp={imp} index={i} unit={kpi.unit} lang={lang} />
                  ))}
                </ul>
              )}
            </figure>
          );
        })}
      </div>
    </>
  );
}
