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
      const step = childOf(resolved, segment);
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
    const step = childOf(isAlias(node) ? node.resolve(doc) : node, segment);
    if (!step || step.node === null || step.node === undefined) break;
    node = step.node;
  }
  return endOf(node);
}

function childOf(node: unknown, segment: string | number): { node: unknown; pair?: Pair } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => isPair(p) && keyText(p.key) === String(segment));
    return pair ? { node: pair.value, pair } : undefined;
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
