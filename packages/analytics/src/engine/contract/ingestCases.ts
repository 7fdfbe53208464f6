import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { IngestError } from '../../ingest/errors.ts';
import { SMALL_EVENTS, toCsv, toXes, writeSmallLog, writeSmallParquet } from '../../testing/smallJourney.ts';
import type { ContractContext } from './context.ts';

/** Ingest cases: formats, encodings, dates, errors that name their line, all-or-nothing. */
export function ingestCases(ctx: ContractContext): void {
  ctx.test('ingests a CSV and counts cases, events, activities, channels', async () => {
    const stats = await ctx.small.run({ kind: 'stats' });
    expect(stats).toEqual({
      cases: 5,
      events: 17,
      activities: 7,
      channels: 4,
      firstEventAt: '2024-01-01T08:00:00.000Z',
      lastEventAt: '2024-06-01T10:00:00.000Z',
    });
    expect(await ctx.small.attributes()).toEqual(['age_group']);
  });

  for (const kind of ['csv.gz', 'jsonl', 'xes', 'csv-1251'] as const) {
    ctx.test(`reads ${kind} to the same graph as CSV`, async () => {
      const path = writeSmallLog(await mkdtemp(join(ctx.dir, 'f-')), kind);
      const id = `small-${kind.replace('.', '-')}`;
      await ctx.engine.createDataset(id, {
        events: { path, ...(kind === 'xes' ? { mapping: { channel: 'channel' } } : {}) },
      });
      const other = await ctx.engine.openDataset(id);
      expect(await other.run({ kind: 'dfg' })).toEqual(await ctx.small.run({ kind: 'dfg' }));
      expect(await other.run({ kind: 'variants', top: 10 })).toEqual(
        await ctx.small.run({ kind: 'variants', top: 10 }),
      );
    });
  }

  ctx.test('reads Parquet to the same graph as CSV', async () => {
    const path = await writeSmallParquet(await mkdtemp(join(ctx.dir, 'pq-')));
    await ctx.engine.createDataset('small-parquet', { events: { path } });
    const other = await ctx.engine.openDataset('small-parquet');
    expect(await other.run({ kind: 'dfg' })).toEqual(await ctx.small.run({ kind: 'dfg' }));
  });

  ctx.test('reads epoch seconds and milliseconds', async () => {
    const path = join(ctx.dir, 'epoch.csv');
    await writeFile(path, 'case_id,activity,ts\nc1,a,1704103200\nc1,b,1704106800000\n');
    await ctx.engine.createDataset('epoch', { events: { path } });
    const stats = await (await ctx.engine.openDataset('epoch')).run({ kind: 'stats' });
    expect([stats.firstEventAt, stats.lastEventAt]).toEqual([
      '2024-01-01T10:00:00.000Z',
      '2024-01-01T11:00:00.000Z',
    ]);
  });

  ctx.test('a bad timestamp names its line and leaves no dataset behind', async () => {
    const events = SMALL_EVENTS.map((ev, i) => (i === 6 ? { ...ev, ts: '2024-13-45 25:00' } : ev));
    const path = join(ctx.dir, 'bad.csv');
    await writeFile(path, toCsv(events));
    const error = await ctx.engine.createDataset('bad', { events: { path } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    const ingest = error as IngestError;
    expect(ingest.badRows).toEqual([
      { line: 8, column: 'ts', value: '2024-13-45 25:00', problem: 'timestamp' },
    ]);
    expect(ingest.message).toContain('line 8');
    expect(ingest.text('ru')).toContain('строка 8');
    expect(await ctx.engine.hasDataset('bad')).toBe(false);
    expect((await readdir(join(ctx.dir, 'data', 'datasets'))).filter((f) => f.includes('bad'))).toEqual([]);
  });

  ctx.test('XES: a bad date names the line of its event; broken XML names its line', async () => {
    const events = SMALL_EVENTS.map((ev, i) => (i === 9 ? { ...ev, ts: 'soon' } : ev));
    const text = toXes(events);
    const path = join(ctx.dir, 'bad.xes');
    await writeFile(path, text);
    const error = await ctx.engine.createDataset('badxes', { events: { path } }).catch((e: unknown) => e);
    const lines = text.split('\n');
    const expected = lines.findIndex((l) => l.includes('value="soon"')) - 2 + 1;
    expect(lines[expected - 1]?.trim()).toBe('<event>');
    expect((error as IngestError).badRows).toEqual([
      { line: expected, column: 'time:timestamp', value: 'soon', problem: 'timestamp' },
    ]);
    await writeFile(path, text.replace('</trace>', '</trac>'));
    const broken = await ctx.engine.createDataset('badxes', { events: { path } }).catch((e: unknown) => e);
    expect((broken as IngestError).code).toBe('parse');
    expect((broken as IngestError).message).toMatch(/line \d+: not valid XES/);
    expect(await ctx.engine.hasDataset('badxes')).toBe(false);
  });

  ctx.test('refuses a UTF-16 file with a clear encoding error', async () => {
    const path = join(ctx.dir, 'utf16.csv');
    await writeFile(path, Buffer.from(`\uFEFF${toCsv(SMALL_EVENTS)}`, 'utf16le'));
    const error = await ctx.engine.createDataset('utf16', { events: { path } }).catch((e: unknown) => e);
    expect((error as IngestError).code).toBe('encoding');
    expect((error as IngestError).message).toMatch(/UTF-16.*UTF-8/);
    expect(await ctx.engine.hasDataset('utf16')).toBe(false);
  });

  ctx.test('reads Russian dates (дд.мм.гггг чч:мм) and date-only values', async () => {
    const path = join(ctx.dir, 'ru.csv');
    await writeFile(
      path,
      'ИД;Событие;Время\nк1;Звонок;05.03.2024 14:30\nк1;Письмо;2024-03-06\nк1;Встреча;06.03.2024 09:00\n',
    );
    await ctx.engine.createDataset('ru', {
      events: { path, mapping: { case: 'ИД', activity: 'Событие', timestamp: 'Время' } },
    });
    const ru = await ctx.engine.openDataset('ru');
    const graph = await ru.run({ kind: 'dfg' });
    expect(graph.edges).toEqual([
      {
        from: 'Звонок',
        to: 'Письмо',
        count: 1,
        meanSeconds: 34200,
        medianSeconds: 34200,
        p90Seconds: 34200,
      },
      {
        from: 'Письмо',
        to: 'Встреча',
        count: 1,
        meanSeconds: 32400,
        medianSeconds: 32400,
        p90Seconds: 32400,
      },
    ]);
  });

  ctx.test('surveys and feedback: range checks name the line, column and value', async () => {
    const events = writeSmallLog(await mkdtemp(join(ctx.dir, 's-')), 'csv');
    const surveys = join(ctx.dir, 'surveys.csv');
    await writeFile(
      surveys,
      'case_id,ts,stage,nps,csat,ces,comment\nc1,2024-01-02,s-request,9,5,,ok\nc2,2024-01-03,,11,,,\n',
    );
    const error = await ctx.engine
      .createDataset('sv', { events: { path: events }, surveys: { path: surveys } })
      .catch((e: unknown) => e);
    expect((error as IngestError).badRows).toEqual([
      { line: 3, column: 'nps', value: '11', problem: 'range' },
    ]);
    expect(await ctx.engine.hasDataset('sv')).toBe(false);

    await writeFile(
      surveys,
      'case_id,ts,stage,nps,csat,ces,comment\nc1,2024-01-02,s-request,9,5,,ok\nc2,2024-01-03,,3,,7,\n',
    );
    const feedback = join(ctx.dir, 'feedback.jsonl');
    await writeFile(
      feedback,
      `${JSON.stringify({ ts: '2024-01-05', source: 'customer', text: 'Долго ждали КП' })}\n`,
    );
    const summary = await ctx.engine.createDataset('sv', {
      events: { path: events },
      surveys: { path: surveys },
      feedback: { path: feedback, format: 'jsonl' },
    });
    expect([summary.surveys, summary.feedback]).toEqual([2, 1]);
    const scores = await (await ctx.engine.openDataset('sv')).run({ kind: 'surveyScores', groupBy: 'none' });
    expect(scores.groups[0]).toMatchObject({
      nps: { promoters: 1, passives: 0, detractors: 1 },
      csat: { satisfied: 1, n: 1 },
    });
  });

  ctx.test('reports progress through the callback, ending with done', async () => {
    const phases: string[] = [];
    const path = writeSmallLog(await mkdtemp(join(ctx.dir, 'p-')), 'xes');
    await ctx.engine.createDataset(
      'progress',
      { events: { path } },
      { onProgress: (p) => phases.push(p.phase) },
    );
    expect(phases[0]).toBe('read');
    expect(phases).toContain('sort');
    expect(phases.at(-1)).toBe('done');
  });

  ctx.test('two ctx.engine objects on one data directory share the dataset', async () => {
    const other = ctx.makeEngine(join(ctx.dir, 'data'));
    const fromOther = await other.openDataset('small');
    expect((await fromOther.run({ kind: 'stats' })).cases).toBe(5);
    await other.close();
    expect((await ctx.small.run({ kind: 'stats' })).cases).toBe(5);
  });

  ctx.test('line numbers count line breaks inside quoted fields and a byte-order mark', async () => {
    const path = join(ctx.dir, 'multiline.csv');
    await writeFile(
      path,
      '\uFEFFcase_id;activity;ts;note\r\nc1;a;2024-01-01;"two\r\nlines"\r\nc1;b;2024-01-02;x\r\nc2;a;not a date;y\r\n',
    );
    const error = await ctx.engine.createDataset('multiline', { events: { path } }).catch((e: unknown) => e);
    expect((error as IngestError).badRows).toEqual([
      { line: 5, column: 'ts', value: 'not a date', problem: 'timestamp' },
    ]);
  });

  ctx.test('a dataset handle sees the data of a re-ingest of its id', async () => {
    const path = writeSmallLog(await mkdtemp(join(ctx.dir, 'r-')), 'csv');
    await ctx.engine.createDataset('again', { events: { path } });
    const handle = await ctx.engine.openDataset('again');
    expect((await handle.run({ kind: 'stats' })).cases).toBe(5);
    await writeFile(path, toCsv(SMALL_EVENTS.filter((e) => e.case_id !== 'c5')));
    await ctx.engine.createDataset('again', { events: { path } });
    expect((await handle.run({ kind: 'stats' })).cases).toBe(4);
  });

  ctx.test('a failed re-ingest keeps the previous dataset intact', async () => {
    const path = join(ctx.dir, 'missing.csv');
    await writeFile(path, 'who,what\nc1,x\n');
    const error = await ctx.engine.createDataset('small', { events: { path } }).catch((e: unknown) => e);
    expect((error as IngestError).code).toBe('missing-column');
    expect((error as IngestError).message).toContain('--case');
    const again = await ctx.engine.openDataset('small');
    expect((await again.run({ kind: 'stats' })).events).toBe(17);
  });
}
