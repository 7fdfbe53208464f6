import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  type Harness,
  SHOTS,
  signInDemo,
  startHarness,
  waitForDemoData,
} from './harness.ts';

// The demo map's touchpoint graph over the demo data: nodes by stage, edges of differing thickness, the
// frequency / time labels, the paths slider, the cases behind an edge, and the view in Russian.
const available = browserAvailable('graph.test');

describe.skipIf(!available)('web app: the graph view of the demo map', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('draws the directly-follows graph, filters rare paths and lists the cases of an edge', async () => {
    const { page, errors } = await h.page('en-US');
    await signInDemo(h, page);
    await waitForDemoData(page);
    await page.locator('.map-item.journey a').first().click();
    await page
      .getByRole('navigation', { name: 'Views of the map' })
      .getByRole('link', { name: 'Graph' })
      .click();
    expect(new URL(page.url()).pathname).toMatch(/\/maps\/[^/]+\/graph$/);
    await page.locator('.tp-node').first().waitFor({ timeout: 60_000 });

    // Touchpoints of the map by stage; the one without a match rule is drawn, dimmed.
    expect(await page.locator('.tp-node').count()).toBeGreaterThan(20);
    expect(await page.locator('.stage-band').count()).toBe(8);
    expect(await page.locator('.tp-node.status-seen').count()).toBeGreaterThan(20);
    expect(await page.locator('.tp-node.status-not-tracked').count()).toBeGreaterThan(0);
    await page.locator('[data-marker="start"]').waitFor();
    await page.locator('[data-marker="end"]').waitFor();
    // Stage columns run left to right: the first stage's touchpoints left of the last stage's.
    const xOf = (id: string) =>
      page.locator(`[data-touchpoint="${id}"]`).evaluate((n) => n.getBoundingClientRect().x);
    expect(await xOf('t-site-visit')).toBeLessThan(await xOf('t-offer'));
    expect(await xOf('t-offer')).toBeLessThan(await xOf('t-repeat-order'));

    const widths = await page
      .locator('.journey-edge')
      .evaluateAll((paths) =>
        paths.map((p) =>
          Number.parseFloat((p as unknown as { style: { strokeWidth: string } }).style.strokeWidth),
        ),
      );
    expect(new Set(widths.map((w) => Math.round(w))).size).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.journey-edge.kind-back').count()).toBeGreaterThan(0);
    expect(await page.locator('.journey-edge.kind-loop').count()).toBeGreaterThan(0);

    const labels = () => page.locator('.edge-label').allTextContents();
    const counts = await labels();
    expect(counts.length).toBeGreaterThan(10);
    for (const label of counts) expect(label).toMatch(/^\d[\d,]*$/);
    await page.screenshot({ path: join(SHOTS, '30-graph-frequency.png') });

    await page.getByRole('button', { name: 'Median time' }).click();
    await expect.poll(async () => (await labels())[0]).toMatch(/(min|h|d)$/);
    for (const label of await labels()) expect(label).toMatch(/^[\d.]+ (min|h|d)$/);
    expect(await page.locator('.journey-edge.tone-slow-3').count()).toBeGreaterThan(0);
    expect(await page.locator('.journey-edge.tone-slow-0').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, '31-graph-time.png') });
    await page.getByRole('button', { name: 'Frequency' }).click();

    // The paths slider: fewer edges at its minimum (each touchpoint still connected), all at its maximum.
    const edges = () => page.locator('.react-flow__edge').count();
    const before = await edges();
    const slider = page.getByRole('slider', { name: 'Paths' });
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(edges).toBeLessThan(before);
    const least = await edges();
    expect(await page.getByRole('status').filter({ hasText: 'paths shown' }).textContent()).toContain(
      `${least} of`,
    );
    await page.screenshot({ path: join(SHOTS, '32-graph-few-paths.png') });
    await page.keyboard.press('End');
    await expect.poll(edges).toBeGreaterThan(before);
    expect(await page.getByRole('status').filter({ hasText: 'paths shown' }).textContent()).toContain(
      '0 hidden',
    );
    await slider.fill('20');
    await expect.poll(edges).toBe(before);

    // An edge's cases: the busiest label is the first; the panel shows its figures and the cases behind it.
    await page.locator('.edge-label').first().click();
    const panel = page.locator('.graph-cases');
    await panel.getByText('Transitions').waitFor();
    // The busiest step runs from the site visit to the catalogue, both in the first stage.
    await panel.getByText('A step inside one stage').waitFor();
    expect(await panel.locator('.graph-figures').textContent()).toMatch(/Of the steps out\d+%/);
    // The cases behind the edge, from GET …/analytics/cases: a total, then each case with its path as chips.
    await panel.getByText(/\d+ partners passed here/).waitFor({ timeout: 30_000 });
    expect(await panel.locator('.case-item').count()).toBeGreaterThan(0);
    expect(await panel.locator('.case-item').first().textContent()).toMatch(/\d/);
    // The selected step is marked in each case's path.
    expect(await panel.locator('.case-item').first().locator('.path-chip.marked').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, '33-graph-edge-cases.png') });
    await page.locator('[data-touchpoint="t-offer"]').click();
    await panel.getByText('Partners').waitFor();

    await page.getByRole('button', { name: 'RU' }).click();
    await page.getByRole('button', { name: 'Частота' }).waitFor();
    await page.getByRole('slider', { name: 'Переходы' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Показано' }).waitFor();
    await panel.getByText('Партнёры', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Медиана времени' }).click();
    await expect.poll(async () => (await labels())[0]).toMatch(/(мин|ч|дн\.)$/);
    await page.screenshot({ path: join(SHOTS, '34-graph-ru.png') });
    expect(errors).toEqual([]);
  }, 180_000);
});
