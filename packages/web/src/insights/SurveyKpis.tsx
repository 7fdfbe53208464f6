import type { Lang } from '@tropa/core';
import type { Estimate, Report } from '../api/report.ts';
import { useLang } from '../i18n/lang.tsx';
import { percent } from './format.ts';

const text = {
  title: { en: 'Survey KPIs, all stages', ru: 'KPI по опросам, все этапы' },
  nps: { en: 'NPS', ru: 'NPS' },
  csat: { en: 'CSAT', ru: 'CSAT' },
  ces: { en: 'CES', ru: 'CES' },
  npsHint: { en: 'promoters − detractors, points', ru: 'промоутеры − критики, пункты' },
  csatHint: { en: 'share of 4–5 of 5', ru: 'доля оценок 4–5 из 5' },
  cesHint: { en: 'mean effort, 1–7', ru: 'среднее усилие, 1–7' },
  interval: { en: '95% CI {low} … {high} · n = {n}', ru: '95% ДИ {low} … {high} · n = {n}' },
  weak: { en: 'few answers: weak', ru: 'мало ответов: ненадёжно' },
  none: { en: 'no answers', ru: 'нет ответов' },
};

type Kind = 'nps' | 'csat' | 'ces';

function show(kind: Kind, value: number, lang: Lang): string {
  if (kind === 'csat') return percent(value, lang, 1);
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value);
}

/** NPS, CSAT and CES over every survey answer, each with its interval and n (weak ones marked). */
export function SurveyKpis({ kpis, lang }: { kpis: NonNullable<Report['surveyKpis']>; lang: Lang }) {
  const { t } = useLang();
  const all = kpis.find((k) => k.scope === 'all');
  if (!all) return null;
  const tiles: [Kind, Estimate][] = [
    ['nps', all.nps],
    ['csat', all.csat],
    ['ces', all.ces],
  ];
  return (
    <section className="insight-card" aria-label={t(text.title)}>
      <h2>{t(text.title)}</h2>
      <div className="kpi-tiles">
        {tiles.map(([kind, e]) => (
          <div key={kind} className={`kpi-tile ${e.weak ? 'weak' : ''}`}>
            <span className="kpi-name">{t(text[kind])}</span>
            <span className="kpi-value">{e.value === null ? '—' : show(kind, e.value, lang)}</span>
            <span className="muted">{t(text[`${kind}Hint`])}</span>
            {e.value !== null && e.low !== null && e.high !== null ? (
              <span className="kpi-ci">
                {t(text.interval, { low: show(kind, e.low, lang), high: show(kind, e.high, lang), n: e.n })}
              </span>
            ) : (
              <span className="kpi-ci">{t(text.none)}</span>
            )}
            {e.weak && e.n > 0 && <span className="weak-mark">{t(text.weak)}</span>}
          </div>
        ))}
      </div>
    </section>
  );
}
