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

// The insights report of the demo's generalized map, section by section, against the numbers the same
// analytics route answers (fetched in the page with its session): Sankey, matrix, segments, KPI trends,
// feedback; then the same page in Russian. Each section is photographed into out/web-e2e/.
const available = browserAvailable('insights-more.test');

interface Report {
  stats: { cases: number };
  journey: { stageTimes: unknown[]; channels: { matrix: { from: string; to: string; count: number }[] } };
  segments?: {
    segments: { segment: string; cases: number }[];
    tests: { significant: boolean; q: number }[];
  }[];
  kpis: {
    kpis: { kpi: string; periods: { estimate: { value: number | null; weak: boolean } }[] }[];
    improvements: { improvement: string; verdict: string }[];
  };
  text: { themes: unknown[]; repeats: { count: number } };
}

async function signIn(h: Harness, page: Page, ru: boolean) {
  await signInDemo(h, page, ru ? 'ru' : 'en');
  await waitForDemoData(page);
  const href = await page.locator('.map-item:not(.role) a').first().getAttribute('href');
  await page.goto(`${h.url}${href}/insights`);
  await page.locator('#times .time-row').first().waitFor({ timeout: 60_000 });
  return `${href}/analytics`.replace(/^\/w\//, '/api/workspaces/');
}

/** The report the page reads, asked again with the page's session (the server answers from its cache). */
async function report(page: Page, path: string, query = ''): Promise<Report> {
  const dataset = await page.locator('.dataset-pick select').inputValue();
  return page.evaluate(async (url) => {
    const answer = await fetch(url);
    return ((await answer.json()) as { report: Report }).report;
  }, `${path}?dataset=${dataset}${query}`);
}

/** A section alone in the picture: the sticky bars would cover it in an element screenshot. */
async function shot(page: Page, id: string, name: string) {
  await page.addStyleTag({ content: '.topbar, .section-nav { position: static !important; }' });
  await page.locator(`#${id}`).screenshot({ path: join(SHOTS, name) });
}

describe.skipIf(!available)('web app: the insights report of the demo map', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  });

  it('shows times, channels, segments, KPI trends and feedback with the numbers of the demo data', async () => {
    const { page, errors } = await h.page('en-US');
    const path = await signIn(h, page, false);
    const whole = await report(page, path);
    await page.screenshot({ path: join(SHOTS, '13-insights-top.png') });
    expect(await page.locator('.section-nav a').allTextContents()).toEqual([
      'Funnel',
      'Times',
      'Channels',
      'Segments',
      'KPIs',
      'Feedback',
    ]);

    // Time between stages: a box per consecutive pair, each with its n.
    const times = page.locator('#times .time-row');
    expect(await times.count()).toBe(whole.journey.stageTimes.length);
    await expect(times.first().textContent()).resolves.toMatch(/median [\d.]+ d.*n = \d+/);
    await shot(page, 'funnel', '13-insights-funnel.png');
    await shot(page, 'times', '14-insights-times.png');

    // Channels: ribbons for the switches, the matrix's cells carry the report's counts.
    const switches = whole.journey.channels.matrix.filter((m) => m.from !== m.to && m.count > 0);
    expect(await page.locator('#channels .sankey .ribbon').count()).toBe(switches.length);
    const cells = await page
      .locator('#channels .heat-cell')
      .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-count'))));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    expect(sum(cells)).toBe(sum(whole.journey.channels.matrix.map((m) => m.count)));
    expect(await page.locator('#channels .heat-cell.stay').count()).toBeGreaterThan(3);
    expect(await page.locator('#channels .repeat-count.friction').count()).toBeGreaterThan(0);
    await shot(page, 'channels', '15-insights-channels.png');

    // Segments: the picker asks again with &segment=; ★ exactly where the report found q < 0.05.
    expect(await page.locator('#segments .segment-pick option').allTextContents()).toEqual(
      expect.arrayContaining(['no segmentation', 'Age group', 'Role']),
    );
    await page.locator('#segments .segment-pick select').selectOption('age_group');
    await page.locator('.segment-compare[data-attribute="age_group"]').waitFor();
    const byAge = (await report(page, path, '&segment=age_group')).segments?.[0];
    expect(await page.locator('.segment-reach .segment-line').count()).toBe(byAge?.segments.length);
    const marked = byAge?.tests.filter((x) => x.significant && x.q < 0.05).length ?? 0;
    if (marked === 0) {
      expect(await page.locator('#segments .star').count()).toBe(0);
      await expect(page.locator('.test-summary').textContent()).resolves.toContain(
        `none of the ${byAge?.tests.length} tests`,
      );
    } else {
      expect(await page.locator('#segments .star').count()).toBeGreaterThanOrEqual(marked);
    }
    await expect(page.locator('#segments .footnote').textContent()).resolves.toContain('Mann–Whitney U');
    // Each figure's tooltip gives the segment against the rest with p, q and the test.
    const tip = await page.locator('.segment-table td[title*="Mann–Whitney"]').first().getAttribute('title');
    expect(tip).toMatch(/ vs .* for the rest; n = \d+; p [=<] [\d.]+, q [=<] [\d.]+ \(Mann–Whitney U test\)/);
    await shot(page, 'segments', '16-insights-segments-age.png');
    await page.locator('#segments .segment-pick select').selectOption('role');
    await page.locator('.segment-compare[data-attribute="role"]').waitFor();
    const byRole = (await report(page, path, '&segment=role')).segments?.[0];
    const weakRoles = byRole?.segments.filter((s) => s.cases < 30).length ?? 0;
    expect(weakRoles).toBeGreaterThan(0);
    expect(await page.locator('.segment-table tr.weak').count()).toBe(weakRoles);
    await shot(page, 'segments', '16-insights-segments-role.png');

    // KPI trends: a point per half-year with data, weak ones hollow, the price-list improvement marked.
    const nps = whole.kpis.kpis.find((k) => k.kpi === 'k-nps-request');
    const card = page.locator('.kpi-trend-card[data-kpi="k-nps-request"]');
    expect(await card.locator('.kpi-point').count()).toBe(
      nps?.periods.filter((p) => p.estimate.value !== null).length,
    );
    expect(await card.locator('.kpi-point.weak').count()).toBe(
      nps?.periods.filter((p) => p.estimate.weak).length,
    );
    expect(await card.locator('.band').count()).toBe(1);
    expect(await card.locator('.improvement-marker[data-improvement="i-pricelist"]').count()).toBe(1);
    const verdict = whole.kpis.improvements.find((i) => i.improvement === 'i-pricelist')?.verdict;
    expect(verdict).toBe('improved');
    await expect(card.locator('.improvement-effect').textContent()).resolves.toMatch(/^improved.*→.*\+\d+/);
    await shot(page, 'kpis', '17-insights-kpis.png');

    // Feedback: themes with quotes, the sentiment split, the repeat mentions.
    expect(await page.locator('#feedback .theme').count()).toBe(Math.min(8, whole.text.themes.length));
    expect(await page.locator('#feedback .theme .quote').count()).toBeGreaterThan(0);
    expect(await page.locator('#feedback .sentiment-bar .part').count()).toBe(3);
    await expect(page.locator('#feedback .repeats').textContent()).resolves.toContain(
      `${whole.text.repeats.count} texts`,
    );
    await shot(page, 'feedback', '18-insights-feedback.png');

    // The section nav stays under the top bar and marks the section scrolled to.
    await page.reload();
    await page.locator('#kpis .kpi-trend-card').first().waitFor({ timeout: 60_000 });
    await page.locator('.section-nav a', { hasText: 'KPIs' }).click();
    await page.locator('.section-nav a.current', { hasText: 'KPIs' }).waitFor();
    const navTop = await page.locator('.section-nav').evaluate((nav) => nav.getBoundingClientRect().top);
    expect(navTop).toBe(52);
    await page.screenshot({ path: join(SHOTS, '13-insights-nav-kpis.png') });

    // A half-year: the page reads the report over that period only.
    await page.locator('.period-pick select').selectOption('2025-H2');
    const half = await report(page, path, '&period=2025-H2');
    expect(half.stats.cases).toBeLessThan(whole.stats.cases);
    await page.locator('.stats-line', { hasText: `${half.stats.cases} partners` }).waitFor();
    // Its KPI charts hold that half-year alone; the price list was done in it (3 Nov 2025), so it is marked.
    expect(await card.locator('.kpi-point').count()).toBe(1);
    expect(await card.locator('.kpi-point').getAttribute('data-period')).toBe('2025-H2');
    expect(await card.locator('.improvement-marker[data-improvement="i-pricelist"]').count()).toBe(1);
    await shot(page, 'kpis', '17-insights-kpis-2025-H2.png');
    expect(errors).toEqual([]);
  }, 180_000);

  it('reads the same report in Russian', async () => {
    const { page, errors } = await h.page('ru-RU');
    await signIn(h, page, true);
    expect(await page.locator('.section-nav a').allTextContents()).toEqual([
      'Воронка',
      'Время',
      'Каналы',
      'Сегменты',
      'KPI',
      'Отзывы',
    ]);
    await expect(page.locator('#times').textContent()).resolves.toMatch(/медиана [\d,]+ дн\./);
    await expect(page.locator('#channels').textContent()).resolves.toContain('Личный кабинет');
    expect(await page.locator('#channels .sankey .ribbon').count()).toBeGreaterThan(10);
    await expect(
      page.locator('.kpi-trend-card .improvement-effect').first().textContent(),
    ).resolves.toContain('стало лучше');
    await page.locator('#segments .segment-pick select').selectOption('age_group');
    await page.locator('.segment-compare[data-attribute="age_group"]').waitFor();
    await expect(page.locator('#segments .footnote').textContent()).resolves.toContain('Манна — Уитни');
    await page.screenshot({ path: join(SHOTS, '19-insights-ru.png'), fullPage: true });
    expect(errors).toEqual([]);
  }, 150_000);
});
