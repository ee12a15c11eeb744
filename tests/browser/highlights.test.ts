import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, serveFixtures, type FixtureServer, type LaunchedExtension } from './harness';

/** The part of the worker's `chrome` global the tests use. */
interface ChromeTabs {
  chrome: { tabs: { query(filter: object): Promise<{ id?: number }[]> } };
}

let extension: LaunchedExtension;
let server: FixtureServer;

beforeAll(async () => {
  [extension, server] = await Promise.all([launchExtension(), serveFixtures()]);
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
});

/** The text of every registered highlight range, by highlight name. */
async function highlightedTexts(page: import('playwright-core').Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      out[name] = [...highlight].map((range) => (range as Range).toString());
    });
    return out;
  });
}

describe('the built extension in Chromium', () => {
  it('highlights the people of a fixture page and leaves its text unchanged', async () => {
    const page = await extension.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/war-report.html`);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await page.waitForFunction(() => CSS.highlights.has('dramatis-person'), undefined, { timeout: 15_000 });
    const texts = await highlightedTexts(page);
    expect(texts['dramatis-person']).toEqual(
      expect.arrayContaining([
        'Vladimir Putin',
        'Sergei Shoigu',
        'Shoigu',
        'Dmitry Peskov',
        'Yevgeny Prigozhin',
        'Prighozin',
        'Volodymyr Zelenskyy',
      ]),
    );
    expect(texts['dramatis-unknown']).toEqual(['Marina Kovalenko']);
    // Names in the comment form are never read.
    expect(texts['dramatis-person']?.filter((t) => t === 'Dmitry Peskov')).toHaveLength(1);
    expect(texts['dramatis-person']).not.toContain('Sergey Lavrov');
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers the popup with the report of a tab', async () => {
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/war-report.html`);
    await page.waitForFunction(() => CSS.highlights.has('dramatis-person'), undefined, { timeout: 15_000 });
    await page.bringToFront();
    // The extension asks for no "tabs" permission, so tabs are found by state, not by URL.
    const tabId = await extension.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as ChromeTabs;
      const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tabs[0]?.id ?? -1;
    });
    const popup = await extension.context.newPage();
    await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${String(tabId)}`);
    await popup.getByText('Minister of Defence of Russia').waitFor({ timeout: 10_000 });
    const names = await popup.locator('.name').allTextContents();
    expect(names.slice(0, 3)).toEqual(['Vladimir Putin', 'Sergei Shoigu', 'Dmitry Peskov']);
    await popup.close();
    await page.close();
  });
});
