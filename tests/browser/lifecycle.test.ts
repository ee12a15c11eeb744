/**
 * The extension's own life on a page: reloaded under an open tab, the old content script lets go
 * quietly (no "Extension context invalidated" in the page's console, no highlights left behind);
 * its service worker stopped in the middle of an analysis, the tab still gets its report.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { foreignChanges, setHighlights, watchErrors } from './hostile-checks';
import { manyNodes, page as hostilePage } from './hostile-pages';
import {
  launchExtension,
  openPopup,
  serveFixtures,
  tabIdOf,
  type FixtureServer,
  type LaunchedExtension,
} from './harness';

const ARTICLE = hostilePage(
  'Reloaded',
  `<p>Kremlin spokesman Dmitry Peskov said the talks would go on.</p>
<p>Defense Minister Sergei Shoigu visited the front; Vladimir Putin stayed in Moscow.</p>`,
);

let extension: LaunchedExtension | null = null;
let server: FixtureServer | null = null;

afterEach(async () => {
  await extension?.close();
  await server?.close();
  extension = null;
  server = null;
});

/**
 * A profile with developer mode on: Chromium disables an unpacked extension that reloads itself
 * ("DISABLE_UNSUPPORTED_DEVELOPER_EXTENSION") unless developer mode is on.
 */
function developerProfile(): string {
  const profile = mkdtempSync(join(tmpdir(), 'dramatis-profile-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ extensions: { ui: { developer_mode: true } } }),
  );
  return profile;
}

const painted = (page: Page): Promise<boolean> =>
  page.evaluate(() => [...CSS.highlights.keys()].some((k) => k.startsWith('dramatis-person')));

const waitForPeople = (page: Page, timeout: number): Promise<unknown> =>
  page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('dramatis-person')), undefined, {
    timeout,
    polling: 100,
  });

/** The part of the worker's `chrome` global these tests use. */
interface ChromeRuntime {
  chrome: {
    runtime: { reload(): void };
  };
}

describe('the extension reloaded, or its worker stopped', () => {
  it('lets go of an open page quietly when the extension is reloaded', async () => {
    server = await serveFixtures({ 'article.html': ARTICLE });
    extension = await launchExtension({ profile: developerProfile() });
    const errors = watchErrors(extension.context);
    const page = await extension.context.newPage();
    await page.goto(`${server.origin}/article.html`);
    await waitForPeople(page, 15_000);

    const restarted = extension.context.waitForEvent('serviceworker', { timeout: 20_000 });
    await extension.worker.evaluate(() => {
      // Later, so that the evaluation can answer before the worker goes.
      setTimeout(() => (globalThis as unknown as ChromeRuntime).chrome.runtime.reload(), 50);
    });
    const worker: Worker = await restarted;

    // Everything that could reach the old script's dead runtime: a change, a navigation, a
    // pointer, a settings change, a scroll.
    await page.evaluate(() =>
      window.__guard.own(() =>
        document.body.append(Object.assign(document.createElement('p'), { textContent: 'Olaf Scholz arrived.' })),
      ),
    );
    await page.evaluate(() => history.pushState({}, '', '?moved'));
    await page.mouse.move(40, 20);
    await setHighlights(worker, false);
    await setHighlights(worker, true);
    await page.mouse.wheel(0, 200);
    // The orphaned script notices at the first of these and takes its highlights along.
    await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('dramatis-')), undefined, {
      timeout: 10_000,
    });
    await page.waitForTimeout(1_500);
    expect(errors.take()).toEqual([]);
    expect(await foreignChanges(page)).toEqual([]);

    // The reloaded extension reads the page again once it loads.
    await page.reload();
    await waitForPeople(page, 15_000);
    expect(errors.take()).toEqual([]);
  }, 90_000);

  it('still gets the tab its report when the service worker stops mid-analysis', async () => {
    const crowded = manyNodes();
    server = await serveFixtures({ [crowded.path]: crowded.html });
    extension = await launchExtension();
    const { context } = extension;
    const errors = watchErrors(context);
    // The worker fetches the dataset when the first analysis arrives: then it is mid-analysis.
    const analysing = context.waitForEvent('requestfinished', {
      predicate: (request) => request.url().endsWith('/dataset.json.gz'),
      timeout: 30_000,
    });
    const page = await context.newPage();
    // Asked now: the worker that answers later is a new one, which Playwright does not announce.
    const tabId = await tabIdOf(extension, page);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const loading = page.goto(`${server.origin}/${crowded.path}`, { timeout: 60_000 });
    await analysing;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await loading;
    expect(await painted(page)).toBe(false);

    // The content script asks again; the worker starts again and answers.
    await waitForPeople(page, crowded.readWithin);
    const popup = await openPopup(extension, tabId);
    await popup.locator('.people .name').first().waitFor({ timeout: 15_000 });
    expect(await popup.locator('.people .name').allTextContents()).toContain('Vladimir Putin');
    expect(errors.take()).toEqual([]);
  }, 120_000);
});
