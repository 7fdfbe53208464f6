import { Journey } from '@tropa/core';
import { describe, expect, it } from 'vitest';
import { csvCell, journeyToCsv } from './csv.ts';

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('plain, with comma')).toBe('"plain, with comma"');
    expect(csvCell(-2)).toBe('-2');
  });

  it('writes one row per card, stage by stage, with a header', () => {
    const journey = Journey.parse({
      version: 1,
      id: 'j',
      title: 'J',
      stages: [
        { id: 'a', name: 'Первый' },
        { id: 'b', name: 'Second' },
      ],
      lanes: [
        { id: 'acts', type: 'actions', cards: [{ stage: 'b', text: '=cmd|calc' }] },
        { id: 'emo', type: 'emotions', cards: [{ stage: 'a', emotion: -2, feeling: 'doubt' }] },
      ],
    });
    const lines = journeyToCsv(journey).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'stage_id,stage,lane_id,lane_type,card_id,text,severity,emotion,feeling,reference,note',
    );
    expect(lines[1]).toBe('a,Первый,emo,emotions,,,,-2,doubt,,');
    expect(lines[2]).toBe("b,Second,acts,actions,,'=cmd|calc,,,,,");
  });
});
