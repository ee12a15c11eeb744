/**
 * `npm run icons`: renders assets/icon.svg to the PNG sizes the stores and browsers ask for,
 * with Chromium, into assets/public/icon/. Run after changing the SVG; the PNGs are committed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = join(import.meta.dirname, '../..');
const SIZES = [16, 32, 48, 96, 128];

const svg = readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{width:${String(size)}px;height:${String(size)}px;display:block}</style>${svg}`,
  );
  await page.screenshot({ path: join(ROOT, `assets/public/icon/${String(size)}.png`), omitBackground: true });
}
await browser.close();
console.log(`Rendered ${SIZES.join(', ')} px icons.`);
