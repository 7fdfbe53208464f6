import type { Topic } from './caseLog.ts';
import { NEUTRAL, PARTNER_CLOSERS, PARTNER_OPENERS, PHRASES } from './phrasebook.ts';
import type { Random } from './random.ts';

export type Sentiment = 'negative' | 'mixed' | 'positive';

/** Capital letter at the start and after a full stop or exclamation; a full stop at the end. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  const capitalized = trimmed.replace(
    /(^|[.!?]\s+)(\p{Ll})/gu,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}

function clause(topic: Topic, rng: Random, who: 'partner' | 'operator'): string {
  return rng.pick(PHRASES[topic][who]).replace('{n}', String(rng.int(2, 4)));
}

/**
 * A partner's comment in Russian whose tone follows the scores: a complaint about one of the pains they met,
 * praise for what went well, or both ("…, но …"). Many phrasings: openers × clauses × closers.
 */
export function partnerComment(
  sentiment: Sentiment,
  negatives: readonly Topic[],
  positives: readonly Topic[],
  rng: Random,
): string {
  if (sentiment === 'negative' && negatives.length > 0) {
    const first = rng.pick(negatives);
    let text = rng.pick(PARTNER_OPENERS.negative) + clause(first, rng, 'partner');
    const others = negatives.filter((t) => t !== first);
    if (others.length > 0 && rng.chance(0.35))
      text += `. ${rng.pick(['Кроме того, ', 'И ещё: ', 'А ещё '])}${clause(rng.pick(others), rng, 'partner')}`;
    return asSentence(text + rng.pick(PARTNER_CLOSERS.negative).replace(/^ /, '. ').replace(/^\. $/, ''));
  }
  if (sentiment === 'positive' && positives.length > 0) {
    const text = rng.pick(PARTNER_OPENERS.positive) + clause(rng.pick(positives), rng, 'partner');
    return asSentence(text + rng.pick(PARTNER_CLOSERS.positive).replace(/^ /, '. '));
  }
  if (sentiment === 'mixed' && positives.length > 0 && negatives.length > 0) {
    return asSentence(
      `${clause(rng.pick(positives), rng, 'partner')}, но ${clause(rng.pick(negatives), rng, 'partner')}`,
    );
  }
  if (sentiment === 'negative')
    return asSentence(rng.pick(['не всё гладко', 'ожидали большего', 'есть к чему придраться']));
  return asSentence(rng.pick(NEUTRAL));
}

/** A manager's note about a partner (operator feedback). */
export function operatorNote(topic: Topic, rng: Random): string {
  const suffix = rng.pick([
    '',
    '',
    ' Передано руководителю.',
    ' Нужна обратная связь партнёру.',
    ' Взято на контроль.',
  ]);
  return asSentence(clause(topic, rng, 'operator') + suffix.replace(/^ /, '. '));
}
