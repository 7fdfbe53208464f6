import { existsSync } from 'node:fs';
import { ApiError } from '../http/apiError.ts';

/** Where Debian puts Chromium; `TROPA_CHROMIUM` points elsewhere. */
export function chromiumPath(env: Record<string, string | undefined> = process.env): string | undefined {
  const candidates = [env.TROPA_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => p !== undefined && p !== '' && existsSync(p));
}

export const chromiumMissing = () =>
  new ApiError(501, 'chromium-missing', {
    en: 'PNG and PDF exports need Chromium on the server: install it (apt-get install chromium) or set TROPA_CHROMIUM. YAML, JSON, CSV and HTML exports work without it.',
    ru: 'Для экспорта в PNG и PDF на сервере нужен Chromium: установите его (apt-get install chromium) или укажите TROPA_CHROMIUM. Экспорт в YAML, JSON, CSV и HTML работает и без него.',
  });

let queue: Promise<unknown> = Promise.resolve();

/**
 * Prints a self-contained HTML page to PNG or PDF in headless Chromium. One render at a time: a browser
 * takes hundreds of megabytes, and the machine may have two cores. JavaScript and the network are off,
 * so the page can only show what the HTML itself holds.
 */
export function renderInChromium(html: string, format: 'png' | 'pdf'): Promise<Buffer> {
  const executablePath = chromiumPath();
  if (!executablePath) return Promise.reject(chromiumMissing());
  const job = queue.then(async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
    try {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        viewport: { width: 1600, height: 1000 },
      });
      await context.route('**/*', (route) =>
        route.request().url().startsWith('data:') ? route.continue() : route.abort(),
      );
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      if (format === 'pdf') return await page.pdf({ format: 'A3', landscape: true, printBackground: true });
      return await page.screenshot({ fullPage: true, type: 'png' });
    } finally {
      await browser.close();
    }
  });
  queue = job.catch(() => undefined);
  return job;
}
