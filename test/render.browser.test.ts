import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type Journey, type JourneyInput, renderJourneyHtml, renderJourneySvg } from '@tropa/core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoleMapsBeside } from '../packages/cli/src/load.ts';
import { buildJourney } from '../packages/core/src/render/testJourney.ts';

// Renders maps, opens them in the real Debian Chromium and checks what a person would see:
// every stage and lane visible, no text cut off or spilling out, no console errors, nothing
// loaded from outside, and that it prints on A3 landscape. Screenshots go to out/render-test/.
const CHROMIUM = '/usr/bin/chromium';
const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'out', 'render-test');
const available = existsSync(CHROMIUM);
if (!available) console.warn(`render.browser.test: ${CHROMIUM} not found, browser checks SKIPPED.`);

const LONG =
  'Согласование договора занимает больше двух недель: юристы партнёра проверяют каждый пункт, а Сверхдлинноесловобезпробеловкотороенеуместитсявстроку всё равно должно переноситься.';

function manyStages(count: number): Journey {
  const stages = Array.from({ length: count }, (_, i) => ({
    id: `s${i}`,
    name: `Этап ${i + 1}. ${LONG.slice(0, 30)}`,
    goal: LONG,
  }));
  const cards = (make: (stage: string, i: number) => Record<string, unknown>) =>
    stages.map((s, i) => make(s.id, i));
  const lanes = [
    { id: 'l-a', type: 'actions', cards: cards((stage) => ({ stage, text: LONG })) },
    {
      id: 'l-tp',
      type: 'touchpoints',
      cards: cards((stage) => ({ stage, touchpoint: 't-form', text: LONG })),
    },
    { id: 'l-ch', type: 'channels', cards: cards((stage) => ({ stage, channel: 'tg', text: LONG })) },
    { id: 'l-th', type: 'thoughts', cards: cards((stage) => ({ stage, quote: LONG })) },
    {
      id: 'l-em',
      type: 'emotions',
      cards: cards((stage, i) => ({
        stage,
        emotion: (i % 5) - 2,
        feeling: 'disappointment',
        text: LONG,
      })).filter((_, i) => i % 4 !== 3),
    },
    {
      id: 'l-p',
      type: 'pains',
      cards: cards((stage, i) => ({
        stage,
        text: LONG,
        severity: 'critical',
        quitPoint: i % 2 === 0,
        evidence: LONG,
      })),
    },
    { id: 'l-o', type: 'opportunities', cards: cards((stage) => ({ stage, text: LONG, severity: 'low' })) },
    { id: 'l-w', type: 'wow', cards: cards((stage) => ({ stage, text: LONG })) },
    { id: 'l-k', type: 'kpis', cards: cards((stage) => ({ stage, kpi: 'k-repeat', text: LONG })) },
    {
      id: 'l-b',
      type: 'backstage',
      cards: cards((stage) => ({ stage, text: LONG, kind: 'system', owner: LONG.slice(0, 60) })),
    },
    { id: 'l-t', type: 'text', cards: cards((stage) => ({ stage, text: LONG })) },
  ];
  return buildJourney({
    lang: 'ru',
    title: LONG,
    stages,
    // The schema checks these cards when the factory parses them.
    lanes: lanes as JourneyInput['lanes'],
    touchpoints: [{ id: 't-form', name: LONG, stage: 's0', channel: 'site', owner: LONG.slice(0, 40) }],
  });
}

const EXAMPLES = [
  'examples/b2b-partner-journey/ru/partner-journey.yaml',
  'examples/b2b-partner-journey/en/partner-journey.yaml',
  'examples/b2c-contact-centre/ru/contact-centre.yaml',
];

/** The example maps and every role map beside them, resolved by the CLI's loader as `tropa render` does. */
async function exampleJourneys(): Promise<{ bases: [string, Journey][]; roles: [string, Journey][] }> {
  const bases: [string, Journey][] = [];
  const roles: [string, Journey][] = [];
  for (const file of EXAMPLES) {
    const loaded = await loadRoleMapsBeside(join(root, file), { lang: 'en', cwd: root });
    for (const result of [loaded.base, ...loaded.roles]) {
      if (!result.ok) throw new Error(`${result.file}: ${result.issues.map((i) => i.message).join('; ')}`);
      const name = relative(root, result.file).replace(/[/.]/g, '_');
      (result.kind === 'role' ? roles : bases).push([name, result.journey]);
    }
  }
  return { bases, roles };
}

const examples = await exampleJourneys();
const CASES: [string, Journey][] = [
  ['small-en', buildJourney()],
  ['three-stages', buildJourney({ stages: buildJourney().stages.slice(0, 3) })],
  ['fifteen-stages-ru', manyStages(15)],
  ...examples.bases,
];

let browser: Browser;
beforeAll(async () => {
  if (!available) return;
  mkdirSync(outDir, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a file and collects console errors, page errors and every request that is not the file itself. */
async function open(file: string, viewport = { width: 1600, height: 1000 }) {
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (r.url() !== `file://${file}`) problems.push(`request: ${r.url()}`);
  });
  await page.goto(`file://${file}`);
  return { page, problems };
}

// Scripts run inside the page; kept as plain JavaScript text since the repo compiles without DOM types.
/** Elements whose text does not fit them: content wider than the box, or sticking out of the board. */
const FIND_OVERFLOW = `(() => {
  const board = document.querySelector('.board').getBoundingClientRect();
  const bad = [];
  const selector = '.cell, .card, .badge, .stage, .stage h3, .lane-head, .caption, .chip, .chip-text, .map-head section, .pt';
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    if (el.scrollWidth > el.clientWidth + 1) bad.push(el.className + ': content ' + el.scrollWidth + ' > box ' + el.clientWidth);
    if (!el.closest('.map-head') && (r.left < board.left - 1 || r.right > board.right + 1))
      bad.push(el.className + ': ' + Math.round(r.left) + '..' + Math.round(r.right) + ' outside the board');
  }
  if (document.documentElement.scrollWidth > window.innerWidth)
    bad.push('page scrolls sideways: ' + document.documentElement.scrollWidth);
  return bad;
})()`;

/** Lines of SVG text that leave their cell's area or their stage's chevron. */
const FIND_SVG_SPILLS = `(() => {
  const bad = [];
  const inside = (box, area) => box.x >= area.x - 1 && box.x + box.width <= area.x + area.width + 1;
  for (const cell of document.querySelectorAll('g.cell')) {
    const area = cell.querySelector('rect.cell-area').getBBox();
    for (const t of cell.querySelectorAll('text')) {
      const box = t.getBBox();
      if (!inside(box, area) || box.y + box.height > area.y + area.height + 1)
        bad.push('cell: ' + t.textContent.slice(0, 40) + ' ' + Math.round(box.x + box.width - area.x - area.width));
    }
  }
  for (const stage of document.querySelectorAll('g.stage')) {
    const area = stage.querySelector('polygon').getBBox();
    for (const t of stage.querySelectorAll('text'))
      if (!inside(t.getBBox(), area)) bad.push('stage: ' + t.textContent.slice(0, 40));
  }
  return bad;
})()`;

function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(FIND_OVERFLOW);
}

/** Renders the HTML map, opens it and checks it on screen and, when `print`, on an A3 landscape sheet. */
async function checkHtml(name: string, journey: Journey, print: boolean) {
  const file = join(outDir, `${name}.html`);
  writeFileSync(file, renderJourneyHtml(journey));
  const { page, problems } = await open(file);
  for (const stage of journey.stages) {
    const head = page.locator(`.stages-row [data-stage="${stage.id}"]`);
    expect(await head.isVisible(), `stage ${stage.id}`).toBe(true);
    expect(await head.textContent()).toContain(stage.name);
  }
  for (const lane of journey.lanes) {
    const row = page.locator(`[data-lane="${lane.id}"]`);
    expect(await row.isVisible(), `lane ${lane.id}`).toBe(true);
    expect((await row.boundingBox())?.height ?? 0).toBeGreaterThan(20);
  }
  const stageIds = new Set(journey.stages.map((s) => s.id));
  const emotionCards = journey.lanes
    .filter((l) => l.type === 'emotions')
    .flatMap((l) => l.cards)
    .filter((c) => stageIds.has(c.stage));
  expect(await page.locator('.pt').count()).toBe(emotionCards.length);
  expect(await overflowing(page)).toEqual([]);
  await page.screenshot({ path: join(outDir, `${name}.png`), fullPage: true });

  if (!print) {
    expect(problems).toEqual([]);
    await page.close();
    return;
  }
  // On paper: an A3 landscape sheet is about 1527 CSS px wide inside its margins; the map must fit it.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 1527, height: 1000 });
  expect(await overflowing(page)).toEqual([]);
  const pdf = await page.pdf({ format: 'A3', landscape: true, printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  writeFileSync(join(outDir, `${name}.pdf`), pdf);
  expect(problems).toEqual([]);
  await page.close();
}

describe.skipIf(!available)('rendered maps in Chromium', () => {
  it.each(CASES)('HTML %s shows every stage and lane, nothing cut off, prints on A3', (name, journey) =>
    checkHtml(name, journey, true),
  );

  it.each(examples.roles)(
    'HTML of role map %s shows every stage and lane, nothing cut off',
    (name, journey) => checkHtml(name, journey, false),
  );

  it.each(CASES)('SVG %s keeps every line of text inside its cell', async (name, journey) => {
    const file = join(outDir, `${name}.svg`);
    writeFileSync(file, renderJourneySvg(journey));
    const { page, problems } = await open(file);
    const spills: string[] = await page.evaluate(FIND_SVG_SPILLS);
    expect(spills).toEqual([]);
    expect(await page.locator('g.stage').count()).toBe(journey.stages.length);
    expect(await page.locator('g.lane').count()).toBe(journey.lanes.length);
    const wrapper = join(outDir, `${name}.svg.html`);
    writeFileSync(
      wrapper,
      `<!DOCTYPE html><html><body style="margin:0"><img src="${name}.svg"></body></html>`,
    );
    const view = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await view.goto(`file://${wrapper}`);
    await view.screenshot({ path: join(outDir, `${name}.svg.png`), fullPage: true });
    await view.close();
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe.runIf(!available && process.env.CI === 'true')('rendered maps in Chromium (CI)', () => {
  it('needs Chromium in CI', () => {
    expect.fail(`${CHROMIUM} is missing: install it with apt-get install -y chromium`);
  });
});
