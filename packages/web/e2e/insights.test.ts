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

// The demo workspace as `npm start` seeds it: sign in with the printed demo account, wait for the demo data
// to be imported, open the generalized map's insights and read the funnel the analytics computed.
const available = browserAvailable('insights.test');

describe.skipIf(!available)('web app: the demo map and its insights', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('signs in to the demo, sees maps with roles and review status, and the funnel of the demo data', async () => {
    const { page, errors } = await h.page('ru-RU');
    await signInDemo(h, page, 'ru');
    expect(await page.locator('.map-item.role').count()).toBe(5);
    await waitForDemoData(page);
    await page.locator('.dataset-list .status.ready').waitFor();
    await page.screenshot({ path: join(SHOTS, '10-demo-home.png') });

    // A role map: shown over the generalized map, with the role's own cards marked.
    await page.locator('.map-item.role a').first().click();
    await page.locator('.map-grid').waitFor();
    expect(await page.locator('.card.overridden').count()).toBeGreaterThan(0);
    expect(await page.locator('.card:not(.overridden)').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, '11-demo-role-map.png') });
    // The role switch leads to the generalized map.
    const generalized = page.locator('.role-switch option', { hasText: 'Обобщённая карта' });
    await page.locator('.role-switch').selectOption((await generalized.getAttribute('value')) ?? '');
    await page.locator('.role-note').waitFor({ state: 'detached' });
    await page.screenshot({ path: join(SHOTS, '11-demo-editor.png') });
    // Presentation mode: the map alone, read-only; Esc leaves.
    await page.getByRole('button', { name: 'Показ' }).click();
    await page.getByRole('dialog').locator('.map-grid').waitFor();
    expect(await page.getByRole('dialog').getByRole('button', { name: 'Переименовать этап' }).count()).toBe(
      0,
    );
    await page.screenshot({ path: join(SHOTS, '11b-demo-presentation.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Аналитика' }).click();
    await page.locator('.funnel-step').first().waitFor({ timeout: 60_000 });
    const steps = page.locator('.funnel-step');
    expect(await steps.count()).toBe(8);
    // The first stage holds every partner; the funnel only narrows from there.
    await expect(steps.first().textContent()).resolves.toContain('100');
    const widths = await page
      .locator('.funnel-bar')
      .evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().width));
    for (let i = 1; i < widths.length; i++) expect(widths[i]).toBeLessThanOrEqual(widths[i - 1] ?? 0);
    await page.locator('.kpi-tile').first().waitFor();
    await page.screenshot({ path: join(SHOTS, '12-demo-insights.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 150_000);
});
