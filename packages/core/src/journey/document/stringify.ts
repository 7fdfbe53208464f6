import type { Node } from 'yaml';
import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import { z } from 'zod';
import type { JourneyDocument } from '../schema/journey.ts';
import { Journey, RoleMap } from '../schema/journey.ts';
import type { DocumentFormat } from './parse.ts';
import { pickUnionOption, unwrap } from './schemaAt.ts';

const LINE_WIDTH = 110;

/**
 * Writes a journey or role map as readable YAML or JSON: keys in the schema's order (version, id,
 * title, …), empty optional lists left out, short records on one line (`- { id: s-aware, name: … }`).
 * Parsing the output gives the same document back.
 * @example stringifyJourneyDocument({ kind: 'journey', journey }, 'yaml')
 */
export function stringifyJourneyDocument(doc: JourneyDocument, format: DocumentFormat): string {
  const data = doc.kind === 'journey' ? toReadable(doc.journey, Journey) : toReadable(doc.role, RoleMap);
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  const yaml = new Document(data);
  compactSmallCollections(yaml);
  separateTopLevelSections(yaml);
  return yaml.toString({ lineWidth: LINE_WIDTH, minContentWidth: 40, flowCollectionPadding: true });
}

/** Plain data in the schema's key order, without empty optional lists; objects that are only an id become the id. */
export function toReadable(value: unknown, schema: z.ZodType | undefined): unknown {
  if (value === undefined || value === null || typeof value !== 'object') return value;
  let inner = schema ? unwrap(schema) : undefined;
  let discriminator: string | undefined;
  if (inner instanceof z.ZodUnion) {
    const options = inner.options as readonly z.ZodType[];
    // A union that also accepts a bare id (channels): `{ id: phone }` is written as `phone`.
    const acceptsString = options.some((o) => unwrap(o) instanceof z.ZodString);
    const keys = Object.keys(value);
    if (acceptsString && !Array.isArray(value) && keys.length === 1 && keys[0] === 'id') {
      return (value as { id: unknown }).id;
    }
    const option = pickUnionOption(inner, value);
    discriminator = (inner._zod.def as { discriminator?: string }).discriminator;
    inner = option ? unwrap(option) : undefined;
  }
  if (Array.isArray(value)) {
    const element = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
    return value.map((item) => toReadable(item, element));
  }
  const record = value as Record<string, unknown>;
  if (inner instanceof z.ZodRecord) {
    return Object.fromEntries(
      Object.entries(record).map(([k, v]) => [k, toReadable(v, inner.valueType as z.ZodType)]),
    );
  }
  const shape: Record<string, z.ZodType> = inner instanceof z.ZodObject ? inner.shape : {};
  let ordered = [
    ...Object.keys(shape).filter((k) => k in record),
    ...Object.keys(record).filter((k) => !(k in shape)),
  ];
  // What tells the variant apart (a lane's `type`) reads best right after the id.
  if (discriminator && ordered.includes(discriminator)) {
    const rest = ordered.filter((k) => k !== discriminator && k !== 'id');
    ordered = [...(ordered.includes('id') ? ['id'] : []), discriminator, ...rest];
  }
  const out: Record<string, unknown> = {};
  for (const key of ordered) {
    const field = shape[key];
    const item = record[key];
    if (item === undefined) continue;
    if (field && isOmittableWhenEmpty(field, item)) continue;
    out[key] = toReadable(item, field);
  }
  return out;
}

/** An empty list or mapping the schema restores by itself when it is left out. */
function isOmittableWhenEmpty(field: z.ZodType, value: unknown): boolean {
  // Only a default that is itself empty: parsing the output then restores exactly this value
  // (an optional `tags: []` is kept, since leaving it out would read back as no tags at all).
  if (!(field instanceof z.ZodDefault) || !isEmpty(value)) return false;
  return isEmpty(field.parse(undefined));
}

function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/** Mappings of scalars and lists of scalars that fit on a line are written inline. */
function compactSmallCollections(doc: Document): void {
  visit(doc, {
    Map(_, node, path) {
      const inline = inlineLength(node);
      if (inline !== undefined && inline + indentOf(path) <= LINE_WIDTH) node.flow = true;
    },
    Seq(_, node, path) {
      const inline = inlineLength(node);
      if (inline !== undefined && inline + indentOf(path) <= LINE_WIDTH) node.flow = true;
    },
  });
}

/** Roughly how wide a collection is on one line, or undefined when it holds collections or multi-line text. */
function inlineLength(node: Node): number | undefined {
  let total = 4;
  const scalarLength = (n: unknown): number | undefined => {
    if (!isScalar(n)) return undefined;
    const v = n.value;
    if (typeof v === 'string') {
      if (v.includes('\n')) return undefined;
      return /^[\p{L}\p{N}][\p{L}\p{N} ._/()-]*$/u.test(v) && !v.endsWith(' ')
        ? v.length
        : JSON.stringify(v).length;
    }
    return String(v).length;
  };
  if (isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair)) return undefined;
      const key = scalarLength(pair.key);
      const value = scalarLength(pair.value);
      if (key === undefined || value === undefined) return undefined;
      total += key + value + 4;
    }
    return node.items.length === 0 ? undefined : total;
  }
  if (isSeq(node)) {
    for (const item of node.items) {
      const length = scalarLength(item);
      if (length === undefined) return undefined;
      total += length + 2;
    }
    return node.items.length === 0 ? undefined : total;
  }
  return undefined;
}

function indentOf(path: readonly unknown[]): number {
  // Each enclosing collection indents by two; the key in front of an inline value adds some more.
  return path.filter((p) => isMap(p) || isSeq(p)).length * 2 + 16;
}

/** A blank line before each top-level section that holds a block of its own. */
function separateTopLevelSections(doc: Document): void {
  if (!isMap(doc.contents)) return;
  for (const pair of doc.contents.items) {
    const value = pair.value;
    if ((isMap(value) || isSeq(value)) && !value.flow && isScalar(pair.key)) pair.key.spaceBefore = true;
  }
}
