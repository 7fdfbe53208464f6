import { curveSegments, EMOTION_GRADIENT, emotionColor, emotionPoints } from './emotionCurve.ts';
import { FEELING_NAMES } from './labels.ts';
import type { LaneRow, MapModel } from './mapModel.ts';
import { joinMarkup, type Markup, markup } from './markup.ts';
import { smiley } from './smiley.ts';

/** Vertical position of an emotion value in the plot, in percent of its height (+2 high, −2 low). */
export function emotionTopPercent(value: number): number {
  return 16 + ((2 - value) / 4) * 60;
}

/** A signed emotion value as people write it: +2, 0, −1. */
export function signedValue(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}

/**
 * The emotion lane's track: a smooth curve across all stage columns (stretched to the row, strokes kept
 * crisp), a face and the feeling at each point, and each card's text under its stage.
 */
export function emotionTrackHtml(
  row: Extract<LaneRow, { type: 'emotions' }>,
  laneIndex: number,
  model: MapModel,
): Markup {
  const n = model.stages.length;
  const points = emotionPoints(row.cells);
  const segments = curveSegments(points, (x) => x * 100, emotionTopPercent);
  const gradientId = `emotion-gradient-${laneIndex}`;
  const levels = [2, 1, 0, -1, -2].map(
    (v) =>
      markup`<line x1="0" x2="${n * 100}" y1="${emotionTopPercent(v)}" y2="${emotionTopPercent(v)}" stroke="${v === 0 ? '#c5ced8' : '#e7ebf0'}" stroke-dasharray="${v === 0 ? '' : '2 3'}" vector-effect="non-scaling-stroke"/>`,
  );
  const columns = Array.from(
    { length: n - 1 },
    (_, i) =>
      markup`<line x1="${(i + 1) * 100}" x2="${(i + 1) * 100}" y1="0" y2="100" stroke="#eef1f4" vector-effect="non-scaling-stroke"/>`,
  );
  const paths = segments.map(
    (s) =>
      markup`<path class="${s.dashed ? 'gap' : 'seg'}" d="${s.d}" fill="none" stroke="url(#${gradientId})" stroke-width="3" stroke-linecap="round" ${s.dashed ? markup`stroke-dasharray="5 6" stroke-opacity=".7"` : ''} vector-effect="non-scaling-stroke"/>`,
  );
  const stops = EMOTION_GRADIENT.map((s) => markup`<stop offset="${s.offset}" stop-color="${s.color}"/>`);
  const svg = markup`<svg class="curve" viewBox="0 0 ${n * 100} 100" preserveAspectRatio="none" aria-hidden="true"><defs><linearGradient id="${gradientId}" gradientUnits="userSpaceOnUse" x1="0" y1="${emotionTopPercent(2)}" x2="0" y2="${emotionTopPercent(-2)}">${stops}</linearGradient><linearGradient id="${gradientId}-tint" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2e9a57" stop-opacity=".09"/><stop offset=".5" stop-color="#dfa91a" stop-opacity=".03"/><stop offset="1" stop-color="#d83c3c" stop-opacity=".09"/></linearGradient></defs><rect x="0" y="${emotionTopPercent(2) - 6}" width="${n * 100}" height="${emotionTopPercent(-2) - emotionTopPercent(2) + 12}" fill="url(#${gradientId}-tint)"/>${levels}${columns}${paths}</svg>`;
  const scale = [2, 0, -2].map(
    (v) => markup`<span class="scale" style="top:${emotionTopPercent(v)}%">${signedValue(v)}</span>`,
  );
  const dots = points.map((p) => {
    const feeling = p.card.feeling ? FEELING_NAMES[p.card.feeling][model.lang] : '';
    const color = emotionColor(p.value);
    // Every second point of a crowded stage carries its label above, so neighbours do not collide.
    return markup`<div class="${p.slot % 2 === 1 ? 'pt up' : 'pt'}" data-emotion="${p.value}" style="left:${(p.x / n) * 100}%;top:${emotionTopPercent(p.value)}%" title="${feeling} (${signedValue(p.value)})"><svg viewBox="-12 -12 24 24">${smiley(p.value, 0, 0, 10.5, color)}</svg>${
      feeling ? markup`<span class="feeling">${feeling}</span>` : ''
    }</div>`;
  });
  const captions = row.cells.map((cards) => {
    const texts = cards.flatMap((c) => [c.text, c.note]).filter((t): t is string => Boolean(t));
    return markup`<div class="caption">${joinMarkup(texts.map((t) => markup`<div>${t}</div>`))}</div>`;
  });
  return markup`<div class="emotion-track"><div class="plot">${svg}${scale}${dots}</div>${captions}</div>`;
}
