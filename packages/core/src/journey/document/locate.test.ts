import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { createLocator, pathAtOffset } from './locate.ts';

function locatorFor(text: string) {
  const lineCounter = new LineCounter();
  return createLocator(parseDocument(text, { lineCounter }), lineCounter);
}

const text = [
  'version: 1', //                                   line 1
  'stages:', //                                      2
  '  - id: s-one', //                                3
  '    name: One', //                                4
  '  - { id: s-two, name: Two }', //                 5
  'lanes:', //                                       6
  '  - id: l', //                                    7
  '    cards:', //                                   8
  '      - stage: s-one', //                         9
  '        emotion:   2', //                         10
  '      - { stage: s-two, emotion: -1 }', //        11
  'title:', //                                       12
  'base: &base { stage: s-one }', //                 13
  'copy: *base', //                                  14
  '',
].join('\n');

describe('createLocator', () => {
  const locate = locatorFor(text);

  it('finds values of nested block and flow paths', () => {
    expect(locate(['version'])).toEqual({ line: 1, column: 10 });
    expect(locate(['stages', 0, 'name'])).toEqual({ line: 4, column: 11 });
    expect(locate(['stages', 1, 'name'])).toEqual({ line: 5, column: 24 });
    expect(locate(['lanes', 0, 'cards', 0, 'emotion'])).toEqual({ line: 10, column: 20 });
    expect(locate(['lanes', 0, 'cards', 1, 'emotion'])).toEqual({ line: 11, column: 34 });
  });

  it('points at the key when asked, or when the value is empty', () => {
    expect(locate(['lanes', 0, 'cards', 0, 'emotion'], 'key')).toEqual({ line: 10, column: 9 });
    expect(locate(['title'])).toEqual({ line: 12, column: 1 });
  });

  it('falls back to the nearest ancestor that exists', () => {
    expect(locate(['stages', 0, 'description'])).toEqual({ line: 3, column: 5 });
    expect(locate(['stages', 7, 'name'])).toEqual({ line: 3, column: 3 });
    expect(locate(['lanes', 0, 'cards', 1, 'feeling'])).toEqual({ line: 11, column: 9 });
    expect(locate(['nothing', 'here'])).toEqual({ line: 1, column: 1 });
    expect(locate([])).toEqual({ line: 1, column: 1 });
  });

  it('follows aliases to their anchor', () => {
    expect(locate(['copy', 'stage'])).toEqual({ line: 13, column: 22 });
  });

  it('finds fields merged in from an anchor where the anchor writes them', () => {
    const merged = locatorFor('a: &x { p: 1 }\nb: { <<: *x, q: 2 }\n');
    expect(merged(['b', 'p'])).toEqual({ line: 1, column: 12 });
    expect(merged(['b', 'q'])).toEqual({ line: 2, column: 17 });
  });

  it('names the path of the node at an offset', () => {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    expect(pathAtOffset(doc, text.indexOf('emotion:   2'))).toEqual(['lanes', 0, 'cards', 0, 'emotion']);
    expect(pathAtOffset(doc, text.indexOf('Two'))).toEqual(['stages', 1, 'name']);
    expect(pathAtOffset(doc, 0)).toEqual(['version']);
  });

  it('reads JSON the same way', () => {
    const json = locatorFor('{\n  "stages": [\n    { "id": "a", "name": "A" }\n  ]\n}\n');
    expect(json(['stages', 0, 'name'])).toEqual({ line: 3, column: 26 });
    expect(json(['stages', 0, 'name'], 'key')).toEqual({ line: 3, column: 18 });
  });
});
