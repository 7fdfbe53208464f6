import { format, type Lang } from '@tropa/core';
import type { AnalysisReport } from '../reportSchema.ts';
import { barChart } from './charts.ts';
import { type Html, html } from './escape.ts';
import { formatCount, formatDuration, formatP, formatPercent } from './format.ts';
import { journeySections } from './journeySections.ts';
import { LABELS as L } from './labels.ts';
import { textSections } from './textSections.ts';

const STYLE = `body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px auto;max-width:1000px;color:#1d2430;padding:0 16px}
h1{font-size:24px}h2{margin-top:36px;border-bottom:2px solid #e3e8ef;padding-bottom:4px}h3{margin-top:24px}
table{border-collapse:collapse;margin:8px 0;width:100%}th,td{border-bottom:1px solid #e3e8ef;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f5f7fa}td.n{text-align:right;font-variant-numeric:tabular-nums}.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{background:#f5f7fa;border-radius:8px;padding:10px 14px;min-width:120px}.card b{display:block;font-size:20px}
.note{color:#5a6577;font-size:13px}.chart{max-width:100%;height:auto;font-size:12px}.chart text.light{fill:#fff}
.weak{color:#a0a7b4}.sig{color:#c0392b;font-weight:600}small{color:#5a6577;font-weight:normal}`;

/**
 * A self-contained HTML report (inline CSS and SVG, no scripts); every user text is escaped.
 * @example renderReportHtml(report, 'ru')
 */
export function renderReportHtml(report: AnalysisReport, lang: Lang): string {
  const s = report.stats;
  const card = (label: string, value: string) => html`<div class="card">${label}<b>${value}</b></div>`;
  const edges = report.dfg.edges.slice(0, 40).map(
    (e) => html`<tr><td>${e.from}</td><td>${e.to}</td><td class="n">${formatCount(e.count, lang)}</td>
      <td class="n">${formatDuration(e.meanSeconds, lang)}</td><td class="n">${formatDuration(e.medianSeconds, lang)}</td></tr>`,
  );
  const v = report.variants;
  const variants = v.top.map(
    (x) =>
      html`<tr><td>${x.activities.join(' → ')}</td><td class="n">${formatCount(x.count, lang)}</td><td class="n">${formatPercent(x.share)}</td></tr>`,
  );
  const ends = (rec: Record<string, number>) =>
    barChart(
      Object.entries(rec)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([label, value]) => ({ label, value, text: formatCount(value, lang) })),
      '#6c8ebf',
    );
  const body = html`<h1>${L.title[lang]}</h1>
    <p class="note">${L.generated[lang]}: ${report.generatedAt} · ${L.source[lang]}: ${report.source.events}</p>
    <div class="cards">${card(L.cases[lang], formatCount(s.cases, lang))}${card(L.events[lang], formatCount(s.events, lang))}
      ${card(L.activities[lang], formatCount(s.activities, lang))}${card(L.channels[lang], formatCount(s.channels, lang))}
      ${card(L.period[lang], `${(s.firstEventAt ?? '—').slice(0, 10)} … ${(s.lastEventAt ?? '—').slice(0, 10)}`)}</div>
    ${report.journey ? journeySections(report.journey, lang) : null}
    ${report.kpis ? mapKpiSection(report.kpis, lang) : null}
    ${report.surveyKpis ? surveyKpiSection(report, lang) : null}
    ${report.text || report.emotion ? textSections(report, lang) : null}
    ${(report.segments ?? []).map((seg) => segmentSection(seg, lang))}
    ${report.drivers ? driversSection(report.drivers, lang) : null}
    <section><h2>${L.dfg[lang]}</h2>
    <table><thead><tr><th>${L.from[lang]}</th><th>${L.to[lang]}</th><th>${L.count[lang]}</th><th>${L.mean[lang]}</th><th>${L.median[lang]}</th></tr></thead>
    <tbody>${edges}</tbody></table>
    <h3>${L.starts[lang]}</h3>${ends(report.startActivities)}<h3>${L.ends[lang]}</h3>${ends(report.endActivities)}</section>
    <section><h2>${L.variants[lang]}</h2>
    <p class="note">${format(L.variantsNote, lang, {
      distinct: formatCount(v.distinct, lang),
      top: v.top.length,
      coverage: formatPercent(v.coverage),
      other: formatCount(v.other.variants, lang),
      otherCases: formatCount(v.other.count, lang),
    })}</p>
    <table><thead><tr><th>${L.sequence[lang]}</th><th>${L.count[lang]}</th><th>${L.share[lang]}</th></tr></thead><tbody>${variants}</tbody></table></section>`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${L.title[lang]}</title><style>${STYLE}</style></head><body>${body.text}</body></html>\n`;
}

function segmentSection(seg: NonNullable<AnalysisReport['segments']>[number], lang: Lang): Html {
  const rows = [...seg.tests]
    .sort((a, b) => a.q - b.q)
    .slice(0, 40)
    .map((t) => {
      const isTime = t.metric.startsWith('time:');
      const show = (x: number) => (isTime ? formatDuration(x, lang) : formatPercent(x));
      const mark = t.weak
        ? html`<span class="weak">${L.weak[lang]}</span>`
        : t.significant
          ? html`<span class="sig">${L.significant[lang]}</span>`
          : '';
      return html`<tr><td>${t.segment}</td><td>${t.metric}</td><td class="n">${show(t.value)}</td><td class="n">${show(t.rest)}</td>
        <td class="n">${t.n}</td><td class="n">${formatP(t.p)}</td><td class="n">${formatP(t.q)}</td><td>${mark}</td></tr>`;
    });
  return html`<section><h2>${format(L.segments, lang, { attribute: seg.attribute })}</h2>
    <table><thead><tr><th>${L.segment[lang]}</th><th>${L.metric[lang]}</th><th>${L.value[lang]}</th><th>${L.rest[lang]}</th>
    <th>n</th><th>p</th><th>q</th><th></th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function driversSection(d: NonNullable<AnalysisReport['drivers']>, lang: Lang): Html {
  const rows = d.drivers.slice(0, 25).map(
    (x) => html`<tr class="${x.weak ? 'weak' : ''}"><td>${x.kind}</td><td>${x.factor}</td>
      <td class="n">${x.oddsRatio.toFixed(2)} (${x.low.toFixed(2)}–${x.high.toFixed(2)})</td>
      <td class="n">${x.quitExposed}/${x.quitExposed + x.quitNotExposed}</td><td class="n">${x.stayedExposed}/${x.stayedExposed + x.stayedNotExposed}</td>
      <td class="n">${formatP(x.p)}</td><td class="n">${formatP(x.q)}</td></tr>`,
  );
  return html`<section><h2>${L.drivers[lang]}</h2>
    <p class="note">${format(L.driversNote, lang, { quit: d.quitCases, stayed: d.stayedCases })}</p>
    <table><thead><tr><th></th><th>${L.factor[lang]}</th><th>${L.oddsRatio[lang]}</th><th>${L.quit[lang]}</th><th>${L.rest[lang]}</th>
    <th>p</th><th>q</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

type Estimate = { value: number | null; low: number | null; high: number | null; n: number; weak: boolean };

function estimateHtml(e: Estimate, digits: number): Html {
  return html`<span class="${e.weak ? 'weak' : ''}">${e.value === null ? '—' : e.value.toFixed(digits)}
      ${e.low !== null && e.high !== null ? `[${e.low.toFixed(digits)}; ${e.high.toFixed(digits)}]` : ''} n=${e.n}</span>`;
}

const UNIT_DIGITS: Record<string, number> = { points: 1, share: 3, score: 2, hours: 1, 'per-case': 2 };

function mapKpiSection(k: NonNullable<AnalysisReport['kpis']>, lang: Lang): Html {
  const rows = k.kpis.map((x) => {
    const digits = UNIT_DIGITS[x.unit] ?? 2;
    const change = x.change
      ? html`${x.change.from} → ${x.change.to}: Δ ${x.change.difference.delta === null ? '—' : x.change.difference.delta.toFixed(digits)}
        (p ${x.change.difference.p === null ? '—' : formatP(x.change.difference.p)})`
      : '—';
    const meets = x.meetsTarget === null ? '—' : x.meetsTarget ? L.yes[lang] : L.no[lang];
    return html`<tr><td>${x.name ?? x.kpi}</td><td>${x.type}</td><td>${estimateHtml(x.overall, digits)}</td>
      <td class="n">${x.target === null ? '—' : x.target}</td><td>${meets}</td><td>${change}</td></tr>`;
  });
  const improvements = k.improvements.map(
    (
      i,
    ) => html`<tr><td>${i.title}</td><td>${i.kpi}</td><td>${i.doneAt}</td><td>${estimateHtml(i.before, 2)}</td>
      <td>${estimateHtml(i.after, 2)}</td><td>${i.difference.p === null ? '—' : formatP(i.difference.p)}</td><td>${L[i.verdict][lang]}</td></tr>`,
  );
  return html`<section><h2>${L.mapKpis[lang]}</h2>
    <table><thead><tr><th>KPI</th><th></th><th>${L.value[lang]} (95%)</th><th>${L.target[lang]}</th><th>${L.meets[lang]}</th>
    <th>${L.change[lang]}</th></tr></thead><tbody>${rows}</tbody></table>
    ${
      improvements.length
        ? html`<h3>${L.improvements[lang]}</h3><table><thead><tr><th></th><th>KPI</th><th>${L.doneAt[lang]}</th><th>${L.before[lang]}</th>
      <th>${L.after[lang]}</th><th>p</th><th></th></tr></thead><tbody>${improvements}</tbody></table>`
        : null
    }</section>`;
}

function surveyKpiSection(report: AnalysisReport, lang: Lang): Html {
  const est = estimateHtml;
  const rows = (report.surveyKpis ?? []).map(
    (k) =>
      html`<tr><td>${k.scope}</td><td>${est(k.nps, 1)}</td><td>${est(k.csat, 2)}</td><td>${est(k.ces, 2)}</td></tr>`,
  );
  return html`<section><h2>${L.kpis[lang]}</h2><table><thead><tr><th>${L.scope[lang]}</th><th>NPS</th><th>CSAT</th><th>CES</th></tr></thead>
    <tbody>${rows}</tbody></table></section>`;
}
