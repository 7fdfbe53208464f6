import { format, type Lang } from '@tropa/core';
import type { EmotionSection, FeedbackTheme, TextSection } from '../../text/textSection.ts';
import type { AnalysisReport } from '../reportSchema.ts';
import { type Html, html } from './escape.ts';
import { formatCount, formatPercent } from './format.ts';

const T = {
  text: { en: 'Feedback: themes and sentiment', ru: 'Отзывы: темы и тональность' },
  textNote: {
    en: '{n} texts ({ru} Russian, {en} English); sentiment by {source}: {neg} negative, {neu} neutral, {pos} positive.',
    ru: '{n} текстов ({ru} на русском, {en} на английском); тональность — {source}: {neg} негативных, {neu} нейтральных, {pos} позитивных.',
  },
  lexicon: { en: "Tropa's lexicon", ru: 'словарь Tropa' },
  model: { en: 'your trained model', ru: 'ваша обученная модель' },
  pains: { en: 'Pain-point candidates', ru: 'Кандидаты в боли' },
  painsNote: {
    en: 'Negative themes ranked by frequency × negativity × detractor lift; ready for the map’s pains lane.',
    ru: 'Негативные темы по частоте × негативности × связи с критиками; готовы для дорожки болей карты.',
  },
  themes: { en: 'Themes', ru: 'Темы' },
  theme: { en: 'Theme', ru: 'Тема' },
  texts: { en: 'Texts', ru: 'Тексты' },
  negative: { en: 'Negative', ru: 'Негатив' },
  detractors: { en: 'Detractors (vs rest)', ru: 'Критики (против остальных)' },
  stages: { en: 'Stages', ru: 'Этапы' },
  channels: { en: 'Channels', ru: 'Каналы' },
  quotes: { en: 'Quotes', ru: 'Цитаты' },
  score: { en: 'Score', ru: 'Балл' },
  repeats: { en: '“Had to repeat myself”', ru: '«Пришлось повторять»' },
  repeatsNote: {
    en: '{count} customer texts ({share}) say they had to repeat themselves. By channel: {channels}.',
    ru: '{count} текстов клиентов ({share}) говорят, что пришлось повторять. По каналам: {channels}.',
  },
  operator: { en: 'What operators report', ru: 'Что сообщают операторы' },
  repeatContacts: { en: 'Repeat contacts (events)', ru: 'Повторные обращения (события)' },
  repeatMentions: { en: '“Had to repeat” (texts)', ru: '«Пришлось повторять» (тексты)' },
  operatorNote: { en: '{n} operator notes.', ru: 'Заметок операторов: {n}.' },
  emotion: { en: 'Measured emotion curve', ru: 'Измеренная кривая эмоций' },
  emotionNote: {
    en: 'Survey scores (NPS, CSAT, CES rescaled) fused with comment sentiment on −2..+2, with 95% intervals; grey: fewer than {minN} answers. Dashed: the map’s designed curve.',
    ru: 'Оценки опросов (NPS, CSAT, CES в шкале) вместе с тональностью комментариев, −2..+2, с 95% интервалами; серым — меньше {minN} ответов. Пунктир — кривая, заложенная в карте.',
  },
  stage: { en: 'Stage', ru: 'Этап' },
  designed: { en: 'Designed', ru: 'В карте' },
  measured: { en: 'Measured', ru: 'Измерено' },
  noData: { en: 'no data', ru: 'нет данных' },
  segment: { en: 'Segment', ru: 'Сегмент' },
} as const;

const tallyText = (list: readonly { id: string; count: number }[], names: Map<string, string>) =>
  list
    .slice(0, 3)
    .map((x) => `${names.get(x.id) ?? x.id} (${x.count})`)
    .join(', ');

function themeRows(themes: readonly FeedbackTheme[], names: Map<string, string>, lang: Lang): Html[] {
  return themes.map(
    (t) => html`<tr><td><b>${t.label}</b><br><small>${t.phrases.slice(0, 6).join(', ')}</small></td>
      <td class="n">${formatCount(t.count, lang)}</td><td class="n">${formatPercent(t.negativeShare)}</td>
      <td class="n">${t.detractors ? `${formatPercent(t.detractors.share)} / ${formatPercent(t.detractors.othersShare)} (n=${t.detractors.n})` : '—'}</td>
      <td>${tallyText(t.stages, names)}</td><td>${tallyText(t.channels, names)}</td>
      <td>${t.quotes.slice(0, 2).map((q) => html`<div>«${q}»</div>`)}</td></tr>`,
  );
}

/** Repeat contacts seen in the events beside the texts that complain of repeating, per stage. */
function repeatFriction(
  t: TextSection,
  report: AnalysisReport,
  names: Map<string, string>,
  lang: Lang,
): Html | null {
  const stages = report.journey?.channels.stages ?? [];
  if (stages.length === 0) return null;
  const mentions = new Map(t.repeats.stages.map((s) => [s.id, s.count]));
  const rows = stages.map(
    (s) => html`<tr><td>${names.get(s.stage) ?? s.stage}</td><td class="n">${s.repeatContacts}</td>
      <td class="n">${mentions.get(s.stage) ?? 0}</td></tr>`,
  );
  return html`<table><thead><tr><th>${T.stage[lang]}</th><th>${T.repeatContacts[lang]}</th><th>${T.repeatMentions[lang]}</th></tr></thead>
    <tbody>${rows}</tbody></table>`;
}

function textSection(t: TextSection, report: AnalysisReport, names: Map<string, string>, lang: Lang): Html {
  const head = html`<tr><th>${T.theme[lang]}</th><th>${T.texts[lang]}</th><th>${T.negative[lang]}</th><th>${T.detractors[lang]}</th>
    <th>${T.stages[lang]}</th><th>${T.channels[lang]}</th><th>${T.quotes[lang]}</th></tr>`;
  const pains = t.pains.map(
    (
      p,
    ) => html`<tr><td><b>${p.label}</b></td><td class="n">${p.score.toFixed(1)}</td><td class="n">${formatCount(p.count, lang)}</td>
      <td class="n">${formatPercent(p.negativeShare)}</td><td>${p.stage ? (names.get(p.stage) ?? p.stage) : '—'}</td>
      <td>${p.quotes.slice(0, 2).map((q) => html`<div>«${q}»</div>`)}</td></tr>`,
  );
  return html`<section><h2>${T.text[lang]}</h2>
    <p class="note">${format(T.textNote, lang, {
      n: t.n,
      ru: t.languages.ru,
      en: t.languages.en,
      source: T[t.sentimentSource][lang],
      neg: t.sentiment.negative,
      neu: t.sentiment.neutral,
      pos: t.sentiment.positive,
    })}</p>
    ${
      pains.length
        ? html`<h3>${T.pains[lang]}</h3><p class="note">${T.painsNote[lang]}</p>
    <table><thead><tr><th>${T.theme[lang]}</th><th>${T.score[lang]}</th><th>${T.texts[lang]}</th><th>${T.negative[lang]}</th>
    <th>${T.stage[lang]}</th><th>${T.quotes[lang]}</th></tr></thead><tbody>${pains}</tbody></table>`
        : null
    }
    <h3>${T.themes[lang]}</h3><table><thead>${head}</thead><tbody>${themeRows(t.themes, names, lang)}</tbody></table>
    <h3>${T.repeats[lang]}</h3><p>${format(T.repeatsNote, lang, {
      count: t.repeats.count,
      share: formatPercent(t.repeats.share),
      channels: tallyText(t.repeats.channels, names) || '—',
    })}</p>${repeatFriction(t, report, names, lang)}${t.repeats.quotes.map((q) => html`<div class="note">«${q}»</div>`)}
    ${
      t.operator.n > 0
        ? html`<h3>${T.operator[lang]}</h3><p class="note">${format(T.operatorNote, lang, { n: t.operator.n })}</p>
    <table><thead>${head}</thead><tbody>${themeRows(t.operator.themes, names, lang)}</tbody></table>`
        : null
    }</section>`;
}

/** The curve as an inline SVG: designed (dashed) and measured (dots with interval whiskers; weak in grey). */
function curveSvg(e: EmotionSection, names: Map<string, string>): Html {
  const w = 120 * Math.max(1, e.stages.length);
  const h = 220;
  const y = (v: number) => 20 + ((2 - v) / 4) * (h - 60);
  const x = (i: number) => 60 + i * 120;
  const designed = e.stages
    .map((s, i) => (s.designed === null ? null : `${x(i)},${y(s.designed)}`))
    .filter((p): p is string => p !== null)
    .join(' ');
  const measured = e.stages.map((s, i) => {
    const m = s.measured;
    if (m.value === null)
      return html`<text x="${x(i)}" y="${y(0)}" text-anchor="middle" class="weak">—</text>`;
    const color = m.weak ? '#a0a7b4' : '#c0392b';
    const whisker =
      m.low !== null && m.high !== null
        ? html`<line x1="${x(i)}" x2="${x(i)}" y1="${y(m.high)}" y2="${y(m.low)}" stroke="${color}" stroke-width="2"/>`
        : null;
    return html`${whisker}<circle cx="${x(i)}" cy="${y(m.value)}" r="5" fill="${color}"/>`;
  });
  const labels = e.stages.map(
    (s, i) =>
      html`<text x="${x(i)}" y="${h - 10}" text-anchor="middle">${(names.get(s.stage) ?? s.stage).slice(0, 16)}</text>`,
  );
  const grid = [-2, -1, 0, 1, 2].map(
    (v) =>
      html`<line x1="40" x2="${w}" y1="${y(v)}" y2="${y(v)}" stroke="#e3e8ef"/><text x="30" y="${y(v) + 4}" text-anchor="end">${v}</text>`,
  );
  return html`<svg class="chart" viewBox="0 0 ${w + 20} ${h}" width="${w + 20}" height="${h}" role="img">${grid}
    <polyline points="${designed}" fill="none" stroke="#3b6fb6" stroke-width="2" stroke-dasharray="6 4"/>${measured}${labels}</svg>`;
}

function emotionSection(e: EmotionSection, names: Map<string, string>, lang: Lang): Html {
  const cell = (m: EmotionSection['stages'][number]['measured']) =>
    m.value === null
      ? html`<span class="weak">${T.noData[lang]}</span>`
      : html`<span class="${m.weak ? 'weak' : ''}">${m.value.toFixed(2)} ${m.low !== null && m.high !== null ? `[${m.low.toFixed(2)}; ${m.high.toFixed(2)}]` : ''} n=${m.n}</span>`;
  const rows = e.stages.map(
    (
      s,
    ) => html`<tr><td>${names.get(s.stage) ?? s.stage}</td><td class="n">${s.designed === null ? '—' : s.designed.toFixed(1)}</td>
      <td>${cell(s.measured)}</td></tr>`,
  );
  const segmentRows = e.segments.map(
    (g) => html`<tr><td>${g.segment}</td>${g.stages.map((s) => html`<td>${cell(s.measured)}</td>`)}</tr>`,
  );
  return html`<section><h2>${T.emotion[lang]}</h2><p class="note">${format(T.emotionNote, lang, { minN: e.minN })}</p>
    ${curveSvg(e, names)}
    <table><thead><tr><th>${T.stage[lang]}</th><th>${T.designed[lang]}</th><th>${T.measured[lang]} (95%)</th></tr></thead><tbody>${rows}</tbody></table>
    ${
      segmentRows.length
        ? html`<table><thead><tr><th>${T.segment[lang]}</th>${e.stages.map((s) => html`<th>${names.get(s.stage) ?? s.stage}</th>`)}</tr></thead>
    <tbody>${segmentRows}</tbody></table>`
        : null
    }</section>`;
}

/** The text and emotion sections of the HTML report (present when the report has them). */
export function textSections(report: AnalysisReport, lang: Lang): Html {
  const names = new Map((report.journey?.stages ?? []).map((s) => [s.id, s.name]));
  return html`${report.emotion ? emotionSection(report.emotion, names, lang) : null}${report.text ? textSection(report.text, report, names, lang) : null}`;
}
