import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, type Harness, SHOTS, signInDemo, startHarness } from './harness.ts';

// The demo map's optimization plan: move an improvement to another column, reload and find it there;
// the value / effort matrix; then the reviews screen with its policy, and a snapshot taken from the demo data.
const available = browserAvailable('plan.test');

describe.skipIf(!available)('web app: the plan and reviews of the demo map', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('moves an improvement on the board, finds it saved after a reload, and opens the reviews', async () => {
    const { page, errors } = await h.page('en-US');
    await signInDemo(h, page);
    await page.locator('.map-item.journey a').first().click();
    await page.locator('.map-grid').waitFor();

    await page
      .getByRole('navigation', { name: 'Views of the map' })
      .getByRole('link', { name: 'Plan' })
      .click();
    await page.locator('.plan-board').waitFor();
    const card = page.locator('.improvement-card').first();
    const id = await card.getAttribute('data-improvement');
    const from = await card.locator('xpath=ancestor::section[1]').getAttribute('data-status');
    expect(id).toBeTruthy();
    const to = from === 'in-progress' ? 'planned' : 'in-progress';
    await page.screenshot({ path: join(SHOTS, '20-plan-board.png') });

    await card.getByLabel('Status').selectOption(to);
    const moved = `.plan-column[data-status="${to}"] [data-improvement="${id}"]`;
    await page.locator(moved).waitFor();
    await page.locator('.save-status.saved').waitFor({ timeout: 10_000 });
    // Undo puts it back, redo moves it again: the move is an editor command like any other.
    await page.getByRole('button', { name: /Undo/ }).click();
    await page.locator(`.plan-column[data-status="${from}"] [data-improvement="${id}"]`).waitFor();
    await page.getByRole('button', { name: /Redo/ }).click();
    await page.locator(moved).waitFor();
    await page.locator('.save-status.saved').waitFor({ timeout: 10_000 });

    await page.reload();
    await page.locator(moved).waitFor();
    expect(await page.locator('.improvement-card .addresses li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, '21-plan-moved.png') });

    // A new improvement: the form refuses it without a title, then adds it to the ideas.
    const ideas = await page.locator('.plan-column[data-status="idea"] .improvement-card').count();
    await page.getByRole('button', { name: 'Add improvement' }).click();
    const form = page.locator('.improvement-form');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByRole('alert').waitFor();
    await form.getByLabel('Title').fill('Self-service order tracking');
    await form.getByLabel('Owner').fill('Digital services');
    await form.getByLabel('Value').selectOption('4');
    await form.getByLabel('Effort').selectOption('2');
    await page.screenshot({ path: join(SHOTS, '21b-plan-form.png') });
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.locator('.plan-column[data-status="idea"] .improvement-card').count())
      .toBe(ideas + 1);

    await page.getByRole('tab', { name: 'Value / effort' }).click();
    await page.locator('.value-effort .dot').first().waitFor();
    await page.screenshot({ path: join(SHOTS, '22-plan-matrix.png') });

    await page.getByRole('link', { name: 'Reviews' }).click();
    await page.locator('.review-policy .due-badge').waitFor();
    // The demo data is imported in the background at first start; a snapshot needs it ready.
    for (let i = 0; i < 60 && (await page.locator('.take-snapshot select').count()) === 0; i++) {
      await page.waitForTimeout(1000);
      await page.reload();
      await page.locator('.snapshots').waitFor();
    }
    for (const notes of ['Before the pilot', 'After the pilot']) {
      const before = await page.locator('.snapshot-item').count();
      await page.getByLabel('Notes').fill(notes);
      await page.locator('.take-snapshot').getByRole('button', { name: 'Take snapshot' }).click();
      await expect.poll(() => page.locator('.snapshot-item').count(), { timeout: 60_000 }).toBe(before + 1);
    }
    await page.locator('.compare-table tbody tr').first().waitFor();
    expect(await page.locator('.compare-table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.review-policy .due-badge').getAttribute('data-status')).toBe('ok');
    await page.screenshot({ path: join(SHOTS, '23-reviews.png'), fullPage: true });
    // The same screens in Russian.
    await page.getByRole('button', { name: 'RU' }).click();
    await page.getByRole('region', { name: 'Порядок обзора' }).waitFor();
    await page.getByRole('link', { name: 'План' }).click();
    await page.getByRole('region', { name: 'В работе' }).waitFor();
    await page.screenshot({ path: join(SHOTS, '24-plan-ru.png') });
    expect(errors).toEqual([]);
  }, 150_000);
});
