import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lane } from '../journey/schema/lane.ts';
import { renderJourneyHtml } from './renderHtml.ts';
import { renderJourneySvg } from './renderSvg.ts';
import { buildJourney, buildUncheckedJourney } from './testJourney.ts';
import { type ParsedElement, parseXml } from './testXml.ts';

// Whatever text a map holds, both outputs stay well-formed markup with no element or attribute the
// text did not come from us, and the text reads back as written (minus characters XML forbids).
const hostile = fc.constantFrom(
  '<',
  '>',
  '&',
  '"',
  "'",
  '<script>',
  '</style>',
  ']]>',
  '<!--',
  '\u0000',
  '\uD800',
  '\u202E',
  'onload=',
  '&amp;',
  '\n',
);
const userText = fc
  .array(fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), hostile), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''));

const xmlClean = (s: string) =>
  [...s]
    .filter((ch) => {
      const c = ch.codePointAt(0) ?? 0;
      return (
        c === 9 ||
        c === 10 ||
        c === 13 ||
        (c >= 0x20 && c <= 0xd7ff) ||
        (c >= 0xe000 && c <= 0xfffd) ||
        c >= 0x10000
      );
    })
    .join('');

function noForeignMarkup(elements: readonly ParsedElement[]) {
  for (const e of elements) {
    expect(['script', 'iframe', 'object', 'embed', 'foreignObject', 'image', 'img']).not.toContain(e.name);
    for (const name of Object.keys(e.attributes)) expect(name.toLowerCase().startsWith('on')).toBe(false);
  }
}

describe('rendering arbitrary text', () => {
  it('keeps HTML and SVG well-formed and free of injected markup', () => {
    const base = buildJourney();
    fc.assert(
      fc.property(userText, userText, userText, userText, (title, stageName, cardText, laneTitle) => {
        const journey = buildUncheckedJourney({
          title,
          stages: base.stages.map((s, i) => ({ ...s, name: i === 1 ? stageName : s.name, goal: cardText })),
          lanes: base.lanes.map(
            (l) =>
              ({ ...l, title: laneTitle, cards: l.cards.map((c) => ({ ...c, note: cardText })) }) as Lane,
          ),
        });
        const html = parseXml(renderJourneyHtml(journey));
        noForeignMarkup(html);
        expect(html.find((e) => e.name === 'title')?.text).toBe(xmlClean(title));
        expect(html.find((e) => e.name === 'h1')?.text).toBe(xmlClean(title));
        const stageHead = html.filter((e) => e.name === 'h3');
        expect(stageHead[1]?.text).toBe(xmlClean(stageName));
        const svg = parseXml(renderJourneySvg(journey));
        noForeignMarkup(svg);
        expect(svg.find((e) => e.name === 'title')?.text).toBe(xmlClean(title));
      }),
      { seed: 4242, numRuns: 60 },
    );
  });
});
