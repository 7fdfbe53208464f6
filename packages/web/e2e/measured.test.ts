import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserAvailable,
  type Harness,
  SHOTS,
  signInDemo,
  startHarness,
  waitForDemoData,
} from './harness.ts';

// The measured layer of the editor on the demo workspace: the demo data's drop-off, stage times, emotions and
// KPIs over the demo map, read back against the report the server computed; then a CSV with activities the
// map does not know, mapped to touchpoints from the editor until none is left, in English and in Russian.
const available = browserAvailable('measured.test');

interface Report {
  stats: { cases: number };
  journey: {
    mapping: { unmatchedEvents: number; unmatched: { activity: string; count: number }[] };
    dropOff: { stages: { stage: string; reached: number; quit: number }[] };
    stageTimes: { from: string; to: string; n: number; medianSeconds: number }[];
  };
  emotion: { stages: { stage: string; measured: { value: number | null; n: number; weak: boolean } }[] };
  kpis: { kpis: { kpi: string; overall: { n: number; value: number | null; weak: boolean } }[] };
}

/** 200 partners on the demo map's activities, plus two activities no touchpoint matches. */
function csv(): string {
  const rows = ['case_id,ts,activity,channel'];
  for (let i = 0; i < 200; i++) {
    const day = String(1 + (i % 20)).padStart(2, '0');
    const at = (hour: number) => `2026-03-${day}T${String(hour).padStart(2, '0')}:00:00Z`;
    const id = `X${String(i).padStart(3, '0')}`;
    rows.push(`${id},${at(8)},site_visit,site`, `${id},${at(9)},catalog_view,site`);
    if (i % 2 === 0) rows.push(`${id},${at(10)},webinar_attended,site`);
    if (i % 5 === 0) rows.push(`${id},${at(11)},expo_badge_scan,offline`);
    if (i % 3 !== 0) rows.push(`${id},${at(12)},request_form_sent,site`);
  }
  return `${rows.join('\n')}\n`;
}
const WEBINARS = 100;
const BADGE_SCANS = 40;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const days = (seconds: number) => {
  const d = seconds / 86_400;
  return `${d.toFixed(d < 10 ? 1 : 0).replace(/\.0$/, '')} d`;
};

describe.skipIf(!available)('web app: designed vs measured in the map editor', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  async function signIn(page: Page) {
    await signInDemo(h, page);
    await waitForDemoData(page);
    await page.locator('.dataset-list .status.ready').first().waitFor();
  }

  /** No figure of a stage header is cut off by its column (labels and values fit in either language). */
  async function expectNothingClipped(page: Page) {
    const clipped = await page
      .locator('.stage-measure dd, .stage-measure dt')
      .evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
    expect(clipped).toEqual([]);
  }

  /** The report the server computes for the open map over the named dataset (else the first). */
  async function report(page: Page, datasetName?: string): Promise<Report> {
    const [, ws, map] = /\/w\/([^/]+)\/maps\/([^/?]+)/.exec(page.url()) ?? [];
    const base = `${h.url}/api/workspaces/${ws}`;
    const { datasets } = (await (await page.request.get(`${base}/datasets`)).json()) as {
      datasets: { id: string; name: string }[];
    };
    const id = (datasetName ? datasets.find((d) => d.name === datasetName) : datasets[0])?.id;
    const answer = await page.request.get(`${base}/maps/${map}/analytics?dataset=${id}`);
    expect(answer.ok()).toBe(true);
    return ((await answer.json()) as { report: Report }).report;
  }

  it('shows the demo data over the demo map and maps unmapped activities until none is left', async () => {
    const { page, errors } = await h.page('en-US');
    await signIn(page);
    await page.locator('.map-item.journey a').first().click();
    await page.locator('.map-grid').waitFor();
    expect(await page.locator('.stage-measure').count()).toBe(0);

    await page.getByRole('button', { name: 'Data' }).click();
    await page.locator('.stage-measure').first().waitFor({ timeout: 60_000 });
    const stageIds = await page
      .locator('.stage-header')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-stage') ?? ''));
    expect(await page.locator('.stage-header .stage-measure').count()).toBe(stageIds.length);
    const demo = await report(page);

    // Each stage header: reached, drop-off = quit / reached with a bar that long, median time to the next stage.
    for (const [i, id] of stageIds.entries()) {
      const drop = demo.journey.dropOff.stages.find((s) => s.stage === id);
      if (!drop) throw new Error(`no drop-off for ${id}`);
      const block = page.locator(`.stage-header[data-stage="${id}"] .stage-measure`);
      const shown = (await block.textContent()) ?? '';
      expect(shown).toContain(String(drop.reached));
      expect(shown).toContain(`n = ${drop.reached}`);
      expect(shown).toContain(percent(drop.quit / drop.reached));
      const bar = await block.locator('.drop-bar').evaluate((el) => {
        const inner = el.firstElementChild?.getBoundingClientRect().width ?? 0;
        return inner / el.getBoundingClientRect().width;
      });
      expect(bar).toBeCloseTo(drop.quit / drop.reached, 1);
      const time = demo.journey.stageTimes.find((t) => t.from === id && t.to === stageIds[i + 1]);
      if (time) {
        expect(shown).toContain(`median ${days(time.medianSeconds)}`);
        expect(shown).toContain(`n = ${time.n}`);
      }
    }
    await expectNothingClipped(page);
    // Every demo partner starts at the first stage.
    expect(demo.journey.dropOff.stages[0]?.reached).toBe(demo.stats.cases);

    // The emotion lane: the measured line and band over the designed curve; weak points hollow.
    const measured = demo.emotion.stages.filter((s) => s.measured.value !== null && s.measured.n > 0);
    expect(await page.locator('.emotion-curve .measured-point').count()).toBe(measured.length);
    expect(await page.locator('.emotion-curve .measured-band').count()).toBeGreaterThan(0);
    for (const s of measured) {
      const cls = await page
        .locator(`.measured-point[data-measured-stage="${s.stage}"]`)
        .getAttribute('class');
      expect(cls?.includes('weak')).toBe(s.measured.weak);
    }
    await page.locator('.measured-legend').waitFor();
    // The designed points stay draggable with the data on.
    const point = page.locator(`.emotion-point[data-stage="${stageIds[0]}"]`);
    await point.scrollIntoViewIfNeeded();
    const before = await point.getAttribute('aria-valuenow');
    await point.focus();
    await page.keyboard.press(before === '2' ? 'ArrowDown' : 'ArrowUp');
    await expect.poll(() => point.getAttribute('aria-valuenow')).not.toBe(before);
    await page.keyboard.press('Control+z');
    await expect.poll(() => point.getAttribute('aria-valuenow')).toBe(before);

    // KPI cards carry the measured value with its n.
    const nps = demo.kpis.kpis.find((k) => k.kpi === 'k-nps-request');
    const chips = page.locator('.kpi-measured[data-kpi="k-nps-request"]');
    await chips.scrollIntoViewIfNeeded();
    await expect(chips.textContent()).resolves.toContain(`n = ${nps?.overall.n}`);
    expect(await page.locator('.kpi-measured .chip.met, .kpi-measured .chip.missed').count()).toBeGreaterThan(
      0,
    );
    for (const k of demo.kpis.kpis.filter((x) => x.overall.value !== null)) {
      const card = page.locator(`.kpi-measured[data-kpi="${k.kpi}"]`);
      if ((await card.count()) === 0) continue;
      await expect(card.textContent()).resolves.toContain(`n = ${k.overall.n}`);
      expect(await card.locator('.weak-tag').count()).toBe(k.overall.weak ? 1 : 0);
    }
    expect(demo.kpis.kpis.some((k) => k.overall.weak)).toBe(true);
    await page.locator('.grid-scroll').evaluate((el) => el.scrollTo(0, 0));
    await page.evaluate('document.activeElement?.blur()');
    await page.screenshot({ path: join(SHOTS, '30-measured-stages.png') });
    await page.locator('.lane-header.lane-emotions').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, '31-measured-emotions.png') });
    await chips.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, '32-measured-kpis.png') });
    // The demo data maps completely: nothing to map.
    expect(demo.journey.mapping.unmatchedEvents).toBe(0);
    expect(await page.locator('.unmapped-toggle').count()).toBe(0);

    // A role map measures its own resolved journey over the same data.
    const mapUrl = page.url();
    const role = page.locator('.role-switch option').nth(1);
    await page.locator('.role-switch').selectOption((await role.getAttribute('value')) ?? '');
    await page.waitForURL((url) => url.toString() !== mapUrl);
    await page.locator('.map-grid').waitFor();
    await page.getByRole('button', { name: 'Data' }).click();
    await page.locator('.stage-header .stage-measure').first().waitFor({ timeout: 60_000 });
    const roleReport = await report(page);
    const firstStage = roleReport.journey.dropOff.stages[0];
    await expect(page.locator('.stage-header .stage-measure').first().textContent()).resolves.toContain(
      `n = ${firstStage?.reached}`,
    );
    await page.screenshot({ path: join(SHOTS, '32b-measured-role.png') });

    // A second dataset, with two activities the map does not know.
    await page.goto(`${h.url}/${mapUrl.split('/').slice(3, 5).join('/')}`);
    await page.getByLabel('Dataset name').fill('Webinars and fairs');
    await page.getByLabel(/^Events/).setInputFiles({
      name: 'webinars.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv()),
    });
    await page.getByRole('combobox', { name: /^Partner \(case\)/ }).selectOption('case_id');
    await page.getByRole('combobox', { name: /^Activity/ }).selectOption('activity');
    await page.getByRole('combobox', { name: /^Time/ }).selectOption('ts');
    await page.getByRole('combobox', { name: /^Channel/ }).selectOption('channel');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported: the dataset is ready.').waitFor({ timeout: 60_000 });

    await page.goto(mapUrl);
    await page.locator('.map-grid').waitFor();
    // The data layer stays on for the session; with two datasets it offers the choice.
    await expect(page.getByRole('button', { name: 'Data' }).getAttribute('aria-pressed')).resolves.toBe(
      'true',
    );
    await page.getByLabel('Dataset').selectOption({ label: 'Webinars and fairs' });
    const toggle = page.locator('.unmapped-toggle');
    await expect
      .poll(() => toggle.textContent(), { timeout: 60_000 })
      .toBe(`Unmapped events: ${WEBINARS + BADGE_SCANS}`);
    const imported = await report(page, 'Webinars and fairs');
    expect(imported.journey.mapping.unmatched.map((u) => [u.activity, u.count])).toEqual(
      expect.arrayContaining([
        ['webinar_attended', WEBINARS],
        ['expo_badge_scan', BADGE_SCANS],
      ]),
    );
    // Stages the CSV never reaches are flagged.
    expect(await page.locator('.stage-measure.never').count()).toBeGreaterThan(0);

    await toggle.click();
    const panel = page.getByRole('complementary', { name: 'Unmapped activities' });
    const rows = panel.locator('.unmapped-list li');
    await expect(rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-activity')))).resolves.toEqual(
      ['webinar_attended', 'expo_badge_scan'],
    );
    await expect(rows.first().textContent()).resolves.toContain('100');
    const webinar = rows.filter({ hasText: 'webinar_attended' });
    await webinar.getByRole('button', { name: 'Map to touchpoint…' }).click();
    await webinar.getByRole('combobox', { name: /^Touchpoint/ }).selectOption('t-catalog');
    await page.screenshot({ path: join(SHOTS, '33-measured-unmapped.png') });
    await webinar.getByRole('button', { name: 'Map', exact: true }).click();
    await webinar.getByText('Mapped: counted after the save').waitFor();
    // Saved, the report is computed again for the new version: the webinars now count for the catalogue.
    await expect
      .poll(() => toggle.textContent(), { timeout: 60_000 })
      .toBe(`Unmapped events: ${BADGE_SCANS}`);
    await expect.poll(() => rows.count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, '34-measured-mapped.png') });

    // In Russian: the other activity becomes a new touchpoint of the first stage.
    await page.getByRole('button', { name: 'RU' }).click();
    // The data stays on through the change of language (the editor opens the map again).
    await page.locator('.stage-measure dt', { hasText: 'Уход' }).first().waitFor({ timeout: 60_000 });
    await expect
      .poll(() => toggle.textContent(), { timeout: 60_000 })
      .toBe(`Несопоставленных событий: ${BADGE_SCANS}`);
    await expectNothingClipped(page);
    await toggle.click();
    const panelRu = page.getByRole('complementary', { name: 'Несопоставленные действия' });
    const scan = panelRu.locator('.unmapped-list li', { hasText: 'expo_badge_scan' });
    await scan.getByRole('button', { name: 'Сопоставить с точкой…' }).click();
    await scan.getByRole('radio', { name: 'Новая точка контакта' }).check();
    await scan.getByRole('combobox', { name: /^Этап/ }).selectOption(stageIds[0] ?? '');
    await scan.getByRole('textbox', { name: 'Название' }).fill('Стенд на выставке: скан бейджа');
    await scan.getByRole('checkbox', { name: 'Только события в канале «offline»' }).check();
    await page.screenshot({ path: join(SHOTS, '35-measured-unmapped-ru.png') });
    await scan.getByRole('button', { name: 'Сопоставить', exact: true }).click();
    await expect.poll(() => toggle.count(), { timeout: 60_000 }).toBe(0);
    await panelRu.getByText('Все события данных сопоставлены с точками контакта.').waitFor();
    const tpCell = page.locator(`.cell.lane-touchpoints[data-stage="${stageIds[0]}"]`);
    await expect(tpCell.textContent()).resolves.toContain('Стенд на выставке: скан бейджа');
    await page.screenshot({ path: join(SHOTS, '36-measured-ru.png') });

    // The rules are in the saved map: after a reload the data still maps completely.
    await page.reload();
    await page.locator('.map-grid').waitFor();
    const after = await report(page, 'Webinars and fairs');
    expect(after.journey.mapping.unmatchedEvents).toBe(0);

    // Any other saved edit leaves the shown report a version behind: the bar says so until refreshed.
    await page.locator('.stage-measure').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('.measured-bar .stale').count()).toBe(0);
    const first = page.locator('.stage-header').first();
    await first.getByRole('button', { name: 'Переименовать этап' }).click();
    await first.locator('input').fill('Первый контакт');
    await first.locator('input').press('Enter');
    await page.locator('.save-status.saved').waitFor({ timeout: 10_000 });
    await page.locator('.measured-bar .stale', { hasText: 'Карта изменилась' }).waitFor();
    await page.getByRole('button', { name: '↻ Обновить' }).click();
    await page.locator('.measured-bar .stale').waitFor({ state: 'detached', timeout: 60_000 });
    expect(errors).toEqual([]);
  }, 240_000);
});
