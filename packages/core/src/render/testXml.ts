import { SaxesParser } from 'saxes';

/** An element of parsed markup, flattened: its name, attributes and the text directly inside it. */
export interface ParsedElement {
  name: string;
  attributes: Record<string, string>;
  text: string;
}

/**
 * Parses HTML or SVG output as XML (both renderers emit well-formed markup) and returns every element
 * in document order; throws on the first well-formedness error, with its position.
 */
export function parseXml(source: string): ParsedElement[] {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const elements: ParsedElement[] = [];
  const open: ParsedElement[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const element = {
      name: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
      text: '',
    };
    elements.push(element);
    if (!tag.isSelfClosing) open.push(element);
  });
  parser.on('closetag', () => {
    open.pop();
  });
  parser.on('text', (text) => {
    const current = open.at(-1);
    if (current) current.text += text;
  });
  parser.write(source).close();
  return elements;
}

/** All text a reader sees: element texts joined by spaces, style sheets left out. */
export function allText(elements: readonly ParsedElement[]): string {
  return elements
    .filter((e) => e.name !== 'style')
    .map((e) => e.text)
    .join(' ');
}
