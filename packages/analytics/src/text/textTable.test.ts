import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { trainTextModel } from './classifier.ts';
import { loadTextModel, saveTextModel } from './modelFile.ts';
import { findColumn, parseCsv, readTextTable, TextTableError } from './textTable.ts';
import { trainFromTable } from './trainFromTable.ts';

const dir = mkdtempSync(join(tmpdir(), 'tropa-text-table-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('text tables', () => {
  it('parses quoted CSV fields with delimiters, quotes and line breaks inside', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"\nthere'],
    ]);
  });

  it('reads semicolon CSV and JSON Lines, and names a broken JSON line', async () => {
    writeFileSync(join(dir, 'f.csv'), 'Text;Mark\nхорошо;1\nплохо;0\n');
    const csv = await readTextTable(join(dir, 'f.csv'));
    expect(csv.rows).toEqual([
      { Text: 'хорошо', Mark: '1' },
      { Text: 'плохо', Mark: '0' },
    ]);
    expect(findColumn(csv, ['text'])).toBe('Text');
    writeFileSync(join(dir, 'f.jsonl'), '{"text":"ok","label":1}\n\n{"text":"bad","label":null}\n');
    const jsonl = await readTextTable(join(dir, 'f.jsonl'));
    expect(jsonl.rows).toEqual([
      { text: 'ok', label: '1' },
      { text: 'bad', label: '' },
    ]);
    writeFileSync(join(dir, 'bad.jsonl'), '{"text":"ok"}\n{oops\n');
    const error = await readTextTable(join(dir, 'bad.jsonl')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TextTableError);
    expect((error as TextTableError).text('en')).toMatch(/bad\.jsonl:2: not a JSON object/);
  });

  it('refuses training data with one label, naming the column', () => {
    const table = {
      columns: ['text', 'y'],
      rows: [
        { text: 'а', y: 'x' },
        { text: 'б', y: 'x' },
      ],
    };
    expect(() => trainFromTable(table, 'one.csv', 'y')).toThrow(/at least two different labels/);
  });

  it('stores a model and reads it back; a foreign JSON is refused with advice', async () => {
    const model = trainTextModel(['да да', 'нет нет'], ['y', 'n'], { minCount: 1 });
    await saveTextModel(join(dir, 'm.json'), model);
    expect((await loadTextModel(join(dir, 'm.json')))?.labels).toEqual(['n', 'y']);
    expect(await loadTextModel(join(dir, 'absent.json'))).toBeUndefined();
    writeFileSync(join(dir, 'other.json'), '{"schema":"x"}');
    await expect(loadTextModel(join(dir, 'other.json'))).rejects.toThrow(/not a Tropa text model.*retrain/);
  });
});
