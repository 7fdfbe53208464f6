/**
 * The browser bench of the map editor (`npm run bench -- --only web`, or `npx tsx bench/web.ts [--seed 7]
 * [--runs 5]` alone): the built app on its own server (as the browser tests start it), a seeded map of
 * 40 stages × 12 lanes with 2,000 cards and a trivial baseline map (4 × 3, 10 cards) created through the
 * API, both opened in Chromium and typed into. Open time: navigation start → grid painted with every card
 * and the main thread idle, median of `runs` opens of each map, taken alternately after one warm-up each.
 * Typing: 40 characters into one card's inline editor, keydown → next painted frame, then Enter.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Journey } from '@tropa/core';
import type { APIRequestContext } from 'playwright-core';
import { ensureBuilt, launchBrowser, startServer } from '../packages/web/e2e/appServer.ts';
import type { Measurement, Row } from './measure.ts';
import { bigMap, drawnCards, trivialMap } from './webMap.ts';
import { type OpenResult, openMap, PROBE, type TypingResult, typeInCard } from './webPage.ts';

export const OPEN_TARGET_S = 1.5;
export const KEY_TARGET_S = 0.05;
const TYPED = 'Пилот ждёт второго согласования у закупок';

export const WEB_HEADER = `Tropa map editor in headless Chromium on this machine; baseline: the same page with a trivial map
(4 stages × 3 lanes, 10 cards) in the same run. cpu s: the renderer's main-thread task time (per key on keystroke
rows); peak MB: JS heap in use; rows/s: cards drawn per second (open), keys per second (keystrokes).
Targets: open ≤ ${OPEN_TARGET_S} s, every keystroke < ${KEY_TARGET_S * 1000} ms.`;

const median = (xs: number[]) => quantile(xs, 0.5);
/** Nearest-rank quantile. */
function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

const ms = (seconds: number) => (seconds * 1000).toFixed(1);
const loadNow = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function createMap(
  request: APIRequestContext,
  url: string,
  csrf: string,
  ws: string,
  journey: Journey,
) {
  const answer = await request.post(`${url}/api/workspaces/${ws}/maps`, {
    data: { document: journey },
    headers: { 'x-csrf-token': csrf },
  });
  if (answer.status() !== 201)
    throw new Error(`creating ${journey.id}: ${answer.status()} ${await answer.text()}`);
  const { map } = (await answer.json()) as { map: { id: string } };
  return `${url}/w/${ws}/maps/${map.id}`;
}

const asMeasurement = (
  seconds: number,
  cpuSeconds: number,
  perSecond: number,
  heapMb: number,
): Measurement => ({
  seconds,
  cpuSeconds,
  rowsPerSecond: perSecond,
  peakMb: heapMb,
});

function openRow(step: string, runs: OpenResult[], base: OpenResult[]): Row {
  const of = (list: OpenResult[]) => {
    const seconds = median(list.map((r) => r.seconds));
    return asMeasurement(
      seconds,
      median(list.map((r) => r.cpuSeconds)),
      (list[0]?.cards ?? 0) / seconds,
      Math.max(...list.map((r) => r.heapMb)),
    );
  };
  return { step, m: of(runs), baseline: of(base), target: OPEN_TARGET_S };
}

function keyRows(big: TypingResult, base: TypingResult): Row[] {
  const at = (t: TypingResult, q: number) => {
    const s = quantile(t.keys, q);
    return asMeasurement(s, t.cpuPerKey, 1 / s, t.heapMb);
  };
  const rows: Row[] = [
    ['keystroke p50', 0.5],
    ['keystroke p95', 0.95],
    ['keystroke max', 1],
  ].map(([name, q]) => ({
    step: `${name} (${big.keys.length} keys)`,
    m: at(big, Number(q)),
    baseline: at(base, Number(q)),
    target: KEY_TARGET_S,
  }));
  const commit = (t: TypingResult) =>
    asMeasurement(t.commitSeconds, t.commitCpuSeconds, 1 / t.commitSeconds, t.heapMb);
  rows.push({ step: 'commit the edit (Enter → painted)', m: commit(big), baseline: commit(base) });
  return rows;
}

/** Runs the browser bench and returns its rows and a few lines about the run (load, card counts). */
export async function benchWeb(options: { seed: number; runs: number; log(text: string): void }) {
  const { seed, runs, log } = options;
  log('Web: building the app if needed, starting the server…');
  ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'tropa-bench-web-'));
  const server = await startServer(dataDir);
  const browser = await launchBrowser();
  const notes = [`load average (1, 5, 15 min) at the start: ${loadNow()}`];
  try {
    const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1440, height: 900 } });
    await context.addInitScript({ content: PROBE });
    const signIn = await context.request.post(`${server.url}/api/auth/sign-in`, { data: server.demo });
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const { workspaces } = (await (await context.request.get(`${server.url}/api/workspaces`)).json()) as {
      workspaces: { id: string }[];
    };
    const ws = workspaces[0]?.id;
    if (!ws) throw new Error('the demo workspace is missing');
    const big = bigMap(seed);
    const small = trivialMap();
    const maps = [big, small].map((j) => ({ journey: j, cards: drawnCards(j) }));
    const urls = await Promise.all(
      maps.map((m) => createMap(context.request, server.url, csrfToken, ws, m.journey)),
    );
    const opens: OpenResult[][] = [[], []];
    for (let run = 0; run <= runs; run++) {
      for (const [i, url] of urls.entries()) {
        const { page, open } = await openMap(context, url);
        if (open.cards !== maps[i]?.cards)
          throw new Error(`${url}: ${open.cards} cards drawn, expected ${maps[i]?.cards}`);
        if (run > 0) opens[i]?.push(open);
        log(
          `  ${maps[i]?.journey.id} open ${run === 0 ? '(warm-up)' : run}: ${open.seconds.toFixed(3)} s, ${open.cpuSeconds.toFixed(3)} s main-thread tasks`,
        );
        await page.close();
      }
    }
    const typing: TypingResult[] = [];
    for (const [i, url] of urls.entries()) {
      const { page, cdp } = await openMap(context, url);
      const stage = maps[i]?.journey.stages[1]?.id;
      typing.push(
        await typeInCard(page, cdp, `.cell.lane-actions[data-stage="${stage}"] .card .inline-text`, TYPED),
      );
      log(
        `  ${maps[i]?.journey.id} typing: p95 ${(quantile(typing[i]?.keys ?? [], 0.95) * 1000).toFixed(1)} ms`,
      );
      await page.close();
    }
    notes.push(`load average at the end: ${loadNow()}`);
    const [bigTyping, smallTyping] = typing as [TypingResult, TypingResult];
    notes.push(
      `keys Event Timing reported (≥ 16 ms): ${bigTyping.slowKeys} of ${bigTyping.keys.length} on the big map, ${smallTyping.slowKeys} on the baseline; rAF probe alone, big map: p50 ${ms(quantile(bigTyping.rafKeys, 0.5))}, p95 ${ms(quantile(bigTyping.rafKeys, 0.95))} ms`,
    );
    const rows: Row[] = [
      openRow(
        `open ${big.stages.length}×${big.lanes.length} map, ${maps[0]?.cards} cards drawn (median of ${runs})`,
        opens[0] ?? [],
        opens[1] ?? [],
      ),
      ...keyRows(bigTyping, smallTyping),
    ];
    return { rows, notes };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: { seed: { type: 'string', default: '7' }, runs: { type: 'string', default: '5' } },
  });
  const { table } = await import('./measure.ts');
  const log = (text: string) => process.stderr.write(`${text}\n`);
  const { rows, notes } = await benchWeb({ seed: Number(values.seed), runs: Number(values.runs), log });
  process.stdout.write(`\n${WEB_HEADER}\n${notes.join('\n')}\n\n${table(rows)}\n`);
}
