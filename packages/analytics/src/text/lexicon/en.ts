import type { LexiconSource } from './lexicon.ts';

/**
 * Tropa's English sentiment lexicon, written for customer feedback on services (support, delivery, travel,
 * B2B supply). Words are stemmed when the lexicon loads; multi-word entries match consecutive words.
 */
export const EN_LEXICON: LexiconSource = {
  weights: {
    '2': `excellent amazing awesome fantastic wonderful outstanding superb perfect brilliant love loved loving lovely
      best great thanks thank thankful grateful appreciate appreciated impressed delighted kudos recommend`,
    '1': `good nice fine happy glad pleased helpful helped friendly polite quick quickly fast smooth easy easier
      comfortable convenient reliable professional kind courteous clean enjoy enjoyed fun cool yay win won
      resolved solved fixed upgrade upgraded early ontime on-time free refund refunded safe
      sweet beautiful worth like liked welcome welcomed support supportive responsive efficient`,
    '0.5': 'ok okay alright decent reasonable fair works worked answered',
    '-0.5': `wait waiting waited hold queue line lines delay delays delayed late later again still expensive
      fee fees charge charged question problem issue issues`,
    '-1': `bad poor slow slowly problem problems broken lost missing cancelled canceled cancel rude unhelpful
      unprofessional disappointed disappointing disappointment annoyed annoying frustrating frustrated frustration
      fail failed fails failure error wrong worse stuck stranded complaint complain complained sucks sad sorry
      unfortunately confusing confused useless ridiculous nightmare mess unacceptable overbooked
      ignored ignore ignoring hung hang damaged dirty uncomfortable incompetent miss missed refused denied
      impossible never hours forever lie lied liar joke fault`,
    '-2': `terrible horrible awful worst hate hated disgusting pathetic shameful disgrace furious angry outraged
      scam fraud fuck fucking shit crap wtf`,
  },
  phrases: {
    'on hold': -1.2,
    'no one': -1,
    nobody: -1,
    'no answer': -1.2,
    'no response': -1.2,
    'still waiting': -1.5,
    'customer service': -0.3,
    'had to repeat': -1.2,
    'call back': -0.5,
    'thank you': 1.5,
    'well done': 1.5,
    'on time': 0.8,
    'keep it up': 1.5,
    'no problem': 0.8,
    'no issues': 0.8,
  },
  negated: {
    bad: 0.5,
    problem: 0.6,
    work: -1.5,
    works: -1.5,
    working: -1.5,
    help: -1.2,
    helped: -1.2,
    answer: -1.2,
    answered: -1.2,
    respond: -1.2,
    happy: -1.2,
  },
  negators:
    "not no never without nor cannot can't won't don't doesn't didn't isn't wasn't aren't weren't couldn't wouldn't haven't hasn't",
  intensifiers: {
    '1.6': 'very extremely really totally absolutely completely so incredibly super seriously',
    '1.3': 'too quite pretty such most',
    '0.6': 'slightly somewhat bit little',
  },
};
