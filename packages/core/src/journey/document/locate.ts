import type { Document, LineCounter, Node, Pair } from 'yaml';
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { IssuePath } from './issue.ts';

/** A place in a document's text, both 1-based. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Finds where a path of a parsed document sits in its text. */
export type Locate = (path: IssuePath, at?: 'key' | 'value') => TextPosition | undefined;

/**
 * Makes a `Locate` over a yaml document. A path points at its value; at its key when the value is
 * empty or `at` is 'key'; when the path does not exist, at the nearest ancestor that does.
 */
export function createLocator(doc: Document, lineCounter: LineCounter): Locate {
  const position = (offset: number | undefined): TextPosition | undefined => {
    if (offset === undefined) return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return (path, at = 'value') => {
    let node: unknown = doc.contents;
    let pair: Pair | undefined;
    let lastFound: unknown = node;
    let lastPair: Pair | undefined;
    for (const segment of path) {
      const resolved = isAlias(node) ? node.resolve(doc) : node;
      const step = childOf(doc, resolved, segment);
      if (!step) {
        // The path goes further than the text: point at what exists, its key if it has one.
        return position(startOf(lastFound)) ?? position(startOf(lastPair?.key));
      }
      node = step.node;
      pair = step.pair;
      lastFound = step.node ?? step.pair?.key;
      lastPair = step.pair;
    }
    const empty = node === null || node === undefined || (isScalar(node) && node.value === null);
    if (pair && (at === 'key' || empty)) return position(startOf(pair.key)) ?? position(startOf(node));
    return position(startOf(node)) ?? position(startOf(pair?.key)) ?? { line: 1, column: 1 };
  };
}

/**
 * Where the text of a path ends: the end offset of its node, or of the nearest ancestor when the
 * path does not exist in the text (a missing field is a fact about its whole parent).
 */
export function extentEnd(doc: Document, path: IssuePath): number | undefined {
  let node: unknown = doc.contents;
  for (const segment of path) {
    const step = childOf(doc, isAlias(node) ? node.resolve(doc) : node, segment);
    if (!step || step.node === null || step.node === undefined) break;
    node = step.node;
  }
  return endOf(node);
}

/** The path of the innermost node of the text that holds `offset` (e.g. the key a duplicate-key error points at). */
export function pathAtOffset(doc: Document, offset: number): IssuePath {
  const path: (string | number)[] = [];
  let node: unknown = doc.contents;
  const holds = (n: unknown) => {
    const range = rangeOf(n);
    return range != null && range[0] <= offset && offset < range[2];
  };
  for (let depth = 0; depth < 100; depth++) {
    if (isMap(node)) {
      const pair = node.items.find((p) => holds(p.key) || holds(p.value));
      const key = pair ? keyText(pair.key) : undefined;
      if (!pair || key === undefined) break;
      path.push(key);
      if (holds(pair.key)) break;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex(holds);
      if (index < 0) break;
      path.push(index);
      node = node.items[index];
    } else break;
  }
  return path;
}

function childOf(
  doc: Document,
  node: unknown,
  segment: string | number,
  depth = 0,
): { node: unknown; pair?: Pair } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
    if (pair) return { node: pair.value, pair };
    // A field merged in with `<<: *anchor` is written at the anchor.
    if (depth > 10) return undefined;
    for (const merge of node.items.filter((p) => isScalar(p.key) && p.key.source === '<<')) {
      const sources = isSeq(merge.value) ? merge.value.items : [merge.value];
      for (const source of sources) {
        const found = childOf(doc, isAlias(source) ? source.resolve(doc) : source, segment, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    return segment < node.items.length ? { node: node.items[segment] } : undefined;
  }
  return undefined;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

function rangeOf(node: unknown): Node['range'] {
  return node && typeof node === 'object' && 'range' in node ? (node as Node).range : undefined;
}

function startOf(node: unknown): number | undefined {
  return rangeOf(node)?.[0];
}

function endOf(node: unknown): number | undefined {
  return rangeOf(node)?.[2];
}
