import { curveSegments, EMOTION_GRADIENT, emotionColor, emotionPoints } from './emotionCurve.ts';
import { signedValue } from './emotionLaneHtml.ts';
import { FEELING_NAMES } from './labels.ts';
import type { LaneRow, MapModel } from './mapModel.ts';
import { joinMarkup, markup } from './markup.ts';
import { smiley } from './smiley.ts';
import { type SvgBox, textBox } from './svgBoxes.ts';
import { textWidth } from './textWrap.ts';

const PLOT_HEIGHT = 150;
const TOP = 22;
const BOTTOM = 108;

/** The y of an emotion value inside the plot, from its top edge: +2 high, −2 low. */
export function emotionPlotY(value: number): number {
  return TOP + ((2 - value) / 4) * (BOTTOM - TOP);
}

/**
 * The emotion lane for the SVG: the smooth curve across the stage columns starting at `left`, a face
 * and the feeling at each point, the cards' texts under their stages.
 */
export function emotionTrackSvg(
  row: Extract<LaneRow, { type: 'emotions' }>,
  laneIndex: number,
  model: MapModel,
  left: number,
  columnWidth: number,
): SvgBox {
  const n = model.stages.length;
  const captions = row.cells.map((cards) => {
    const texts = cards.flatMap((c) => [c.text, c.note]).filter((t): t is string => Boolean(t));
    return texts.length
      ? textBox(texts.join('\n'), columnWidth - 16, { size: 10, lineHeight: 13, color: '#3f4d5e' })
      : undefined;
  });
  const captionHeight = Math.max(0, ...captions.map((c) => c?.height ?? 0));
  const points = emotionPoints(row.cells);
  return {
    height: PLOT_HEIGHT + captionHeight + 6,
    draw: (_x, y) => {
      const toX = (x: number) => left + x * columnWidth;
      const toY = (v: number) => y + emotionPlotY(v);
      const id = `emotion-gradient-${laneIndex}`;
      const stops = EMOTION_GRADIENT.map((s) => markup`<stop offset="${s.offset}" stop-color="${s.color}"/>`);
      const levels = [2, 1, 0, -1, -2].map(
        (v) =>
          markup`<line x1="${left}" x2="${left + n * columnWidth}" y1="${toY(v)}" y2="${toY(v)}" stroke="${v === 0 ? '#c5ced8' : '#e7ebf0'}"${v === 0 ? '' : markup` stroke-dasharray="2 3"`}/><text x="${left + 4}" y="${toY(v) + 3}" font-size="8.5" fill="#8795a8">${v % 2 === 0 ? signedValue(v) : ''}</text>`,
      );
      const paths = curveSegments(points, toX, toY).map(
        (s) =>
          markup`<path class="${s.dashed ? 'gap' : 'seg'}" d="${s.d}" fill="none" stroke="url(#${id})" stroke-width="3" stroke-linecap="round"${
            s.dashed ? markup` stroke-dasharray="5 6" stroke-opacity=".7"` : ''
          }/>`,
      );
      const faces = points.map((p) => {
        const cx = toX(p.x);
        const cy = toY(p.value);
        const feeling = p.card.feeling ? FEELING_NAMES[p.card.feeling][model.lang] : '';
        const w = textWidth(feeling, 10, true) + 8;
        // Every second point of a crowded stage carries its label above, so neighbours do not collide.
        const top = p.slot % 2 === 1 ? cy - 28 : cy + 14;
        const label = feeling
          ? markup`<rect x="${cx - w / 2}" y="${top}" width="${w}" height="14" rx="4" fill="#ffffff" opacity=".85"/><text x="${cx}" y="${top + 10.5}" font-size="10" font-weight="700" text-anchor="middle" fill="#1f2a37">${feeling}</text>`
          : '';
        return markup`<g class="emotion-point" data-emotion="${p.value}">${smiley(p.value, cx, cy, 11, emotionColor(p.value))}${label}</g>`;
      });
      const texts = captions.map((c, i) => c?.draw(left + i * columnWidth + 8, y + PLOT_HEIGHT));
      const tint = markup`<linearGradient id="${id}-tint" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2e9a57" stop-opacity=".09"/><stop offset=".5" stop-color="#dfa91a" stop-opacity=".03"/><stop offset="1" stop-color="#d83c3c" stop-opacity=".09"/></linearGradient>`;
      return markup`<defs><linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="0" y1="${toY(2)}" x2="0" y2="${toY(-2)}">${stops}</linearGradient>${tint}</defs><rect x="${left}" y="${toY(2) - 10}" width="${n * columnWidth}" height="${toY(-2) - toY(2) + 20}" fill="url(#${id}-tint)"/>${levels}${paths}${joinMarkup(faces)}${texts}`;
    },
  };
}
