import type { Severity } from '../journey/schema/common.ts';
import type { CardOf } from '../journey/schema/lane.ts';
import { channelIconSvg, markIconSvg } from './icons.ts';
import { BACKSTAGE_KINDS, SEVERITY_NAMES, TOUCHPOINT_KINDS } from './labels.ts';
import type { LaneRow, MapModel } from './mapModel.ts';
import { joinMarkup, type Markup, markup } from './markup.ts';

const SEVERITY_LEVEL: Record<Severity, number> = { low: 1, medium: 2, high: 3, critical: 4 };

function note(card: { note?: string | undefined }): Markup {
  return markup`${card.note ? markup`<span class="note">${card.note}</span>` : ''}`;
}

/** A severity badge: four bars, as many lit as the level, and the level's name. */
export function severityBadge(severity: Severity, model: MapModel): Markup {
  const level = SEVERITY_LEVEL[severity];
  const bars = [1, 2, 3, 4].map((i) => markup`<i class="${i <= level ? 'on' : ''}"></i>`);
  return markup`<span class="badge" title="${model.t('severity')}"><span class="sev">${bars}</span>${SEVERITY_NAMES[severity][model.lang]}</span>`;
}

function touchpointCard(card: CardOf<'touchpoints'>, model: MapModel): Markup {
  const tp = model.touchpoint(card.touchpoint);
  const channel = tp?.channel ? model.channel(tp.channel) : undefined;
  const icon = channel ? channelIconSvg(channel.icon) : markIconSvg('touchpoints');
  const meta = [channel?.name, tp?.owner, tp ? TOUCHPOINT_KINDS[tp.kind][model.lang] : undefined].filter(
    Boolean,
  );
  return markup`<div class="card tp"><span class="ico" title="${channel?.name ?? ''}">${icon}</span>
<span class="title">${tp?.name ?? model.t('unknownRef', { id: card.touchpoint })}</span>
<span class="meta">${meta.join(' · ')}</span>
${card.text ? markup`<span>${card.text}</span>` : ''}${note(card)}</div>`;
}

function channelCell(cards: CardOf<'channels'>[], model: MapModel): Markup {
  const chips = cards.map((card) => {
    const channel = model.channel(card.channel);
    return markup`<span class="chip">${channelIconSvg(channel.icon)}${channel.name}</span>${
      card.text || card.note
        ? markup`<span class="chip-text">${[card.text, card.note].filter(Boolean).join(' — ')}</span>`
        : ''
    }`;
  });
  return markup`<div class="chips">${chips}</div>`;
}

function thoughtCard(card: CardOf<'thoughts'>, model: MapModel): Markup {
  const [open, close] = model.lang === 'ru' ? ['«', '»'] : ['“', '”'];
  const who = card.persona ? (model.persona(card.persona)?.name ?? card.persona) : undefined;
  return markup`<div class="card thought">${open}${card.quote}${close}${who ? markup`<span class="who">— ${who}</span>` : ''}${note(card)}</div>`;
}

function painCard(card: CardOf<'pains'>, model: MapModel): Markup {
  const quit = card.quitPoint
    ? markup`<div class="quit" title="${model.t('quitPointHint')}">${markIconSvg('quit')}${model.t('quitPoint')}</div>`
    : '';
  const evidence = card.evidence
    ? markup`<span class="note">${model.t('evidence')}: ${card.evidence}</span>`
    : '';
  return markup`<div class="card pain${card.quitPoint ? ' is-quit' : ''}">${quit}<div>${card.text}</div><div class="badges">${severityBadge(card.severity, model)}</div>${evidence}${note(card)}</div>`;
}

function kpiCard(card: CardOf<'kpis'>, model: MapModel): Markup {
  const kpi = model.kpi(card.kpi);
  const arrow = kpi.direction === 'higher' ? '↑' : '↓';
  const target = kpi.target
    ? markup`<div class="target"><span class="meta">${model.t('target')}</span><b>${kpi.target}</b></div>`
    : '';
  return markup`<div class="card kpi"><div class="title">${kpi.name}</div><div class="badges"><span class="badge">${kpi.type}</span></div>${target}<div class="dir">${arrow} ${kpi.better}</div>${
    card.text ? markup`<div>${card.text}</div>` : ''
  }${note(card)}</div>`;
}

function backstageCard(card: CardOf<'backstage'>, model: MapModel): Markup {
  const kind = card.kind
    ? markup`<span class="badge">${markIconSvg(card.kind)}${BACKSTAGE_KINDS[card.kind][model.lang]}</span>`
    : '';
  const owner = card.owner ? markup`<span class="badge">${card.owner}</span>` : '';
  return markup`<div class="card backstage"><div>${card.text}</div>${kind || owner ? markup`<div class="badges">${kind}${owner}</div>` : ''}${note(card)}</div>`;
}

/** The HTML of one lane's cell in one stage (every lane type except emotions, which is drawn as a curve). */
export function laneCellHtml(row: LaneRow, stageIndex: number, model: MapModel): Markup {
  switch (row.type) {
    case 'actions':
    case 'text':
      return joinMarkup(
        (row.cells[stageIndex] ?? []).map((c) => markup`<div class="card">${c.text}${note(c)}</div>`),
      );
    case 'touchpoints':
      return joinMarkup((row.cells[stageIndex] ?? []).map((c) => touchpointCard(c, model)));
    case 'channels':
      return channelCell(row.cells[stageIndex] ?? [], model);
    case 'thoughts':
      return joinMarkup((row.cells[stageIndex] ?? []).map((c) => thoughtCard(c, model)));
    case 'pains':
      return joinMarkup((row.cells[stageIndex] ?? []).map((c) => painCard(c, model)));
    case 'opportunities':
      return joinMarkup(
        (row.cells[stageIndex] ?? []).map(
          (c) =>
            markup`<div class="card opp"><div>${c.text}</div><div class="badges">${severityBadge(c.severity, model)}</div>${note(c)}</div>`,
        ),
      );
    case 'wow':
      return joinMarkup(
        (row.cells[stageIndex] ?? []).map(
          (c) => markup`<div class="card wow">${markIconSvg('wow')}<div>${c.text}${note(c)}</div></div>`,
        ),
      );
    case 'kpis':
      return joinMarkup((row.cells[stageIndex] ?? []).map((c) => kpiCard(c, model)));
    case 'backstage':
      return joinMarkup((row.cells[stageIndex] ?? []).map((c) => backstageCard(c, model)));
    case 'emotions':
      return joinMarkup([]);
  }
}
