import type { Severity } from '../journey/schema/common.ts';
import type { CardOf } from '../journey/schema/lane.ts';
import { iconGroup } from './icons.ts';
import { BACKSTAGE_KINDS, SEVERITY_NAMES, TOUCHPOINT_KINDS } from './labels.ts';
import type { LaneRow, MapModel } from './mapModel.ts';
import { markup } from './markup.ts';
import { badgeBox, badgeRow, cardBox, type SvgBox, stack, textBox, withIcon } from './svgBoxes.ts';

const BODY = { size: 11.5, lineHeight: 15 };
const SMALL = { size: 9.5, lineHeight: 12.5, color: '#5d6b7c' };
const PLAIN = { fill: '#ffffff', stroke: '#dde3ea' };

function notes(card: { note?: string | undefined }, w: number): SvgBox[] {
  return card.note ? [textBox(card.note, w, SMALL)] : [];
}

function severityRow(severity: Severity, colors: { fill: string; text: string }, model: MapModel, w: number) {
  return badgeRow([badgeBox(SEVERITY_NAMES[severity][model.lang], colors, w, severity)], w);
}

function touchpointCard(card: CardOf<'touchpoints'>, model: MapModel, width: number): SvgBox {
  const tp = model.touchpoint(card.touchpoint);
  const channel = tp?.channel ? model.channel(tp.channel) : undefined;
  const meta = [channel?.name, tp?.owner, tp ? TOUCHPOINT_KINDS[tp.kind][model.lang] : undefined].filter(
    Boolean,
  );
  return cardBox(
    width,
    (w) => [
      withIcon(
        channel ? { channel: channel.icon } : { mark: 'touchpoints' },
        '#1d4f73',
        20,
        (iw) =>
          stack(
            [
              textBox(tp?.name ?? model.t('unknownRef', { id: card.touchpoint }), iw, {
                ...BODY,
                bold: true,
              }),
              ...(meta.length ? [textBox(meta.join(' · '), iw, SMALL)] : []),
            ],
            2,
          ),
        w,
      ),
      ...(card.text ? [textBox(card.text, w, BODY)] : []),
      ...notes(card, w),
    ],
    PLAIN,
  );
}

function channelChip(card: CardOf<'channels'>, model: MapModel, width: number): SvgBox {
  const channel = model.channel(card.channel);
  const name = textBox(channel.name, width - 34, { ...BODY, bold: true, color: '#17405f' });
  const extra = [card.text, card.note].filter((t): t is string => Boolean(t));
  const detail = extra.length ? [textBox(extra.join(' — '), width, SMALL)] : [];
  const chip: SvgBox = {
    height: Math.max(22, name.height + 6),
    draw: (x, y) =>
      markup`<rect x="${x}" y="${y}" width="${width}" height="${Math.max(22, name.height + 6)}" rx="11" fill="#e3eef6"/>${iconGroup({ channel: channel.icon }, x + 6, y + 3, 16, '#1d4f73')}${name.draw(x + 27, y + 3)}`,
  };
  return stack([chip, ...detail], 3);
}

function thoughtBubble(card: CardOf<'thoughts'>, model: MapModel, width: number): SvgBox {
  const [open, close] = model.lang === 'ru' ? ['«', '»'] : ['“', '”'];
  const who = card.persona ? (model.persona(card.persona)?.name ?? card.persona) : undefined;
  const inner = stack(
    [
      textBox(`${open}${card.quote}${close}`, width - 18, { ...BODY, italic: true, color: '#2f2761' }),
      ...(who ? [textBox(`— ${who}`, width - 18, { ...SMALL, color: '#6a5acd' })] : []),
      ...notes(card, width - 18),
    ],
    3,
  );
  const h = inner.height + 14;
  return {
    height: h + 7,
    draw: (x, y) =>
      markup`<rect x="${x}" y="${y}" width="${width}" height="${h}" rx="11" fill="#efedfb"/><path d="M${x + 16} ${y + h - 0.5}l7 7 2 -7z" fill="#efedfb"/>${inner.draw(x + 9, y + 7)}`,
  };
}

function painCard(card: CardOf<'pains'>, model: MapModel, width: number): SvgBox {
  const body = cardBox(
    width,
    (w) => [
      textBox(card.text, w, BODY),
      severityRow(card.severity, { fill: '#f9d6d6', text: '#9b1c1c' }, model, w),
      ...(card.evidence ? [textBox(`${model.t('evidence')}: ${card.evidence}`, w, SMALL)] : []),
      ...notes(card, w),
    ],
    { fill: '#fdeeee', stroke: '#f5c5c5', accent: '#d83c3c' },
  );
  if (!card.quitPoint) return body;
  const label = model.t('quitPoint').toUpperCase();
  return {
    height: body.height + 20,
    draw: (x, y) =>
      markup`<g class="quit-point"><rect x="${x}" y="${y}" width="${width}" height="22" rx="5" fill="#d83c3c"/>${iconGroup({ mark: 'quit' }, x + 6, y + 3, 15, '#ffffff')}<text x="${x + 26}" y="${y + 14.5}" font-size="9.5" font-weight="700" fill="#ffffff" letter-spacing=".4">${label}</text></g>${body.draw(x, y + 20)}`,
  };
}

function kpiCard(card: CardOf<'kpis'>, model: MapModel, width: number): SvgBox {
  const kpi = model.kpi(card.kpi);
  const arrow = kpi.direction === 'higher' ? '↑' : '↓';
  return cardBox(
    width,
    (w) => [
      textBox(kpi.name, w, { ...BODY, bold: true }),
      badgeRow([badgeBox(kpi.type, { fill: '#eef1f5', text: '#3f4d5e' }, w)], w),
      ...(kpi.target
        ? [textBox(`${model.t('target')}: ${kpi.target}`, w, { ...BODY, bold: true, color: '#4657c9' })]
        : []),
      textBox(`${arrow} ${kpi.better}`, w, SMALL),
      ...(card.text ? [textBox(card.text, w, BODY)] : []),
      ...notes(card, w),
    ],
    { ...PLAIN, accent: '#4657c9', accentSide: 'top' },
  );
}

function backstageCard(card: CardOf<'backstage'>, model: MapModel, width: number): SvgBox {
  const labels = [card.kind ? BACKSTAGE_KINDS[card.kind][model.lang] : undefined, card.owner].filter(
    (l): l is string => Boolean(l),
  );
  const colors = { fill: '#e2e7ee', text: '#3f4d5e' };
  return cardBox(
    width,
    (w) => [
      textBox(card.text, w, BODY),
      ...(labels.length
        ? [
            badgeRow(
              labels.map((l) => badgeBox(l, colors, w)),
              w,
            ),
          ]
        : []),
      ...notes(card, w),
    ],
    { fill: '#f1f3f6', stroke: '#b9c3cf', dashed: true },
  );
}

/** The cards of one lane in one stage, laid out for the SVG at the given width (not for emotions). */
export function laneCellSvg(row: LaneRow, stageIndex: number, model: MapModel, width: number): SvgBox {
  const boxes = (() => {
    switch (row.type) {
      case 'actions':
        return (row.cells[stageIndex] ?? []).map((c) =>
          cardBox(width, (w) => [textBox(c.text, w, BODY), ...notes(c, w)], { ...PLAIN, accent: '#8795a8' }),
        );
      case 'text':
        return (row.cells[stageIndex] ?? []).map((c) =>
          cardBox(width, (w) => [textBox(c.text, w, BODY), ...notes(c, w)], PLAIN),
        );
      case 'touchpoints':
        return (row.cells[stageIndex] ?? []).map((c) => touchpointCard(c, model, width));
      case 'channels':
        return (row.cells[stageIndex] ?? []).map((c) => channelChip(c, model, width));
      case 'thoughts':
        return (row.cells[stageIndex] ?? []).map((c) => thoughtBubble(c, model, width));
      case 'pains':
        return (row.cells[stageIndex] ?? []).map((c) => painCard(c, model, width));
      case 'opportunities':
        return (row.cells[stageIndex] ?? []).map((c) =>
          cardBox(
            width,
            (w) => [
              textBox(c.text, w, BODY),
              severityRow(c.severity, { fill: '#cdebd6', text: '#1b6b3a' }, model, w),
              ...notes(c, w),
            ],
            { fill: '#eaf6ee', stroke: '#c3e4cd', accent: '#2e9a57' },
          ),
        );
      case 'wow':
        return (row.cells[stageIndex] ?? []).map((c) =>
          cardBox(
            width,
            (w) => [
              withIcon(
                { mark: 'wow' },
                '#c98a00',
                16,
                (iw) => stack([textBox(c.text, iw, BODY), ...notes(c, iw)], 3),
                w,
              ),
            ],
            { fill: '#fff6dc', stroke: '#f3dd9c' },
          ),
        );
      case 'kpis':
        return (row.cells[stageIndex] ?? []).map((c) => kpiCard(c, model, width));
      case 'backstage':
        return (row.cells[stageIndex] ?? []).map((c) => backstageCard(c, model, width));
      case 'emotions':
        return [];
    }
  })();
  return stack(boxes, 6);
}
