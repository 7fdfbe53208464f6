import { type Markup, markup } from './markup.ts';

/** A face for an emotion value −2..+2, centred at (cx, cy): the mouth bends from frown to wide smile. */
export function smiley(value: number, cx: number, cy: number, r: number, fill: string): Markup {
  const v = Math.max(-2, Math.min(2, value));
  const mouthY = cy + (v < 0 ? 0.42 : 0.3) * r;
  const bend = v * 0.24 * r;
  const half = 0.42 * r;
  const eyeY = cy - 0.22 * r;
  const eye = 0.12 * r;
  const mouth = `M${cx - half} ${mouthY}Q${cx} ${mouthY + bend * 2} ${cx + half} ${mouthY}`;
  const round = (s: string) => s.replace(/\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
  return markup`<g class="face"><circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}" stroke="#fff" stroke-width="${r * 0.14}"/><circle cx="${cx - 0.34 * r}" cy="${eyeY}" r="${eye}" fill="#1e2a36"/><circle cx="${cx + 0.34 * r}" cy="${eyeY}" r="${eye}" fill="#1e2a36"/><path d="${round(mouth)}" fill="${v >= 2 ? '#1e2a36' : 'none'}" stroke="#1e2a36" stroke-width="${r * 0.12}" stroke-linecap="round"/></g>`;
}
