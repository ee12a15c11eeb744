/**
 * `npm run screenshots`: pictures of the real extension for the README — the hover card in light
 * and dark, and the popup — taken on the bundled demo page with the built extension.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { centreOfName, launchExtension, openPopup, serveFixtures, tabIdOf, waitForPaint } from './harness';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'assets/screenshots');
const demo = readFileSync(join(ROOT, 'assets/demo/demo-article.html'), 'utf8');

async function hover(page: Page, name: string): Promise<void> {
  const point = await centreOfName(page, name);
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(
    () => document.querySelector('dramatis-card')?.shadowRoot?.querySelector('.frame.open') != null,
  );
  await page.waitForTimeout(300);
}

const server = await serveFixtures({ 'demo.html': demo });
for (const scheme of ['light', 'dark'] as const) {
  const extension = await launchExtension({ colorScheme: scheme });
  const page = await extension.context.newPage();
  await page.setViewportSize({ width: 900, height: 560 });
  await page.goto(`${server.origin}/demo.html`);
  await waitForPaint(page);
  await hover(page, 'Dmitry Peskov');
  await page.screenshot({ path: join(OUT, `card-${scheme}.png`) });
  if (scheme === 'light') {
    const popup = await openPopup(extension, await tabIdOf(extension, page));
    await popup.locator('.people .name').first().waitFor();
    await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
  }
  await extension.close();
}
await server.close();
console.log('Screenshots written to assets/screenshots/.');
