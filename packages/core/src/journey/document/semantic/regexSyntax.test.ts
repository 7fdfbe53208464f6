import { describe, expect, it } from 'vitest';
import { regexProblem } from './regexSyntax.ts';

// What DuckDB's regexp_matches (RE2) accepted and refused, checked by hand on DuckDB 1.5:
// accepted '(?P<n>a)', '(?i)abc', '\\p{L}+', '[[:alpha:]]', 'a{2,}'; refused lookarounds,
// '(?<n>a)', '(a)\\1', '\\k<n>'.
describe('regexProblem', () => {
  it.each([
    '^rfq_.*$',
    'request_(form|call)',
    '\\d+',
    '(?P<kind>form|call)',
    '(?i)abc',
    '\\p{L}+',
    '[[:alpha:]]+',
    'a{2,}',
    '[(?=]',
  ])('accepts %s', (pattern) => {
    expect(regexProblem(pattern)).toBeUndefined();
  });

  it.each([
    ['a(?=b)', 'a lookahead or lookbehind `(?=…)`'],
    ['a(?!b)', 'a lookahead or lookbehind `(?=…)`'],
    ['(?<=a)b', 'a lookahead or lookbehind `(?=…)`'],
    ['(?<kind>a)', 'a named group written `(?<name>…)`'],
    ['(a)\\1', 'a backreference such as `\\1`'],
    ['(?P<n>a)\\k<n>', 'a backreference such as `\\1`'],
  ])('refuses %s: %s', (pattern, feature) => {
    const problem = regexProblem(pattern);
    expect(problem?.kind === 'unsupported' && problem.feature.en).toBe(feature);
  });

  it.each([
    ['request_(form', 'a group `(` is never closed', 'круглая скобка `(` не закрыта'],
    ['[abc', 'a `[` is never closed', 'квадратная скобка `[` не закрыта'],
    [
      '*a',
      'a `*`, `+`, `?` or `{n}` has nothing before it to repeat',
      'перед `*`, `+`, `?` или `{n}` нет того, что нужно повторять',
    ],
    ['a)', 'a `)` has no `(`', 'у скобки `)` нет открывающей `(`'],
    ['x{2,1}', 'the numbers in `{m,n}` are in the wrong order', 'числа в `{m,n}` стоят в неверном порядке'],
  ])('explains the mistake in %s', (pattern, en, ru) => {
    expect(regexProblem(pattern)).toEqual({ kind: 'invalid', detail: { en, ru } });
  });
});
