import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main.ts';

const dir = mkdtempSync(join(tmpdir(), 'tropa-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, {
    cwd: dir,
    env: {},
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
  });
  return { code, out, err };
}

// Texts written for this test: complaints about waiting, praise for speed, neutral status notes.
const bad = [
  'ждем ответ уже неделю',
  'снова ждем счет',
  'заявку ждем третий день',
  'долго ждем КП, сроки горят',
];
const good = [
  'ответили быстро и по делу',
  'быстро прислали счет',
  'менеджер быстро помог',
  'все быстро, спасибо',
];
const plain = [
  'отправили заявку на насос',
  'заявка на два насоса',
  'передали реквизиты',
  'уточнили адрес доставки',
];
const rows = [
  'id;comment;tone',
  ...[...Array(4).keys()].flatMap((k) => [
    ...bad.map((t, i) => `${k}${i}b;${t} (${k});bad`),
    ...good.map((t, i) => `${k}${i}g;${t} (${k});good`),
    ...plain.map((t, i) => `${k}${i}p;${t} (${k});plain`),
  ]),
];
writeFileSync(join(dir, 'labelled.csv'), `${rows.join('\n')}\n`);

describe('tropa text train', () => {
  it('trains on labelled feedback, prints held-back scores and saves the model beside the file', async () => {
    const r = await run(['text', 'train', '--feedback', 'labelled.csv', '--label', 'tone']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Trained on 39 rows; held back 9 \(bad: 16, good: 16, plain: 16\)/);
    const macro = Number(/macro-F1 (\d\.\d+)/.exec(r.out)?.[1]);
    expect(macro).toBeGreaterThan(0.6);
    const model = JSON.parse(readFileSync(join(dir, 'labelled.csv.tropa-model.json'), 'utf8'));
    expect(model.schema).toBe('tropa.textModel');
    expect(model.labels).toEqual(['bad', 'good', 'plain']);
  });

  it('names the missing label column and the columns the file has, in Russian too', async () => {
    const r = await run(['text', 'train', '--feedback', 'labelled.csv', '--label', 'mood', '--lang', 'ru']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('labelled.csv:1: нет столбца «mood»; в файле есть id, comment, tone');
  });

  it('refuses a missing action or option with a usage error', async () => {
    expect((await run(['text'])).code).toBe(2);
    expect((await run(['text', 'train', '--feedback', 'labelled.csv'])).code).toBe(2);
    expect(existsSync(join(dir, 'nothing.csv.tropa-model.json'))).toBe(false);
  });
});
