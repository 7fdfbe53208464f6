import { type Markup, markup } from './markup.ts';

// A standalone SVG has no layout engine, so text is wrapped here by glyph widths (em) measured in
// DejaVu Sans, the widest font of our stack, rounded up: a line a little short is fine, one that spills is not.
const WIDTH_GROUPS: [string, number][] = [
  ["ijlIJ'|", 0.3],
  ['f .,:;', 0.35],
  ['rt!()[]{}-/', 0.4],
  ['–*"', 0.5],
  ['cszгзсэ?“”', 0.55],
  ['kvxyFLPTвктухчьяР', 0.6],
  ['0123456789abdeghnopquESYабеёийлнопрГЕЁЗТУ«»', 0.65],
  ['ABCKRVXZдцАБВСХЧЬЭЯ', 0.7],
  ['HNUмъИЙКЛНП', 0.75],
  ['DGOQыДОЦ+=<>~', 0.8],
  ['wюЪ&', 0.85],
  ['MжфМФЫ#', 0.9],
  ['шщ', 0.95],
  ['mW—%@', 1.0],
  ['ЖШЩЮ', 1.1],
];
const GLYPH_EM = new Map(WIDTH_GROUPS.flatMap(([chars, em]) => [...chars].map((c) => [c, em] as const)));
/** Bold DejaVu Sans runs about 12% wider. */
const BOLD = 1.13;

/** Estimated width of a text in pixels at a font size (an upper bound for our font stack). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += GLYPH_EM.get(ch) ?? ((ch.codePointAt(0) ?? 0) > 0x2e80 ? 1 : 0.7);
  return em * fontSize * (bold ? BOLD : 1);
}

function splitLongWord(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && textWidth(piece + ch, fontSize, bold) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces where possible, inside a word when the
 * word alone is too long; the author's own line breaks are kept.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, fontSize, bold) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      const pieces = splitLongWord(word, maxWidth, fontSize, bold);
      line = pieces.pop() ?? '';
      lines.push(...pieces);
    }
    lines.push(line);
  }
  while (lines.length > 1 && lines.at(-1) === '') lines.pop();
  return lines;
}

/** How text is drawn: size, line height (px), weight, style and colour. */
export interface TextStyle {
  size: number;
  lineHeight?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  anchor?: 'start' | 'middle' | 'end';
}

/** Wrapped text ready to place: its lines and the height they take. */
export interface TextBlock {
  lines: string[];
  height: number;
  style: TextStyle;
}

/** Wraps text into a block of lines for a width. */
export function textBlock(text: string, maxWidth: number, style: TextStyle): TextBlock {
  const lines = wrapText(text, maxWidth, style.size, style.bold);
  return { lines, height: lines.length * (style.lineHeight ?? style.size * 1.3), style };
}

/** Draws a text block with its top-left corner at (x, y): one `<text>` with a `<tspan>` per line. */
export function drawText(block: TextBlock, x: number, y: number): Markup {
  const { style } = block;
  const lineHeight = style.lineHeight ?? style.size * 1.3;
  // The first baseline sits about 0.8 em below the top of the line box, centred in its line height.
  const first = y + (lineHeight - style.size) / 2 + style.size * 0.82;
  const spans = block.lines.map(
    (line, i) => markup`<tspan x="${x}" y="${first + i * lineHeight}">${line}</tspan>`,
  );
  return markup`<text font-size="${style.size}"${style.bold ? markup` font-weight="700"` : ''}${
    style.italic ? markup` font-style="italic"` : ''
  } fill="${style.color ?? '#1f2a37'}"${style.anchor ? markup` text-anchor="${style.anchor}"` : ''}>${spans}</text>`;
}
