import { describe, expect, it } from 'vitest';
import { csvHeader, guessMapping } from './columnMapping.ts';

describe('CSV header and mapping guess', () => {
  it('reads a semicolon header with quotes and a BOM', () => {
    expect(csvHeader('\uFEFF"Case ID";"Event; name";Время\r\n')).toEqual({
      columns: ['Case ID', 'Event; name', 'Время'],
      delimiter: ';',
    });
  });

  it('reads doubled quotes inside a quoted name', () => {
    expect(csvHeader('a,"say ""hi""",c').columns).toEqual(['a', 'say "hi"', 'c']);
  });

  it('guesses the usual column names and leaves the rest to the person', () => {
    expect(guessMapping(['CASE_ID', 'activity', 'ts', 'channel', 'age_group'])).toEqual({
      case: 'CASE_ID',
      activity: 'activity',
      timestamp: 'ts',
      channel: 'channel',
    });
    expect(guessMapping(['x', 'y'])).toEqual({});
  });
});
