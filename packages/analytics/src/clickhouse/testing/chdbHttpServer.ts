import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { loadChdb } from '../chdbConnection.ts';

/** A running test front: its URL for `--engine` and how to stop it. */
export interface ChdbHttpServer {
  /** `clickhouse://user:password@127.0.0.1:PORT/default` */
  engineUrl: string;
  /** Statements executed so far (a test can check its engine really went through the front). */
  readonly statements: number;
  close(): Promise<void>;
}

/**
 * ClickHouse's HTTP interface in front of chdb, for tests: @clickhouse/client talks to it as to a server.
 * Every statement is executed by real ClickHouse (chdb) with its own `{name:Type}` binding of the
 * `param_*` values; the front only carries bytes: the query from the URL or the body, an INSERT's body
 * (staged to a file and read by `FROM INFILE`), Basic auth checked against one user, results with
 * `X-ClickHouse-Format`, errors as `Code: N. DB::Exception: …` with `X-ClickHouse-Exception-Code`.
 * Settings in the URL are not applied (chdb's session is opened with the engine's own settings).
 */
export async function startChdbHttpServer(opts: {
  dataDir: string;
  user: string;
  password: string;
}): Promise<ChdbHttpServer> {
  const chdb = await loadChdb();
  if (!chdb) throw new Error('chdb is not installed: npm i --no-save chdb@3.4.0');
  const session = new chdb.Session(join(opts.dataDir, 'chdb'), {
    connectionArgs: [
      '--output_format_json_quote_64bit_integers=0',
      '--max_partitions_per_insert_block=0',
      '--join_use_nulls=1',
    ],
  });
  const uploads = join(opts.dataDir, 'uploads');
  await mkdir(uploads, { recursive: true });
  let statements = 0;
  const expected = `Basic ${Buffer.from(`${opts.user}:${opts.password}`).toString('base64')}`;

  const fail = (res: ServerResponse, status: number, code: number, message: string) => {
    res.writeHead(status, { 'Content-Type': 'text/plain', 'X-ClickHouse-Exception-Code': String(code) });
    res.end(`Code: ${code}. DB::Exception: ${message}. (version 26.7.2.1)\n`);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/ping') return void res.end('Ok.\n');
    const user = req.headers['x-clickhouse-user'];
    const key = req.headers['x-clickhouse-key'];
    const authorized =
      req.headers.authorization === expected || (user === opts.user && key === opts.password);
    if (!authorized)
      return fail(
        res,
        516,
        516,
        `${opts.user}: Authentication failed: password is incorrect, or there is no user with such name`,
      );
    // One database only: chdb's session runs in `default`.
    const database = url.searchParams.get('database') ?? 'default';
    if (database !== 'default') return fail(res, 404, 81, `Database ${database} does not exist`);
    const params: Record<string, string | null> = {};
    for (const [name, value] of url.searchParams)
      if (name.startsWith('param_')) params[name.slice('param_'.length)] = unescapeParam(value);
    let query = url.searchParams.get('query') ?? '';
    let staged: string | undefined;
    if (query !== '' && req.method === 'POST') {
      // The body is an INSERT's data: staged to a file that ClickHouse itself reads.
      staged = join(uploads, `${randomBytes(6).toString('hex')}.bin`);
      await pipeline(req, createWriteStream(staged));
      const insert = /^\s*INSERT\s+INTO\s+(.+?)\s+FORMAT\s+(\w+)\s*$/is.exec(query);
      if (!insert)
        return fail(res, 400, 62, 'Syntax error: the test front takes INSERT … FORMAT with a body only');
      // FROM INFILE takes a literal only: the path is the front's own (hex name under its directory).
      if (!/^[\w/.-]+$/.test(staged)) throw new Error(`Unsafe staging path ${staged}`);
      query = `INSERT INTO ${insert[1]} FROM INFILE '${staged}' FORMAT ${insert[2]}`;
    } else if (req.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      query = Buffer.concat(chunks).toString('utf8');
    }
    const format = url.searchParams.get('default_format') ?? 'TabSeparated';
    statements++;
    try {
      const result = await session.queryBindAsync(query, params, { format });
      const body = result.text();
      res.writeHead(200, {
        'Content-Type': 'text/plain; charset=UTF-8',
        'X-ClickHouse-Format': format,
        'X-ClickHouse-Query-Id': url.searchParams.get('query_id') ?? randomBytes(8).toString('hex'),
        'X-ClickHouse-Summary': JSON.stringify({ read_rows: '0', written_rows: '0' }),
      });
      res.end(body);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const match = /Code: (\d+)\. (?:DB::Exception: )?([\s\S]*)$/.exec(text);
      const code = match ? Number(match[1]) : 1000;
      const message = (match?.[2] ?? text).replace(/\s*\(version [^)]*\)\s*$/, '').replace(/\.$/, '');
      fail(res, 500, code, message);
    } finally {
      if (staged) await rm(staged, { force: true });
    }
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error) => fail(res, 500, 1000, String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const engineUrl = `clickhouse://${encodeURIComponent(opts.user)}:${encodeURIComponent(opts.password)}@127.0.0.1:${port}/default`;
  return {
    engineUrl,
    get statements() {
      return statements;
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      session.close();
    },
  };
}

const ESCAPES: Record<string, string> = {
  b: '\b',
  f: '\f',
  r: '\r',
  n: '\n',
  t: '\t',
  '0': '\0',
  a: '\x07',
  v: '\v',
};

/**
 * A `param_*` value arrives in ClickHouse's escaped (TSV) form, as a server reads it; chdb's `queryBind`
 * escapes what it is given once more, so the front decodes it first (`it\'s` → `it's`), else a quote or a
 * backslash in a value would reach the query doubled.
 */
export function unescapeParam(value: string): string | null {
  if (value === '\\N') return null;
  return value.replace(/\\(.)/gs, (_, c: string) => ESCAPES[c] ?? c);
}
