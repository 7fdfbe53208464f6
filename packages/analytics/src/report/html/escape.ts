/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string | number): string {
  return String(value)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type HtmlValue = string | number | Html | readonly Html[] | null | undefined | false;

/**
 * Builds HTML with every interpolated value escaped; arrays of `Html` are joined.
 * @example html`<td>${userText}</td>`
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = '';
  strings.forEach((s, i) => {
    out += s;
    if (i >= values.length) return;
    const v = values[i];
    if (v === null || v === undefined || v === false) return;
    if (v instanceof Html) out += v.text;
    else if (Array.isArray(v)) out += (v as readonly Html[]).map((x) => x.text).join('');
    else out += escapeHtml(v as string | number);
  });
  return new Html(out);
}
