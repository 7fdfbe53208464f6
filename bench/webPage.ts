import type { BrowserContext, CDPSession, Page } from 'playwright-core';

// What the browser bench measures in the page. The probe is plain JavaScript run before the app's own
// scripts (the root tsconfig has no DOM types); times are milliseconds since navigation start.

/**
 * Records long tasks and long animation frames (their ends tell when the main thread was last busy), the
 * first frame painted after the app's `tropa:map-rendered` mark, and for each keydown the time from the
 * event to the next painted frame (rAF, then a message: the frame's rendering has run by then).
 */
export const PROBE = `(() => {
  const probe = { busyUntil: 0, rendered: undefined, painted: undefined, keys: [], slowEvents: [] };
  window.__tropaBench = probe;
  const afterNextPaint = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  });
  const busy = (list) => {
    for (const e of list.getEntries()) probe.busyUntil = Math.max(probe.busyUntil, e.startTime + e.duration);
  };
  for (const type of ['longtask', 'long-animation-frame']) {
    if (PerformanceObserver.supportedEntryTypes.includes(type)) new PerformanceObserver(busy).observe({ type, buffered: true });
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name !== 'tropa:map-rendered' || probe.rendered !== undefined) continue;
      probe.rendered = e.startTime;
      afterNextPaint((t) => { probe.painted = t; });
    }
  }).observe({ type: 'mark', buffered: true });
  document.addEventListener('keydown', (e) => {
    const start = e.timeStamp;
    afterNextPaint((t) => probe.keys.push([start, t - start]));
  }, true);
  // Event Timing as a cross-check: it reports only events of 16 ms and more (keydown to next paint).
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'keydown') probe.slowEvents.push([e.startTime, e.duration]);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
})()`;

/** Waits in the page until the map is painted and the main thread has had `quietMs` without long work. */
const SETTLED = (quietMs: number) => `new Promise((resolve) => {
  const check = () => {
    const p = window.__tropaBench;
    const done = p.painted === undefined ? undefined : Math.max(p.painted, p.busyUntil);
    if (done !== undefined && performance.now() - done >= ${quietMs})
      resolve({ openMs: done, renderedMs: p.rendered, cards: document.querySelectorAll('.map-grid .card').length });
    else setTimeout(check, 100);
  };
  check();
})`;

/** Chrome's own counters for the page: main-thread task time (s) and JS heap in use (bytes). */
async function metrics(cdp: CDPSession): Promise<{ taskSeconds: number; heapBytes: number }> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
  return { taskSeconds: get('TaskDuration'), heapBytes: get('JSHeapUsedSize') };
}

export interface OpenResult {
  /** Navigation start → grid painted with every card and the main thread idle. */
  seconds: number;
  /** The renderer's main-thread task time over the same span. */
  cpuSeconds: number;
  heapMb: number;
  cards: number;
}

/** Opens `url` in a new page of `context` (which has the probe) and measures until the map has settled. */
export async function openMap(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; cdp: CDPSession; open: OpenResult }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await metrics(cdp);
  await page.goto(url);
  const settled = (await page.evaluate(SETTLED(1000))) as { openMs: number; cards: number };
  const after = await metrics(cdp);
  return {
    page,
    cdp,
    open: {
      seconds: settled.openMs / 1000,
      cpuSeconds: after.taskSeconds - before.taskSeconds,
      heapMb: after.heapBytes / 2 ** 20,
      cards: settled.cards,
    },
  };
}

export interface TypingResult {
  /**
   * Keydown → next painted frame, one per typed character, seconds: the later of the page's own rAF probe
   * (main-thread work of the frame done) and Event Timing's duration (to the frame's presentation, when
   * it reports the key, i.e. from 16 ms on).
   */
  keys: number[];
  /** The rAF probe alone, per typed character. */
  rafKeys: number[];
  /** How many typed keys Event Timing reported (≥ 16 ms). */
  slowKeys: number;
  /** The same as `keys` for Enter, which commits the edit to the map (undo entry, autosave). */
  commitSeconds: number;
  /** Main-thread task time per typed character. */
  cpuPerKey: number;
  /** Main-thread task time from Enter to the autosave's answer. */
  commitCpuSeconds: number;
  heapMb: number;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Clicks the card text matched by `selector`, types `text` key by key as a keyboard would (keydown with the
 * character, keyup; Cyrillic too, which Playwright's keyboard.type would insert without key events) at
 * `delayMs` between keys, then Enter, and waits for the autosave to finish.
 */
export async function typeInCard(
  page: Page,
  cdp: CDPSession,
  selector: string,
  text: string,
  delayMs = 80,
): Promise<TypingResult> {
  await page.locator(selector).first().click();
  await page.locator('.map-grid textarea').waitFor();
  await page.evaluate('window.__tropaBench.keys = []; window.__tropaBench.slowEvents = []');
  await pause(300);
  const before = await metrics(cdp);
  for (const char of text) {
    await cdp.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: char,
      text: char,
      unmodifiedText: char,
    });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: char });
    await pause(delayMs);
  }
  const after = await metrics(cdp);
  const enter = { key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 };
  const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.ok(), { timeout: 30_000 });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', text: '\r', ...enter });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...enter });
  await saved;
  await page.locator('.save-status.saved').waitFor({ timeout: 30_000 });
  const committed = await metrics(cdp);
  await pause(300);
  type Pair = [start: number, ms: number];
  const probe = (await page.evaluate(
    '({ keys: window.__tropaBench.keys, slow: window.__tropaBench.slowEvents })',
  )) as { keys: Pair[]; slow: Pair[] };
  if (probe.keys.length !== text.length + 1)
    throw new Error(`expected ${text.length + 1} keydowns, the page saw ${probe.keys.length}`);
  // Event Timing's startTime is the event's timeStamp, which the probe recorded too.
  const timed = (start: number) => probe.slow.find(([s]) => Math.abs(s - start) < 1)?.[1];
  const keys = probe.keys.map(([start, ms]) => Math.max(ms, timed(start) ?? 0) / 1000);
  return {
    keys: keys.slice(0, -1),
    rafKeys: probe.keys.slice(0, -1).map(([, ms]) => ms / 1000),
    slowKeys: probe.keys.slice(0, -1).filter(([start]) => timed(start) !== undefined).length,
    commitSeconds: keys.at(-1) ?? Number.NaN,
    cpuPerKey: (after.taskSeconds - before.taskSeconds) / text.length,
    commitCpuSeconds: committed.taskSeconds - after.taskSeconds,
    heapMb: (await metrics(cdp)).heapBytes / 2 ** 20,
  };
}
