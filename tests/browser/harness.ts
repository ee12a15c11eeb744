/**
 * Browser-test harness: Debian's Chromium driven by playwright-core, with the built extension
 * loaded, and fixture pages served from localhost.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { PageState } from '../../src/extension/protocol';

export const EXTENSION_DIR = join(import.meta.dirname, '../../.output/chrome-mv3');
export const FIXTURES_DIR = join(import.meta.dirname, '../fixtures/pages');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless Chromium on a machine with no network but loopback: nothing may phone home. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface LaunchedExtension {
  profile: string;
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close: () => Promise<void>;
}

/**
 * Starts Chromium headless with the built extension and waits for its service worker. Pass the
 * `profile` of an earlier launch (with `keepProfile`) to restart the browser on the same profile.
 */
export async function launchExtension(
  options: { profile?: string; keepProfile?: boolean; colorScheme?: 'light' | 'dark' } = {},
): Promise<LaunchedExtension> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'dramatis-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    colorScheme: options.colorScheme ?? 'light',
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    profile,
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      if (!options.keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface FixtureServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves tests/fixtures/pages (and any extra generated pages) on 127.0.0.1. */
export async function serveFixtures(extra: Record<string, string> = {}): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '');
    const generated = extra[path];
    try {
      const body = generated ?? readFileSync(join(FIXTURES_DIR, path), 'utf8');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The text of every registered Dramatis highlight range, by highlight name. */
export async function highlightedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('dramatis-')) out[name] = [...highlight].map((range) => (range as Range).toString());
    });
    return out;
  });
}

/** The names painted as people in the dataset, whatever the style and colour. */
export async function paintedPeople(page: Page): Promise<string[]> {
  const texts = await highlightedTexts(page);
  return Object.entries(texts).flatMap(([name, list]) => (name.startsWith('dramatis-person') ? list : []));
}

/** Waits until the content script has painted people. */
export async function waitForPaint(page: Page): Promise<void> {
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('dramatis-person')), undefined, {
    timeout: 15_000,
  });
}

/** The part of the worker's `chrome` global the tests use. */
interface ChromeTabs {
  chrome: {
    tabs: {
      query(filter: object): Promise<{ id?: number }[]>;
      sendMessage(tabId: number, message: unknown): Promise<unknown>;
    };
  };
}

/** The id of `page`'s tab (the extension has no "tabs" permission, so tabs are found by state). */
export async function tabIdOf(extension: LaunchedExtension, page: Page): Promise<number> {
  await page.bringToFront();
  return extension.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as ChromeTabs;
    const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs[0]?.id ?? -1;
  });
}

/** What the content script of a tab says of itself (getPageState), asked by the service worker. */
export async function pageState(extension: LaunchedExtension, page: Page): Promise<PageState> {
  const tabId = await tabIdOf(extension, page);
  const reply = await extension.worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as ChromeTabs;
    return chrome.tabs.sendMessage(id, { type: 'getPageState', data: {} });
  }, tabId);
  const { ok, result, error } = reply as { ok: boolean; result?: PageState; error?: string };
  if (!ok || !result) throw new Error(`getPageState failed: ${String(error)}`);
  return result;
}

/** Opens the popup for a tab, as `popup.html?tab=<id>`. */
export async function openPopup(extension: LaunchedExtension, tabId: number): Promise<Page> {
  const popup = await extension.context.newPage();
  await popup.setViewportSize({ width: 400, height: 700 });
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tab=${String(tabId)}`);
  return popup;
}

/** The centre of a highlighted name on screen, to hover it. */
export async function centreOfName(page: Page, name: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    for (const [key, highlight] of CSS.highlights) {
      if (!key.startsWith('dramatis-person')) continue;
      for (const range of highlight) {
        if ((range as Range).toString() !== wanted) continue;
        const box = (range as Range).getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return null;
  }, name);
  if (!point) throw new Error(`${name} is not highlighted`);
  return point;
}
