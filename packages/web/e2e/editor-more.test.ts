import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, type Harness, SHOTS, startHarness } from './harness.ts';

// The editor beyond text cards, on the demo workspace: touchpoint and KPI cards, a comment on a card with its
// badge, a role map edited as overrides of its document, the divergence of roles, and a 409 merged.
const available = browserAvailable('editor-more.test');

describe.skipIf(!available)('web app: cards of every lane, card comments, role maps, merges', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });
  const saved = (page: Page) => page.locator('.save-status.saved').waitFor({ timeout: 15_000 });

  async function signIn(locale = 'en-US') {
    const opened = await h.page(locale);
    const { page } = opened;
    await page.goto(`${h.url}/sign-in`);
    await page.getByLabel(/E-mail|Эл. почта/).fill(h.demo.email);
    await page.getByLabel(/Password|Пароль/).fill(h.demo.password);
    await page.locator('button[type="submit"]').click();
    await page.locator('.map-item').first().waitFor();
    return opened;
  }

  async function openDemoMap(page: Page) {
    await page.locator('.map-item.journey a').first().click();
    await page.locator('.map-grid').waitFor();
  }

  it('adds a touchpoint card with a new touchpoint and a KPI card with a new KPI; both survive a reload', async () => {
    const { page, errors } = await signIn();
    await openDemoMap(page);
    const stage = await page.locator('.stage-header').nth(1).getAttribute('data-stage');

    const tpCell = page.locator(`.cell.lane-touchpoints[data-stage="${stage}"]`);
    const tpBefore = await tpCell.locator('.card').count();
    await tpCell.hover();
    await tpCell.locator('.cell-add').click();
    const picker = tpCell.locator('.linked-picker');
    await picker.getByLabel('Name').fill('Callback request');
    await picker.getByLabel('Channel').selectOption({ index: 1 });
    await picker.getByLabel('Owner (department)').fill('Sales desk');
    await shot(page, '30-touchpoint-picker');
    await picker.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => tpCell.locator('.card').count()).toBe(tpBefore + 1);
    await expect(tpCell.locator('.card').last().textContent()).resolves.toContain('Callback request');

    const kpiCell = page.locator(`.cell.lane-kpis[data-stage="${stage}"]`);
    const kpiBefore = await kpiCell.locator('.card').count();
    await kpiCell.hover();
    await kpiCell.locator('.cell-add').click();
    const kpiPicker = kpiCell.locator('.linked-picker');
    await kpiPicker.getByLabel('Type').selectOption('csat');
    await kpiPicker.getByLabel('Name').fill('Callback CSAT');
    await kpiPicker.getByLabel('Target').fill('0.85');
    await shot(page, '31-kpi-picker');
    await kpiPicker.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => kpiCell.locator('.card').count()).toBe(kpiBefore + 1);
    await saved(page);

    await page.reload();
    await page.locator('.map-grid').waitFor();
    await expect(tpCell.locator('.card').last().textContent()).resolves.toContain('Sales desk');
    await expect(kpiCell.locator('.card').last().textContent()).resolves.toContain('Callback CSAT');
    await kpiCell.scrollIntoViewIfNeeded();
    await shot(page, '32-linked-cards');
    expect(errors).toEqual([]);
  }, 120_000);

  it('comments on a card that had no id: the card gets one, the badge counts the comment, the panel filters', async () => {
    const { page, errors } = await signIn();
    await openDemoMap(page);
    const card = page.locator('.cell.lane-actions .card').first();
    await card.hover();
    await card.getByRole('button', { name: 'Comment on this card' }).click();
    const panel = page.getByRole('complementary', { name: 'Comments' });
    await panel.locator('.comment-focus').waitFor();
    await panel.getByPlaceholder('Write a comment…').fill('Is this step really first?');
    await panel.getByRole('button', { name: 'Comment', exact: true }).click();
    await panel.locator('.comments li', { hasText: 'Is this step really first?' }).waitFor();
    await expect(card.locator('.comment-count').textContent()).resolves.toBe('1');
    await shot(page, '33-card-comment');

    // After a reload the card still has its id, so the badge is still there; "All comments" lifts the filter.
    await page.reload();
    await page.locator('.map-grid').waitFor();
    await expect(card.locator('.comment-count').textContent()).resolves.toBe('1');
    await card.getByRole('button', { name: /open comment/ }).click();
    await expect(panel.locator('.comments li').count()).resolves.toBe(1);
    await panel.getByRole('button', { name: 'All comments' }).click();
    await panel.locator('.comment-focus').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  }, 120_000);

  it('renames a stage in a role map: saved as the role’s override, marked, reset; the generalized map is unchanged', async () => {
    const { page, errors } = await signIn();
    const roleLink = page.locator('.map-item.role a').first();
    await roleLink.click();
    await page.locator('.map-grid').waitFor();
    await page.locator('.role-note').waitFor();
    const roleUrl = page.url();
    const header = page.locator('.stage-header').nth(2);
    const stageId = await header.getAttribute('data-stage');
    const original = (await header.locator('.stage-name').textContent()) ?? '';
    await header.getByRole('button', { name: 'Rename stage' }).click();
    await header.locator('input').fill('Offer for the role');
    await header.locator('input').press('Enter');
    await header.locator('.role-mark').waitFor();
    await saved(page);

    // A change only the generalized map can make is refused with the reason.
    await page.locator('.stage-header').nth(0).getByRole('button', { name: 'Move stage right' }).click();
    await page.locator('.edit-refused').waitFor();
    await expect(page.locator('.stage-header').nth(2).getAttribute('data-stage')).resolves.toBe(stageId);
    await shot(page, '34-role-edited');

    await page.reload();
    await page.locator('.map-grid').waitFor();
    const again = page.locator(`.stage-header[data-stage="${stageId}"]`);
    await expect(again.locator('.stage-name').textContent()).resolves.toBe('Offer for the role');
    await again.locator('.role-mark').waitFor();

    // The generalized map still has its own name for the stage.
    await page.getByLabel('Map or role').selectOption({ index: 0 });
    await page.locator('.role-note').waitFor({ state: 'detached' });
    const baseHeader = page.locator(`.stage-header[data-stage="${stageId}"]`);
    await expect(baseHeader.locator('.stage-name').textContent()).resolves.toBe(original);

    // Back in the role map, reset the stage: the override is gone and the base name is back.
    await page.goto(roleUrl);
    await page.locator('.map-grid').waitFor();
    await page
      .locator(`.stage-header[data-stage="${stageId}"]`)
      .getByRole('button', { name: 'Reset the stage to the generalized map' })
      .click();
    await expect
      .poll(() => page.locator(`.stage-header[data-stage="${stageId}"] .stage-name`).textContent())
      .toBe(original);
    await saved(page);

    // The role's own emotion points each have a reset; one reset returns that point to the generalized map.
    const resets = page.locator('.emotion-resets .role-reset');
    const before = await resets.count();
    expect(before).toBeGreaterThan(0);
    await resets.first().scrollIntoViewIfNeeded();
    await shot(page, '34b-role-emotion-resets');
    await resets.first().click();
    await expect.poll(() => resets.count()).toBe(before - 1);
    await saved(page);
    expect(errors).toEqual([]);
  }, 120_000);

  it('opens the divergence of the roles from the role switcher: a stage × role table', async () => {
    const { page, errors } = await signIn();
    await openDemoMap(page);
    await page.getByRole('button', { name: 'How roles differ' }).click();
    const table = page.locator('.divergence-table');
    await table.waitFor();
    const roles = await page.getByLabel('Map or role').locator('option').count();
    expect(await table.locator('thead th').count()).toBe(roles); // the stage column plus one per role
    expect(await table.locator('td.differs').count()).toBeGreaterThan(0);
    await shot(page, '35-divergence');
    await page.getByRole('button', { name: 'Back to the map' }).click();
    await page.locator('.map-grid').waitFor();
    expect(errors).toEqual([]);
  }, 120_000);

  it('the Russian toolbar shows the whole map title at 1280 px', async () => {
    const { page, errors } = await signIn('ru-RU');
    await page.setViewportSize({ width: 1280, height: 800 });
    await openDemoMap(page);
    const title = page.locator('.toolbar .map-name');
    await title.waitFor();
    // Nothing of the title is cut off or hidden: its text fits its box, and the box is inside the toolbar.
    const fits = await title.evaluate(
      (el: { scrollWidth: number; clientWidth: number; scrollHeight: number; clientHeight: number }) =>
        el.scrollWidth <= el.clientWidth + 1 && el.scrollHeight <= el.clientHeight + 1,
    );
    expect(fits).toBe(true);
    const box = await title.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(1280);
    await page.getByRole('button', { name: 'Чем отличаются роли' }).waitFor();
    await shot(page, '36-toolbar-ru-1280');

    // The new tools read in Russian too: the channel picker and the divergence table.
    const channelCell = page.locator('.cell.lane-channels').first();
    await channelCell.hover();
    await channelCell.locator('.cell-add').click();
    await channelCell.locator('.linked-picker').getByText('Каналы карты').waitFor();
    await channelCell.locator('.linked-picker').getByLabel('Название').fill('Телеграм-бот');
    await channelCell.locator('.linked-picker').getByRole('button', { name: 'Значок: Мессенджер' }).click();
    await shot(page, '38-channel-picker-ru');
    await channelCell
      .locator('.linked-picker')
      .getByRole('button', { name: 'Добавить', exact: true })
      .click();
    await expect.poll(() => channelCell.textContent()).toContain('Телеграм-бот');
    await page.getByRole('button', { name: 'Чем отличаются роли' }).click();
    await page.locator('.divergence-table').waitFor();
    await shot(page, '39-divergence-ru');
    expect(errors).toEqual([]);
  }, 120_000);

  it('two pages save the same map: the later one merges both sides’ changes, and picks per true conflict', async () => {
    const { page: anna, errors } = await signIn();
    await openDemoMap(anna);
    const mapUrl = anna.url();
    const { page: other } = await signIn();
    await other.goto(mapUrl);
    await other.locator('.map-grid').waitFor();

    const rename = async (page: Page, index: number, name: string) => {
      const header = page.locator('.stage-header').nth(index);
      await header.getByRole('button', { name: 'Rename stage' }).click();
      await header.locator('input').fill(name);
      await header.locator('input').press('Enter');
    };
    // Theirs: stage 1 renamed and the title changed. Mine: stage 2 renamed and the title changed otherwise.
    await rename(other, 0, 'Discovery');
    await other.getByRole('button', { name: 'Rename map' }).click();
    await other.locator('.toolbar input').fill('Partner journey (theirs)');
    await other.locator('.toolbar input').press('Enter');
    await saved(other);
    await rename(anna, 1, 'Quote request');
    await anna.getByRole('button', { name: 'Rename map' }).click();
    await anna.locator('.toolbar input').fill('Partner journey (mine)');
    await anna.locator('.toolbar input').press('Enter');

    const banner = anna.getByRole('alert').filter({ hasText: 'Someone else saved this map meanwhile' });
    await banner.waitFor({ timeout: 15_000 });
    // One true conflict (the title); the two stage renames merge by themselves.
    await expect(banner.locator('.conflict-choices li').count()).resolves.toBe(1);
    await banner.getByLabel(/^Theirs: «Partner journey \(theirs\)»/).check();
    await shot(anna, '37-conflict-merge');
    await banner.getByRole('button', { name: 'Merge and save' }).click();
    await saved(anna);
    await expect(anna.locator('.stage-header').nth(0).locator('.stage-name').textContent()).resolves.toBe(
      'Discovery',
    );

    await other.reload();
    await other.locator('.map-grid').waitFor();
    await expect(other.locator('.stage-header').nth(0).locator('.stage-name').textContent()).resolves.toBe(
      'Discovery',
    );
    await expect(other.locator('.stage-header').nth(1).locator('.stage-name').textContent()).resolves.toBe(
      'Quote request',
    );
    await expect(other.locator('.toolbar .map-name').textContent()).resolves.toBe('Partner journey (theirs)');
    // Undo in Anna's page takes back the merge as one step.
    await anna.getByRole('button', { name: /Undo/ }).click();
    await expect(anna.locator('.stage-header').nth(0).locator('.stage-name').textContent()).resolves.not.toBe(
      'Discovery',
    );
    // The refused save (409) is logged by the browser; nothing else may be.
    expect(errors.filter((e) => !e.includes('409'))).toEqual([]);
  }, 120_000);

  it('a 409 on a role map merges as the role: their stage rename and my emotion both end up in the role', async () => {
    const { page: anna, errors } = await signIn();
    await anna.locator('.map-item.role a').nth(1).click();
    await anna.locator('.role-note').waitFor();
    const roleUrl = anna.url();
    const { page: other } = await signIn();
    await other.goto(roleUrl);
    await other.locator('.role-note').waitFor();

    const last = other.locator('.stage-header').last();
    const stage = await last.getAttribute('data-stage');
    await last.getByRole('button', { name: 'Rename stage' }).click();
    await last.locator('input').fill('Repeat, for this role');
    await last.locator('input').press('Enter');
    await saved(other);

    const first = await anna.locator('.stage-header').first().getAttribute('data-stage');
    const point = anna.locator(`.emotion-point[data-stage="${first}"]`);
    const value = Number(await point.getAttribute('aria-valuenow'));
    await point.focus();
    await point.press(value < 2 ? 'ArrowUp' : 'ArrowDown');
    const banner = anna.getByRole('alert').filter({ hasText: 'Someone else saved this map meanwhile' });
    await banner.waitFor({ timeout: 15_000 });
    await banner.locator('.conflict-clean').waitFor();
    await banner.getByRole('button', { name: 'Merge and save' }).click();
    await saved(anna);

    await other.reload();
    await other.locator('.role-note').waitFor();
    await expect(
      other.locator(`.stage-header[data-stage="${stage}"] .stage-name`).textContent(),
    ).resolves.toBe('Repeat, for this role');
    await expect(
      other.locator(`.emotion-point[data-stage="${first}"]`).getAttribute('aria-valuenow'),
    ).resolves.toBe(String(value < 2 ? value + 1 : value - 1));
    expect(errors.filter((e) => !e.includes('409'))).toEqual([]);
  }, 120_000);
});
