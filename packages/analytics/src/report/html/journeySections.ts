import { format, type Lang } from '@tropa/core';
import type { AnalysisReport } from '../reportSchema.ts';
import { barChart, boxPlots, heatmap } from './charts.ts';
import { type Html, html } from './escape.ts';
import { formatCount, formatDuration, formatPercent } from './format.ts';
import { LABELS as L } from './labels.ts';

type JourneySection = NonNullable<AnalysisReport['journey']>;

/** Funnel, drop-off, stage times, channels, unmapped activities and the stage graph of a journey. */
export function journeySections(j: JourneySection, lang: Lang): Html {
  const stageName = new Map(j.stages.map((s) => [s.id, s.name]));
  const name = (id: string) => stageName.get(id) ?? id;
  const window =
    j.funnel.windowDays === null
      ? L.noWindow[lang]
      : `${L.window[lang]}: ${j.funnel.windowDays} ${L.days[lang]}`;
  const funnel = barChart(
    j.funnel.steps.map((s) => ({
      label: name(s.stage),
      value: s.cases,
      text: `${formatCount(s.cases, lang)} · ${formatPercent(s.conversion)}`,
    })),
  );
  const drop = j.dropOff.stages.map(
    (s) => html`<tr><td>${name(s.stage)}</td><td class="n">${formatCount(s.reached, lang)}</td>
      <td class="n">${formatCount(s.lastStageCases, lang)}</td><td class="n">${formatCount(s.quit, lang)}</td>
      <td class="n">${formatPercent(s.rate)}</td>
      <td>${s.lastTouchpoints.slice(0, 3).map((t) => html`${t.name} (${t.count}) `)}</td>
      <td>${s.lastChannels.slice(0, 3).map((t) => html`${t.name} (${t.count}) `)}</td></tr>`,
  );
  const times = j.stageTimes.filter((t) => t.n > 0);
  const channelNames = j.channels.channels.map((c) => c.name);
  const cell = new Map(j.channels.matrix.map((m) => [`${m.from}\u0000${m.to}`, m.count]));
  const perStage = j.channels.stages.map(
    (
      s,
    ) => html`<tr><td>${name(s.stage)}</td><td class="n">${s.transitions}</td><td class="n">${s.switches}</td>
      <td class="n">${formatPercent(s.switchRate)}</td><td class="n">${s.repeatContacts}</td></tr>`,
  );
  const total = j.mapping.matchedEvents + j.mapping.unmatchedEvents;
  const unmatched = j.mapping.unmatched
    .slice(0, 30)
    .map(
      (u) =>
        html`<tr><td>${u.activity}</td><td>${u.channel ?? '—'}</td><td class="n">${formatCount(u.count, lang)}</td></tr>`,
    );
  const stageEdges = j.stageGraph.edges.map(
    (
      e,
    ) => html`<tr><td>${name(e.from)}</td><td>${name(e.to)}</td><td class="n">${formatCount(e.count, lang)}</td>
      <td class="n">${formatDuration(e.medianSeconds, lang)}</td></tr>`,
  );
  return html`<section><h2>${L.journey[lang]}: ${j.title}</h2>
    <h3>${L.funnel[lang]} <small>(${window})</small></h3>${funnel}
    <h3>${L.dropOff[lang]}</h3>
    <p class="note">${format(L.dropOffNote, lang, { days: j.dropOff.churnAfterDays, end: j.dropOff.dataEnd ?? '—' })}</p>
    <table><thead><tr><th>${L.stage[lang]}</th><th>${L.reached[lang]}</th><th>${L.lastHere[lang]}</th><th>${L.quit[lang]}</th>
      <th>${L.rate[lang]}</th><th>${L.lastTouchpoint[lang]}</th><th>${L.lastChannel[lang]}</th></tr></thead><tbody>${drop}</tbody></table>
    <h3>${L.stageTimes[lang]}</h3><p class="note">${L.stageTimesNote[lang]}</p>
    ${boxPlots(
      times.map((t) => ({
        label: `${name(t.from)} → ${name(t.to)}`,
        p25: t.p25Seconds,
        median: t.medianSeconds,
        p75: t.p75Seconds,
        p90: t.p90Seconds,
        text: `${formatDuration(t.medianSeconds, lang)} · n=${t.n}`,
      })),
      (seconds) => formatDuration(seconds, lang),
    )}
    ${
      channelNames.length > 0
        ? html`<h3>${L.channelMatrix[lang]}</h3>${heatmap(channelNames, channelNames, (a, b) => cell.get(`${a}\u0000${b}`) ?? 0)}
    <h3>${L.switchesPerStage[lang]}</h3>
    <table><thead><tr><th>${L.stage[lang]}</th><th>${L.transitions[lang]}</th><th>${L.switches[lang]}</th><th>${L.switchRate[lang]}</th>
      <th>${format(L.repeats, lang, { hours: j.channels.repeatWindowHours })}</th></tr></thead><tbody>${perStage}</tbody></table>
    ${mixChart(j.channels.mix, channelNames, lang)}`
        : null
    }
    <h3>${L.unmapped[lang]}</h3>
    <p class="note">${format(L.mappedShare, lang, { matched: formatCount(j.mapping.matchedEvents, lang), total: formatCount(total, lang) })}</p>
    ${
      unmatched.length === 0
        ? html`<p>${L.allMapped[lang]}</p>`
        : html`<table><thead><tr><th>${L.activities[lang]}</th><th>${L.channels[lang]}</th><th>${L.count[lang]}</th></tr></thead>
      <tbody>${unmatched}</tbody></table>`
    }
    <h3>${L.stageGraph[lang]}</h3>
    <table><thead><tr><th>${L.from[lang]}</th><th>${L.to[lang]}</th><th>${L.count[lang]}</th><th>${L.median[lang]}</th></tr></thead>
      <tbody>${stageEdges}</tbody></table></section>`;
}

/** Channel mix per segment as a heatmap of event counts (rows: segments). */
function mixChart(mix: JourneySection['channels']['mix'], channelNames: string[], lang: Lang): Html | null {
  if (mix.length === 0) return null;
  const segments = [...new Set(mix.map((m) => m.segment))];
  const count = new Map(mix.map((m) => [`${m.segment}\u0000${m.channel}`, m.count]));
  return html`<h3>${L.channelMix[lang]}</h3>${heatmap(segments, channelNames, (s, c) => count.get(`${s}\u0000${c}`) ?? 0)}`;
}
