import { Journey, type JourneyInput } from '../journey/schema/journey.ts';

// A test factory: a small but complete B2B journey with every lane type, parsed through the real schema
// so defaults apply. Tests override only what they are about.

const base: JourneyInput = {
  version: 1,
  id: 'test-journey',
  title: 'Partner journey — equipment supply',
  lang: 'en',
  description: 'How an industrial buyer goes from first contact to a repeat deal.',
  goals: [{ id: 'g-repeat', text: 'Grow the share of repeat deals', kpis: ['k-repeat'] }],
  persona: 'p-engineer',
  personas: [
    {
      id: 'p-engineer',
      kind: 'buying-centre-role',
      role: 'chief-engineer',
      name: 'Chief engineer',
      ageGroup: '35-44',
      channels: ['phone', 'email'],
      quote: 'I need the specs and a price today, not next week.',
    },
  ],
  stages: [
    { id: 's-aware', name: 'First contact', goal: 'Find a reliable supplier' },
    { id: 's-request', name: 'Request and offer' },
    { id: 's-contract', name: 'Contract' },
    { id: 's-repeat', name: 'Repeat deals' },
  ],
  channels: ['site', 'phone', 'email', { id: 'tg', name: 'Telegram', icon: 'messenger' }],
  touchpoints: [
    { id: 't-form', name: 'Request form', stage: 's-request', channel: 'site', owner: 'Sales' },
    {
      id: 't-call',
      name: 'Manager call',
      stage: 's-contract',
      channel: 'phone',
      owner: 'Sales',
      kind: 'human',
    },
  ],
  lanes: [
    { id: 'l-actions', type: 'actions', cards: [{ stage: 's-aware', text: 'Searches for suppliers' }] },
    { id: 'l-tp', type: 'touchpoints', cards: [{ stage: 's-request', touchpoint: 't-form' }] },
    { id: 'l-ch', type: 'channels', cards: [{ stage: 's-contract', channel: 'tg' }] },
    { id: 'l-thoughts', type: 'thoughts', cards: [{ stage: 's-request', quote: 'Why is there no price?' }] },
    {
      id: 'l-emotions',
      type: 'emotions',
      cards: [
        { stage: 's-aware', emotion: 1, feeling: 'interest' },
        { stage: 's-request', emotion: -1, feeling: 'impatience' },
        { stage: 's-repeat', emotion: 2, feeling: 'joy' },
      ],
    },
    {
      id: 'l-pains',
      type: 'pains',
      cards: [
        { id: 'pain-prices', stage: 's-aware', text: 'No public prices', severity: 'high', quitPoint: true },
      ],
    },
    {
      id: 'l-opps',
      type: 'opportunities',
      cards: [{ stage: 's-request', text: 'Instant quote', severity: 'high' }],
    },
    { id: 'l-wow', type: 'wow', cards: [{ stage: 's-repeat', text: 'Reorder in one click' }] },
    { id: 'l-kpis', type: 'kpis', cards: [{ stage: 's-repeat', kpi: 'k-repeat' }] },
    {
      id: 'l-back',
      type: 'backstage',
      cards: [{ stage: 's-contract', text: 'Legal approval', kind: 'staff' }],
    },
    { id: 'l-text', type: 'text', cards: [{ stage: 's-contract', text: 'Usually takes two weeks' }] },
  ],
  kpis: [{ id: 'k-repeat', type: 'repeat-deal', name: 'Repeat deal share', target: 0.4 }],
  review: { cadenceMonths: 6, lastReviewedAt: '2026-05-15' },
};

/** Builds a valid journey for tests; top-level fields given in `overrides` replace the defaults. */
export function buildJourney(overrides: Partial<JourneyInput> = {}): Journey {
  return Journey.parse({ ...base, ...overrides });
}

/** Builds a journey without validation, for tests that feed the renderer text the schema would refuse. */
export function buildUncheckedJourney(overrides: Partial<Journey> = {}): Journey {
  return { ...buildJourney(), ...overrides };
}
