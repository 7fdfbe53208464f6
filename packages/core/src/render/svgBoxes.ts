import type { ChannelIcon } from '../journey/schema/channel.ts';
import type { Severity } from '../journey/schema/common.ts';
import { iconGroup, type MarkGlyph } from './icons.ts';
import { joinMarkup, type Markup, markup } from './markup.ts';
import { drawText, type TextStyle, textBlock, textWidth, wrapText } from './textWrap.ts';

/** Something laid out for the SVG: its height for the width it was made for, and how to draw it. */
export interface SvgBox {
  height: number;
  draw: (x: number, y: number) => Markup;
}

/** Wrapped text as a box. */
export function textBox(text: string, width: number, style: TextStyle): SvgBox {
  const block = textBlock(text, width, style);
  return { height: block.height, draw: (x, y) => drawText(block, x, y) };
}

/** Boxes stacked top to bottom with a gap. */
export function stack(boxes: readonly SvgBox[], gap: number): SvgBox {
  const height = boxes.reduce((h, b) => h + b.height, 0) + gap * Math.max(0, boxes.length - 1);
  return {
    height,
    draw: (x, y) => {
      let top = y;
      return joinMarkup(
        boxes.map((b) => {
          const m = b.draw(x, top);
          top += b.height + gap;
          return m;
        }),
      );
    },
  };
}

/** An icon at the left of a box, the box beside it. */
export function withIcon(
  icon: { channel: ChannelIcon } | { mark: MarkGlyph },
  color: string,
  size: number,
  body: (width: number) => SvgBox,
  width: number,
): SvgBox {
  const inner = body(width - size - 6);
  return {
    height: Math.max(size, inner.height),
    draw: (x, y) => markup`${iconGroup(icon, x, y, size, color)}${inner.draw(x + size + 6, y)}`,
  };
}

export interface CardLook {
  fill: string;
  stroke: string;
  accent?: string;
  accentSide?: 'left' | 'top';
  dashed?: boolean;
}

const PAD = 7;

/** A card: a rounded rectangle with an optional accent bar around stacked content. */
export function cardBox(width: number, content: (innerWidth: number) => SvgBox[], look: CardLook): SvgBox {
  const left = look.accent && look.accentSide !== 'top' ? 3 : 0;
  const inner = stack(content(width - 2 * PAD - left), 4);
  const height = inner.height + 2 * PAD;
  return {
    height,
    draw: (x, y) => {
      const accent = look.accent
        ? look.accentSide === 'top'
          ? markup`<rect x="${x}" y="${y}" width="${width}" height="3.5" rx="1.5" fill="${look.accent}"/>`
          : markup`<rect x="${x}" y="${y}" width="3.5" height="${height}" rx="1.5" fill="${look.accent}"/>`
        : '';
      return markup`<rect x="${x + 0.5}" y="${y + 0.5}" width="${width - 1}" height="${height - 1}" rx="5" fill="${look.fill}" stroke="${look.stroke}"${
        look.dashed ? markup` stroke-dasharray="4 3"` : ''
      }/>${accent}${inner.draw(x + PAD + left, y + PAD)}`;
    },
  };
}

const SEVERITY_LEVEL: Record<Severity, number> = { low: 1, medium: 2, high: 3, critical: 4 };

/** A pill with optional severity bars before its label; a label too long for `maxWidth` wraps inside it. */
export function badgeBox(
  label: string,
  colors: { fill: string; text: string },
  maxWidth: number,
  severity?: Severity,
): SvgBox & { width: number } {
  const bars = severity ? 20 : 0;
  const lines = wrapText(label, maxWidth - 12 - bars, 9.5, true);
  const width = Math.min(maxWidth, Math.max(...lines.map((l) => textWidth(l, 9.5, true))) + 12 + bars);
  const height = 16 + (lines.length - 1) * 12;
  return {
    width,
    height,
    draw: (x, y) => {
      const level = severity ? SEVERITY_LEVEL[severity] : 0;
      const barMarks = severity
        ? [1, 2, 3, 4].map(
            (i) =>
              markup`<rect x="${x + 6 + (i - 1) * 4}" y="${y + 4}" width="3" height="8" rx=".8" fill="${colors.text}" opacity="${i <= level ? 1 : 0.25}"/>`,
          )
        : [];
      const text = lines.map(
        (line, i) =>
          markup`<text x="${x + 6 + bars}" y="${y + 11.5 + i * 12}" font-size="9.5" font-weight="700" fill="${colors.text}">${line}</text>`,
      );
      return markup`<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="8" fill="${colors.fill}"/>${barMarks}${text}`;
    },
  };
}

/** Badges side by side, wrapping to a new line when the width runs out. */
export function badgeRow(badges: readonly (SvgBox & { width: number })[], width: number): SvgBox {
  const lines: { box: SvgBox; dx: number }[][] = [[]];
  let used = 0;
  for (const b of badges) {
    if (used > 0 && used + b.width > width) {
      lines.push([]);
      used = 0;
    }
    lines.at(-1)?.push({ box: b, dx: used });
    used += b.width + 4;
  }
  const heights = lines.map((line) => Math.max(0, ...line.map((p) => p.box.height)));
  const tops = heights.map((_, i) => heights.slice(0, i).reduce((a, h) => a + h + 4, 0));
  return {
    height: heights.reduce((a, h) => a + h, 0) + 4 * (lines.length - 1),
    draw: (x, y) =>
      joinMarkup(lines.flatMap((line, row) => line.map((p) => p.box.draw(x + p.dx, y + (tops[row] ?? 0))))),
  };
}
