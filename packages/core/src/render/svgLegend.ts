import { emotionColor } from './emotionCurve.ts';
import { iconGroup } from './icons.ts';
import { type MapModel, usedChannelIcons } from './mapModel.ts';
import { joinMarkup, type Markup, markup } from './markup.ts';
import { smiley } from './smiley.ts';
import type { SvgBox } from './svgBoxes.ts';
import { textWidth } from './textWrap.ts';

/** The legend line under the SVG map, wrapping items to the width. */
export function legendSvg(model: MapModel, width: number): SvgBox {
  const items: { width: number; draw: (x: number, y: number) => Markup }[] = [];
  const add = (label: string, symbolWidth: number, symbol: (x: number, y: number) => Markup | string) =>
    items.push({
      width: symbolWidth + 6 + textWidth(label, 10.5),
      draw: (x, y) =>
        markup`${symbol(x, y)}<text x="${x + symbolWidth + 6}" y="${y + 13}" font-size="10.5" fill="#5d6b7c">${label}</text>`,
    });
  add(model.t('emotionScale'), 104, (x, y) =>
    joinMarkup([-2, -1, 0, 1, 2].map((v, i) => smiley(v, x + 9 + i * 21.5, y + 9, 8.5, emotionColor(v)))),
  );
  add(
    model.t('gap'),
    28,
    (x, y) =>
      markup`<path d="M${x + 2} ${y + 9}h24" stroke="#8795a8" stroke-width="2.5" stroke-dasharray="5 4" stroke-linecap="round"/>`,
  );
  add(
    model.t('pain'),
    14,
    (x, y) =>
      markup`<rect x="${x}" y="${y + 2}" width="14" height="14" rx="3" fill="#fdeeee"/><rect x="${x}" y="${y + 2}" width="3" height="14" fill="#d83c3c"/>`,
  );
  add(model.t('quitPointHint'), 16, (x, y) => iconGroup({ mark: 'quit' }, x, y + 1, 16, '#d83c3c'));
  add(
    model.t('opportunity'),
    14,
    (x, y) =>
      markup`<rect x="${x}" y="${y + 2}" width="14" height="14" rx="3" fill="#eaf6ee"/><rect x="${x}" y="${y + 2}" width="3" height="14" fill="#2e9a57"/>`,
  );
  add(model.t('wow'), 16, (x, y) => iconGroup({ mark: 'wow' }, x, y + 1, 16, '#c98a00'));
  for (const c of usedChannelIcons(model))
    add(c.name, 16, (x, y) => iconGroup({ channel: c.icon }, x, y + 1, 16, '#1d4f73'));
  const title = model.t('legend').toUpperCase();
  const lines: { item: (typeof items)[number]; dx: number }[][] = [[]];
  let used = textWidth(title, 10, true) + 18;
  for (const item of items) {
    if (used + item.width > width && (lines.at(-1)?.length ?? 0) > 0) {
      lines.push([]);
      used = 0;
    }
    lines.at(-1)?.push({ item, dx: used });
    used += item.width + 22;
  }
  return {
    height: lines.length * 24,
    draw: (x, y) =>
      markup`<text x="${x}" y="${y + 13}" font-size="10" font-weight="700" fill="#1f2a37">${title}</text>${joinMarkup(
        lines.flatMap((line, row) => line.map((p) => p.item.draw(x + p.dx, y + row * 24))),
      )}`,
  };
}
