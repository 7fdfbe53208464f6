// Escaping is done by construction: every piece of HTML or SVG is built with the `markup` tag,
// which escapes each interpolated string. Only `Markup` values (built by this module from trusted
// constants) pass through unescaped, so user text cannot reach the output raw by forgetting a call.

/** A fragment of HTML/SVG text that is already safe to emit. */
export class Markup {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** What may be interpolated into `markup`: text is escaped, markup is kept, nothing-values vanish. */
export type MarkupValue = Markup | string | number | boolean | null | undefined | readonly MarkupValue[];

// XML 1.0 allows only these code points, even as entities; HTML tolerates others but an SVG with one
// does not parse. Lone surrogates arrive here as single code points of the D800–DFFF range.
function allowedInXml(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    codePoint >= 0x10000
  );
}

function dropForbidden(text: string): string {
  let out = '';
  for (const ch of text) if (allowedInXml(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML or XML, in element content and in quoted attributes alike. */
export function escapeMarkup(text: string): string {
  return dropForbidden(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function emit(value: MarkupValue): string {
  if (value instanceof Markup) return value.text;
  if (value === null || value === undefined || value === false || value === true) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '0';
  if (typeof value === 'string') return escapeMarkup(value);
  return value.map(emit).join('');
}

/** Tagged template that builds safe markup: `markup\`<p title="${t}">${t}</p>\``. */
export function markup(strings: TemplateStringsArray, ...values: MarkupValue[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += emit(v) + (strings[i + 1] ?? '');
  });
  return new Markup(out);
}

/** Marks a constant written in our own source as markup. Never pass user text here. */
export function trusted(text: string): Markup {
  return new Markup(text);
}

/** Joins fragments with an optional trusted separator. */
export function joinMarkup(parts: readonly MarkupValue[], separator = ''): Markup {
  return new Markup(parts.map(emit).join(separator));
}
