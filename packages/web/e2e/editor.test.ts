import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseJourneyDocument } from '@tropa/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, type Harness, SHOTS, startHarness } from './harness.ts';

// The first journey through the real app: sign up, create a map from the B2B template, add a stage and a
// pain, drag an emotion point, reload and find it all saved; then switch the UI to Russian.
const available = browserAvailable('editor.test');

function templateStages(): number {
  const file = resolve(import.meta.dirname, '../../../examples/b2b-partner-journey/en/partner-journey.yaml');
  const parsed = parseJourneyDocument(readFileSync(file, 'utf8'), { file });
  return parsed.ok && parsed.document.kind === 'journey' ? parsed.document.journey.stages.length : -1;
}

describe.skipIf(!available)('web app: sign up and edit a map', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

  async function savedStatus(page: Page) {
    await page.locator('.save-status.saved').waitFor({ timeout: 10_000 });
  }

  it('signs up, creates a B2B map, edits it, and finds the edits after a reload', async () => {
    const { page, errors } = await h.page('en-US');
    await page.goto(`${h.url}/sign-up`);
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    await shot(page, '01-sign-up');
    await page.getByLabel('Your name').fill('Anna Petrova');
    await page.getByLabel('E-mail').fill('anna@example.com');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.getByRole('heading', { name: 'Create your first workspace' }).waitFor();
    await page.getByLabel('Workspace name').fill('Pumps & Co');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { name: 'Pumps & Co' }).waitFor();
    await shot(page, '02-home-empty');

    await page.getByRole('button', { name: /B2B partner journey/ }).click();
    await page.locator('.map-grid').waitFor();
    const stagesBefore = await page.locator('.stage-header').count();
    expect(stagesBefore).toBe(templateStages());
    await shot(page, '03-editor-b2b');

    // A stage at the end, renamed in place.
    await page.getByRole('button', { name: 'Add stage' }).click();
    await expect.poll(() => page.locator('.stage-header').count()).toBe(stagesBefore + 1);
    const newStage = page.locator('.stage-header').last();
    await newStage.getByRole('button', { name: 'Rename stage' }).click();
    await newStage.locator('input').fill('Pilot project');
    await newStage.locator('input').press('Enter');
    const stageId = await newStage.getAttribute('data-stage');

    // A pain in the new stage, written and made critical.
    const painCell = page.locator(`.cell.lane-pains[data-stage="${stageId}"]`);
    await painCell.getByRole('button', { name: 'Add' }).click();
    await painCell.getByRole('button', { name: 'Edit card' }).click();
    await painCell.locator('textarea').fill('Pilot needs a second approval round');
    await painCell.locator('textarea').press('Enter');
    await painCell.getByLabel('Severity').selectOption('critical');

    // Drag the first stage's action card into the second stage.
    const actionCells = page.locator('.cell.lane-actions');
    const secondBefore = await actionCells.nth(1).locator('.card').count();
    await actionCells.nth(0).locator('.card').first().dragTo(actionCells.nth(1));
    await expect.poll(() => actionCells.nth(1).locator('.card').count()).toBe(secondBefore + 1);
    await expect.poll(() => actionCells.nth(0).locator('.card').count()).toBe(0);

    // Drag the new stage's emotion point from 0 up to +2.
    const point = page.locator(`.emotion-point[data-stage="${stageId}"]`);
    await point.scrollIntoViewIfNeeded();
    const box = await point.boundingBox();
    if (!box) throw new Error('emotion point not visible');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x, y - 40, { steps: 5 });
    await page.mouse.move(x, y - 80, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => point.getAttribute('aria-valuenow')).toBe('2');

    await savedStatus(page);
    await shot(page, '04-editor-edited');

    // Undo (by its key) takes back the drag, redo (by its button) brings it back; both are saved.
    await page.keyboard.press('Control+z');
    await expect.poll(() => point.getAttribute('aria-valuenow')).toBe('0');
    await page.getByRole('button', { name: /Redo/ }).click();
    await expect.poll(() => point.getAttribute('aria-valuenow')).toBe('2');
    await savedStatus(page);

    await page.reload();
    await page.locator('.map-grid').waitFor();
    await expect.poll(() => page.locator('.stage-header').count()).toBe(stagesBefore + 1);
    await expect(page.locator('.stage-header').last().textContent()).resolves.toContain('Pilot project');
    await expect(painCell.textContent()).resolves.toContain('Pilot needs a second approval round');
    await expect(painCell.getByLabel('Severity').inputValue()).resolves.toBe('critical');
    await expect(point.getAttribute('aria-valuenow')).resolves.toBe('2');
    await expect(actionCells.nth(1).locator('.card').count()).resolves.toBe(secondBefore + 1);

    // The saved map downloads as the YAML document, with the new stage in it.
    await page.getByText('Export', { exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'YAML document' }).click();
    const file = await (await download).path();
    expect(readFileSync(file, 'utf8')).toContain('Pilot project');
    await page.getByText('Export', { exact: true }).click();

    // The history lists every save; open it.
    await page.getByRole('button', { name: 'History' }).click();
    await page.locator('.versions li').first().waitFor();
    expect(await page.locator('.versions li').count()).toBeGreaterThanOrEqual(2);
    await shot(page, '05-editor-history');

    // A comment on the new stage, then resolved.
    await page.getByRole('button', { name: 'Comments' }).click();
    await page.getByLabel('About').selectOption({ label: 'Stage: Pilot project' });
    await page.getByPlaceholder('Write a comment…').fill('Who approves the pilot budget?');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    const comment = page.locator('.comments li', { hasText: 'Who approves the pilot budget?' });
    await expect(comment.textContent()).resolves.toContain('Stage: Pilot project');
    await shot(page, '05b-editor-comments');
    await comment.getByRole('button', { name: 'Resolve' }).click();
    await comment.waitFor({ state: 'detached' });

    // Russian, from the switch; the choice survives a reload.
    await page.getByRole('button', { name: 'RU' }).click();
    await page.getByRole('button', { name: /Отменить/ }).waitFor();
    await page.reload();
    await page.getByText('Все карты').waitFor();
    await shot(page, '06-editor-ru');
    expect(errors).toEqual([]);
  }, 120_000);

  it('imports a CSV with its own column names, shows the progress, and lists the dataset as ready', async () => {
    const { page, errors } = await h.page('en-US');
    await page.goto(`${h.url}/sign-up`);
    await page.getByLabel('Your name').fill('Ivan Analyst');
    await page.getByLabel('E-mail').fill('ivan@example.com');
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByLabel('Workspace name').fill('Analytics');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.getByRole('heading', { name: 'Import data' }).waitFor();

    // 3,000 events of 500 partners under column names no guess knows: the person maps them.
    const rows = ['Partner;What happened;When;Where'];
    const steps = ['catalog_view', 'request_form_sent', 'offer_sent', 'contract_signed', 'shipment'];
    for (let i = 0; i < 3000; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      rows.push(
        `P${i % 500};${steps[Math.floor(i / 500) % steps.length]};2026-03-${day}T10:${String(i % 60).padStart(2, '0')}:00Z;site`,
      );
    }
    await page.getByLabel('Dataset name').fill('March events');
    await page.getByLabel(/^Events/).setInputFiles({
      name: 'march.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`${rows.join('\n')}\n`),
    });
    await page.getByLabel('Partner (case)').selectOption('Partner');
    await page.getByLabel('Activity').selectOption('What happened');
    await page.getByLabel('Time').selectOption('When');
    await page.getByLabel('Channel').selectOption('Where');
    await shot(page, '07-import-mapping');

    // Every phase the progress line shows is recorded, however quickly it passes.
    // (A script string: these tests are typechecked as Node code, without the DOM's types.)
    await page.evaluate(`
      window.phases = [];
      new MutationObserver(() => {
        const phase = document.querySelector('.import-phase')?.textContent;
        if (phase && window.phases.at(-1) !== phase) window.phases.push(phase);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    `);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported: the dataset is ready.').waitFor({ timeout: 60_000 });
    const phases = (await page.evaluate('window.phases')) as string[];
    expect(phases.some((p) => p.startsWith('Uploading'))).toBe(true);
    await page.locator('.dataset-list li', { hasText: 'March events' }).locator('.status.ready').waitFor();
    await shot(page, '08-import-done');
    expect(errors).toEqual([]);
  }, 120_000);

  it('two people save the same map: the later one sees the conflict, keeps their edit, and nothing is lost', async () => {
    const { page: anna } = await h.page('en-US');
    await anna.goto(`${h.url}/sign-in`);
    await anna.getByLabel('E-mail').fill('anna@example.com');
    await anna.getByLabel('Password').fill('correct horse battery');
    await anna.getByRole('button', { name: 'Sign in' }).click();
    await anna.locator('.map-item.journey a').first().click();
    await anna.locator('.map-grid').waitFor();
    const mapUrl = anna.url();
    // A second window with a sign-in of its own: two sessions editing one map.
    const { page: other } = await h.page('en-US');
    await other.goto(`${h.url}/sign-in`);
    await other.getByLabel('E-mail').fill('anna@example.com');
    await other.getByLabel('Password').fill('correct horse battery');
    await other.getByRole('button', { name: 'Sign in' }).click();
    await other.locator('.map-item').first().waitFor();
    await other.goto(mapUrl);
    await other.locator('.map-grid').waitFor();

    const rename = async (page: typeof anna, name: string) => {
      const first = page.locator('.stage-header').first();
      await first.getByRole('button', { name: 'Rename stage' }).click();
      await first.locator('input').fill(name);
      await first.locator('input').press('Enter');
    };
    await rename(other, 'Discovery');
    await other.locator('.save-status.saved').waitFor({ timeout: 10_000 });
    await rename(anna, 'First touch');
    await anna
      .getByRole('alert')
      .getByText('Someone else saved this map meanwhile')
      .waitFor({ timeout: 10_000 });
    // The same stage renamed on both sides is a true conflict: mine is chosen unless theirs is picked.
    const choice = anna.locator('.conflict-choices li').first();
    await expect(choice.getByLabel(/^Mine: «First touch»/).isChecked()).resolves.toBe(true);
    await shot(anna, '09-conflict');
    await anna.getByRole('button', { name: 'Merge and save' }).click();
    await anna.locator('.save-status.saved').waitFor({ timeout: 10_000 });

    await other.reload();
    await other.locator('.map-grid').waitFor();
    await expect(other.locator('.stage-header').first().textContent()).resolves.toContain('First touch');
    // Their save is still in the history, one version below.
    await other.getByRole('button', { name: 'History' }).click();
    await other.locator('.versions li').nth(1).getByRole('button', { name: 'Changes since' }).click();
    await expect(other.locator('.diff').textContent()).resolves.toContain('First touch');
  }, 120_000);

  it('a browser asking for Russian gets the Russian UI first', async () => {
    const { page, errors } = await h.page('ru-RU');
    await page.goto(h.url);
    await page.getByRole('heading', { name: 'Вход в Tropa' }).waitFor();
    await shot(page, '00-sign-in-ru');
    expect(errors).toEqual([]);
  }, 60_000);
});
