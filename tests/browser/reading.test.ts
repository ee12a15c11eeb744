import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  centreOfName,
  launchExtension,
  openPopup,
  paintedPeople,
  serveFixtures,
  tabIdOf,
  waitForPaint,
  type FixtureServer,
  type LaunchedExtension,
} from './harness';

/** A long article whose last paragraph is far below the first screen. */
function longArticle(): string {
  const filler = Array.from(
    { length: 40 },
    (_, i) => `<p>Paragraph ${String(i + 1)} of background about the winter and the roads.</p>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><title>Long read</title>
<meta property="article:published_time" content="2022-10-06T10:00:00Z"></head><body><article>
<h1>Long read</h1>
<p>Defense Minister Sergei Shoigu visited the headquarters, and Kremlin spokesman Dmitry Peskov said: “The schedule has not changed.”</p>
${filler}
<p>Late in the evening Vladimir Putin signed the decree. “We will not retreat,” Putin said.</p>
</article></body></html>`;
}

let extension: LaunchedExtension;
let server: FixtureServer;

beforeAll(async () => {
  [extension, server] = await Promise.all([
    launchExtension({ keepProfile: true }),
    serveFixtures({ 'long.html': longArticle() }),
  ]);
});

afterAll(async () => {
  await extension.close();
  await server.close();
});

const cardText = (page: Page) =>
  page.evaluate(() => document.querySelector('dramatis-card')?.shadowRoot?.querySelector('.card')?.textContent ?? '');

describe('reading with Dramatis', () => {
  it('shows a card with the role at publication when a name is hovered, and closes it on Escape', async () => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/long.html`);
    await waitForPaint(page);
    const { x, y } = await centreOfName(page, 'Sergei Shoigu');
    await page.mouse.move(x, y);
    await page.waitForFunction(
      () => document.querySelector('dramatis-card')?.shadowRoot?.querySelector('.card') != null,
      undefined,
      { timeout: 5_000 },
    );
    const text = await cardText(page);
    expect(text).toContain('Sergei Shoigu');
    expect(text).toContain('Minister of Defence of Russia');
    expect(text).toContain('Now: Secretary of the Security Council of Russia');
    expect(text).toContain('Described here as: Defense Minister');
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => document.querySelector('dramatis-card')?.shadowRoot?.querySelector('.card') == null,
    );
    await page.close();
  });

  it('lists people and quotes in the popup, and scrolls the page to a person on click', async () => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/long.html`);
    await waitForPaint(page);
    const popup = await openPopup(extension, await tabIdOf(extension, page));
    await popup.locator('.people .name').first().waitFor();
    expect(await popup.locator('.people .name').allTextContents()).toEqual([
      'Sergei Shoigu',
      'Dmitry Peskov',
      'Vladimir Putin',
    ]);
    const quotes = await popup.locator('.quotes .speaker').allTextContents();
    expect(quotes.map((q) => q.split(' · ')[0])).toEqual(['Dmitry Peskov', 'Vladimir Putin']);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup
      .getByRole('button', { name: /Vladimir Putin/ })
      .first()
      .click();
    await page.waitForFunction(() => window.scrollY > 300, undefined, { timeout: 5_000 });
    expect(await page.evaluate(() => CSS.highlights.has('dramatis-flash'))).toBe(true);
    await popup.close();
    await page.close();
  });

  it('switches highlights off for the site, keeps them off after a reload and a browser restart, and back on', async () => {
    let page = await extension.context.newPage();
    await page.goto(`${server.origin}/long.html`);
    await waitForPaint(page);
    let popup = await openPopup(extension, await tabIdOf(extension, page));
    await popup.getByLabel('Highlights on 127.0.0.1').uncheck();
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('dramatis-')));
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await paintedPeople(page)).toEqual([]);
    await popup.close();
    await page.close();

    await extension.close();
    extension = await launchExtension({ profile: extension.profile });
    page = await extension.context.newPage();
    await page.goto(`${server.origin}/long.html`);
    await page.waitForTimeout(1500);
    expect(await paintedPeople(page)).toEqual([]);

    popup = await openPopup(extension, await tabIdOf(extension, page));
    await popup.getByLabel('Highlights on 127.0.0.1').check();
    await waitForPaint(page);
    expect(await paintedPeople(page)).toContain('Vladimir Putin');
    await popup.close();
    await page.close();
  });
});
