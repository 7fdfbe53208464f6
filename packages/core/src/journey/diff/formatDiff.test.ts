import { describe, expect, it } from 'vitest';
import type { Journey } from '../schema/index.ts';
import { diffJourneys } from './diffJourneys.ts';
import { formatDiff, formatDiffValue } from './formatDiff.ts';
import { buildJourney, editedJourney } from './testing.ts';

function nextVersion(): Journey {
  return editedJourney((input) => {
    input.stages.push({ id: 's-repeat', name: 'Повторная сделка' });
    input.lanes[2]?.cards.splice(1, 1, {
      stage: 's-request',
      text: 'Долго ждать ответа на запрос',
      severity: 'high',
    });
    input.kpis = input.kpis.map((k) =>
      k.id === 'k-nps-request' ? { ...k, target: 40, name: 'NPS запроса' } : k,
    );
  });
}

describe('formatDiff', () => {
  it('writes one readable line per change, grouped by entity, in English', () => {
    const text = formatDiff(diffJourneys(buildJourney(), nextVersion()), 'en');
    expect(text).toBe(
      [
        'Stages:',
        '  + stage s-repeat "Повторная сделка"',
        '',
        'Cards:',
        '  ~ card l-pains/s-request "Долго ждать ответа на запрос" severity: medium → high',
        '',
        'KPIs:',
        '  ~ KPI k-nps-request "nps"',
        '      target: 30 → 40',
        '      name: (none) → "NPS запроса"',
        '',
        '1 added, 0 removed, 2 changed, 0 moved',
        '',
      ].join('\n'),
    );
  });

  it('speaks Russian with Russian quotes', () => {
    const text = formatDiff(diffJourneys(buildJourney(), nextVersion()), 'ru');
    expect(text).toContain('Этапы:\n  + этап s-repeat «Повторная сделка»');
    expect(text).toContain(
      '~ карточка l-pains/s-request «Долго ждать ответа на запрос» severity: medium → high',
    );
    expect(text).toContain('добавлено: 1, удалено: 0, изменено: 2, перемещено: 0');
  });

  it('does not repeat a card’s text as its label when the text is what changed', () => {
    const edited = editedJourney((input) => {
      input.lanes[0]?.cards.splice(0, 1, {
        stage: 's-aware',
        text: 'Ищет поставщика на отраслевой выставке',
      });
    });
    expect(formatDiff(diffJourneys(buildJourney(), edited), 'en')).toContain(
      '  ~ card l-actions/s-aware text: "Ищет поставщика на выставке и в поиске" → "Ищет поставщика на отраслевой выставке"\n',
    );
  });

  it('says so when there is nothing to show', () => {
    expect(formatDiff({ changes: [] }, 'en')).toBe('No differences.\n');
    expect(formatDiff({ changes: [] }, 'ru')).toBe('Различий нет.\n');
  });

  it('shows slugs bare, text quoted on one line, lists as JSON, long text shortened', () => {
    expect(formatDiffValue('in-progress', 'en')).toBe('in-progress');
    expect(formatDiffValue('two\nlines', 'en')).toBe('"two lines"');
    expect(formatDiffValue(['pain-a', 'pain-b'], 'en')).toBe('["pain-a","pain-b"]');
    expect(formatDiffValue('x'.repeat(500), 'ru')).toMatch(/^«x{119}…»$/);
  });
});
