import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from './errors.ts';
import { xesToCsv } from './xes.ts';
import { OutsideSubset, XmlScanner } from './xmlScanner.ts';

// Everything the fast path must read exactly as saxes does: entities, character references, single
// quotes, `>` inside values, spaces around `=`, comments, nested attributes, empty and self-closing tags.
const LOG = `<?xml version="1.0" encoding="UTF-8" ?>
<!-- a comment with <tags> & ampersands -->
<log xes.version="1.0" xmlns="http://www.xes-standard.org/">
  <string key="concept:name" value="log-level, skipped"/>
  <global scope="event"><string key="concept:name" value="UNKNOWN"/></global>
  <trace>
    <string key = 'concept:name' value = 'case &amp; "one"'/>
    <event>
      <string key="concept:name" value="A &lt;b&gt; &#233;t&#xE9; &#x4E2D; 1 > 0"></string>
      <date key="time:timestamp" value="2024-01-01T10:00:00.000+02:00"/>
      <list key="nested"><string key="concept:name" value="not me"/></list>
    </event>
    <event><string key="concept:name" value="B, with comma"/><date key="time:timestamp" value="2024-01-02T10:00:00Z"/></event>
  </trace>
  <trace><string key="concept:name" value="c2"/><event><string key="concept:name" value="A"/><date key="time:timestamp" value="2024-01-03T00:00:00Z"/><int key="n" value="7"/></event></trace>
</log>
`;

type Tag = [string, string | undefined, string | undefined] | [string];

function saxesTags(text: string): Tag[] {
  const tags: Tag[] = [];
  const parser = new SaxesParser({ xmlns: false });
  parser.on('opentag', (t) => {
    const { key, value } = t.attributes;
    tags.push([
      t.name,
      typeof key === 'string' ? key : undefined,
      typeof value === 'string' ? value : undefined,
    ]);
  });
  parser.on('closetag', (t) => tags.push([`/${t.name}`]));
  parser.write(text).close();
  return tags;
}

function scannerTags(chunks: string[]): Tag[] {
  const tags: Tag[] = [];
  const scanner = new XmlScanner({
    open: (name, key, value) => tags.push([name, key, value]),
    close: (name) => tags.push([`/${name}`]),
  });
  for (const c of chunks) scanner.write(c);
  scanner.end();
  return tags;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tropa-xml-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function csvOf(text: string, name: string): Promise<string> {
  const path = join(dir, `${name}.xes`);
  await writeFile(path, text);
  await xesToCsv(path, join(dir, `${name}.csv`));
  return readFile(join(dir, `${name}.csv`), 'utf8');
}

describe('XmlScanner', () => {
  it('gives the same elements as saxes wherever the chunks break', () => {
    const expected = saxesTags(LOG);
    expect(expected.length).toBeGreaterThan(20);
    for (let cut = 0; cut <= LOG.length; cut++) {
      expect(scannerTags([LOG.slice(0, cut), LOG.slice(cut)])).toEqual(expected);
    }
    expect(scannerTags([...LOG])).toEqual(expected);
  });

  it.each([
    ['a DOCTYPE', `<!DOCTYPE log>\n${LOG.slice(LOG.indexOf('<log'))}`],
    ['CDATA', LOG.replace('</log>', '<x><![CDATA[text]]></x></log>')],
    ['a tab inside a value', LOG.replace('B, with comma', 'B,\twith tab')],
    ['another processing instruction', LOG.replace('<log ', '<?style x?><log ')],
    ['a non-ASCII tag name', LOG.replace('</log>', '<данные/></log>')],
  ])('leaves %s to the full parser, which reads it', async (_, text) => {
    expect(() => scannerTags([text])).toThrow(OutsideSubset);
    expect(() => saxesTags(text)).not.toThrow();
    const csv = await csvOf(text, 'outside');
    expect(csv.split('\n').filter(Boolean)).toHaveLength(4);
  });

  it('reads the same CSV on the fast path as through saxes', async () => {
    const fast = await csvOf(LOG, 'fast');
    const slow = await csvOf(`<!DOCTYPE log>\n${LOG.slice(LOG.indexOf('<log'))}`, 'slow');
    expect(fast).toBe(slow);
    expect(fast).toContain('"A <b> été 中 1 > 0"');
    expect(fast).toContain('"case & ""one"""');
  });

  it.each([
    ['a mismatched close tag', LOG.replace('</trace>', '</tracer>'), 14],
    ['a < in a value', LOG.replace('B, with comma', 'B < C'), 13],
    ['a duplicate attribute', LOG.replace('<int key="n"', '<int key="n" key="m"'), 15],
    ['an unclosed root', LOG.replace('</log>', ''), 17],
    ['an undefined entity', LOG.replace('&amp;', '&nbsp;'), 7],
  ])('rejects %s with the line saxes names', async (_, text, line) => {
    expect(() => scannerTags([text])).toThrow(OutsideSubset);
    const error = await csvOf(text, 'bad').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toContain(`line ${line}`);
  });
});
