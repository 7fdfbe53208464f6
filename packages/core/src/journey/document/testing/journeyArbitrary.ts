import fc from 'fast-check';
import { CHANNEL_ICONS } from '../../schema/channel.ts';
import { FEELINGS, LANE_TYPES, type LaneType } from '../../schema/lane.ts';
import { KNOWN_ROLES } from '../../schema/persona.ts';

// Random valid journeys for property tests: every reference points at something that exists,
// so any issue found in them is a bug of ours, not of the generator.

const TRICKY_TEXT = [
  'yes',
  'null',
  '~',
  '1.5',
  '0x1F',
  '2026-03-01',
  '- dash',
  '#hash',
  'a: b',
  ' padded ',
  'line\nbreak',
  'trailing\n',
  '@at',
  "it's",
  '"quoted"',
  '{ braces }',
  '[x]',
  '*star',
  '&amp',
  '!bang',
  '%percent',
  'tab\there',
  'Путь партнёра — «ёлки»',
  '😀 emoji',
];

/** Non-empty text, ordinary and YAML-hostile. */
export const textArb = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 12 }),
  fc.constantFrom(...TRICKY_TEXT),
  // Long prose, which YAML folds over several lines.
  fc.lorem({ maxCount: 12, mode: 'sentences' }).filter((t) => t.length > 0 && t.length <= 300),
);

const idArb = fc.stringMatching(/^[a-z][a-z0-9._-]{0,10}$/);
const dateArb = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

function optional<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arb, { nil: undefined });
}

/** Drops undefined fields, as an author would leave them out. */
function clean<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

interface Pools {
  stages: string[];
  channels: string[];
  touchpoints: string[];
  kpis: string[];
  personas: string[];
}

function cardArb(type: LaneType, pools: Pools, cardId: string): fc.Arbitrary<Record<string, unknown>> {
  const stage = fc.constantFrom(...pools.stages);
  const base = { stage, note: optional(textArb) };
  switch (type) {
    case 'touchpoints':
      return pools.touchpoints.length
        ? fc.record({ ...base, touchpoint: fc.constantFrom(...pools.touchpoints), text: optional(textArb) })
        : fc
            .record({ ...base, text: textArb })
            .map(({ text, ...rest }) => ({ ...rest, touchpoint: 'x', text }));
    case 'channels':
      return fc.record({ ...base, channel: fc.constantFrom(...pools.channels) });
    case 'thoughts':
      return fc.record({ ...base, quote: textArb, persona: optional(fc.constantFrom(...pools.personas)) });
    case 'emotions':
      return fc.record({
        ...base,
        emotion: fc.integer({ min: -2, max: 2 }),
        feeling: optional(fc.constantFrom(...FEELINGS)),
      });
    case 'pains':
      return fc.record({
        ...base,
        id: fc.constant(cardId),
        text: textArb,
        severity: optional(fc.constantFrom('low', 'medium', 'high', 'critical')),
        quitPoint: optional(fc.boolean()),
      });
    case 'kpis':
      return fc.record({ ...base, kpi: fc.constantFrom(...pools.kpis) });
    case 'backstage':
      return fc.record({
        ...base,
        text: textArb,
        kind: optional(fc.constantFrom('staff', 'system', 'process')),
      });
    default:
      return fc.record({ ...base, text: textArb });
  }
}

/** An author's journey (input shape): valid against the schema and consistent across references. */
export const journeyInputArb: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    stages: fc.uniqueArray(idArb, { minLength: 1, maxLength: 4 }),
    channels: fc.uniqueArray(fc.oneof(fc.constantFrom(...CHANNEL_ICONS), idArb), {
      minLength: 1,
      maxLength: 3,
    }),
    touchpointCount: fc.nat({ max: 3 }),
    personaCount: fc.integer({ min: 1, max: 2 }),
  })
  .chain(({ stages, channels, touchpointCount, personaCount }) => {
    const pools: Pools = {
      stages,
      channels,
      touchpoints: Array.from({ length: touchpointCount }, (_, i) => `t-${i}`),
      kpis: ['k-nps', 'k-conv'],
      personas: Array.from({ length: personaCount }, (_, i) => `p-${i}`),
    };
    const pick = <T>(list: T[]) => fc.constantFrom(...list);
    const laneTypes = touchpointCount === 0 ? LANE_TYPES.filter((t) => t !== 'touchpoints') : [...LANE_TYPES];
    const lanes = fc.array(fc.constantFrom(...laneTypes), { maxLength: 5 }).chain((types) =>
      fc.tuple(
        ...types.map((type, laneIndex) =>
          fc
            .array(fc.nat(), { maxLength: 3 })
            .chain((cards) =>
              fc.tuple(...cards.map((_, c) => cardArb(type, pools, `pain-${laneIndex}-${c}`))),
            )
            .map((cards) => ({
              id: `l-${laneIndex}`,
              type,
              cards:
                type === 'emotions'
                  ? cards.filter((c, i) => cards.findIndex((d) => d.stage === c.stage) === i).map(clean)
                  : cards.map(clean),
            })),
        ),
      ),
    );
    return fc
      .record({
        id: idArb,
        title: textArb,
        description: optional(textArb),
        lang: optional(fc.constantFrom('en', 'ru')),
        kind: optional(fc.constantFrom('current', 'future')),
        stageNames: fc.tuple(...stages.map(() => textArb)),
        channelsAsObjects: fc.tuple(...channels.map(() => fc.boolean())),
        touchpoints: fc.tuple(
          ...pools.touchpoints.map((id) =>
            fc.record({
              id: fc.constant(id),
              name: textArb,
              stage: pick(stages),
              channel: optional(pick(channels)),
              owner: optional(textArb),
              match: optional(
                fc.oneof(
                  fc.record({ activity: fc.array(textArb, { minLength: 1, maxLength: 2 }) }),
                  fc.record({ pattern: fc.constantFrom('^a.*$', 'request_(form|call)', '\\d+') }),
                ),
              ),
            }),
          ),
        ),
        personas: fc.tuple(
          ...pools.personas.map((id) =>
            fc.record({
              id: fc.constant(id),
              kind: fc.constant('buying-centre-role'),
              role: pick([...KNOWN_ROLES]),
              name: textArb,
              ageGroup: optional(fc.constantFrom('25-34', '55+', '<18')),
              channels: fc.subarray(channels),
            }),
          ),
        ),
        lanes,
        nps: fc.record({ target: optional(fc.integer({ min: -100, max: 100 })), stage: pick(stages) }),
        reviewedAt: optional(dateArb),
      })
      .map((r) => {
        const pains = r.lanes.flatMap((l) => (l.type === 'pains' ? l.cards.map((c) => String(c.id)) : []));
        return clean({
          version: 1,
          id: r.id,
          title: r.title,
          description: r.description,
          lang: r.lang,
          kind: r.kind,
          persona: pools.personas[0],
          goals: [{ id: 'g-1', text: 'Grow', kpis: ['k-nps'] }],
          personas: r.personas.map(clean),
          stages: stages.map((id, i) => ({ id, name: r.stageNames[i] })),
          channels: channels.map((id, i) => (r.channelsAsObjects[i] ? { id, name: `Channel ${id}` } : id)),
          touchpoints: r.touchpoints.map(clean),
          lanes: r.lanes,
          kpis: [
            clean({ id: 'k-nps', type: 'nps', ...r.nps }),
            { id: 'k-conv', type: 'conversion', fromStage: stages[0], toStage: stages[stages.length - 1] },
          ],
          improvements: pains.length ? [{ id: 'i-1', title: 'Fix it', addresses: pains, kpi: 'k-nps' }] : [],
          review: clean({ cadenceMonths: 6, lastReviewedAt: r.reviewedAt }),
        });
      });
  });
