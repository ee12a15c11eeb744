/**
 * What the browser benchmarks share: a Chromium without the extension (the baseline for long tasks
 * and memory), waiting for the extension's highlights, and the JS heap of a tab after a GC.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tests/browser/harness';

/** A page with no text: the content script has nothing to do on it. */
export const BLANK_HTML = '<!doctype html><html><head><title>blank</title></head><body></body></html>';

/** Chromium as the harness starts it, without the extension. */
export async function launchPlain(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'dramatis-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args: [...CHROMIUM_ARGS, '--disable-extensions'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface LongTasks {
  longestMs: number;
  count: number;
  totalMs: number;
}

interface LongTaskWindow {
  benchLongTasks: number[];
}

/** For page.addInitScript: records every long task of the tab from its start. */
export function observeLongTasks(): void {
  const found: number[] = [];
  (window as unknown as LongTaskWindow).benchLongTasks = found;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) found.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

/** The long tasks observeLongTasks has seen so far. */
export async function readLongTasks(page: Page): Promise<LongTasks> {
  const tasks = await page.evaluate(() => (window as unknown as LongTaskWindow).benchLongTasks);
  return {
    longestMs: Math.round(Math.max(0, ...tasks) * 100) / 100,
    count: tasks.length,
    totalMs: Math.round(tasks.reduce((sum, ms) => sum + ms, 0) * 100) / 100,
  };
}

/** Resolves once the content script has painted people (highlight names start "dramatis-person"). */
export async function waitForHighlights(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    () => [...CSS.highlights.keys()].some((name) => name.startsWith('dramatis-person')),
    undefined,
    {
      timeout,
      polling: 50,
    },
  );
}

/** MB of JS heap the tab's renderer uses after a full GC (all worlds: page and content scripts). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

const BARE_WALK = `(function benchBareWalk() {
  const started = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += node.data.length;
  return { ms: performance.now() - started, chars };
})()`;

/** A bare walk over every text node below <body>, timed in the page: the floor any collect stands on. */
export async function timeBareWalk(page: Page): Promise<{ ms: number; chars: number }> {
  return page.evaluate<{ ms: number; chars: number }>(BARE_WALK);
}

/** MB of JS heap after GC of a fresh tab of `url` in a Chromium without the extension. */
export async function plainHeap(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(300);
  const heapMB = await heapAfterGc(page);
  await page.close();
  return heapMB;
}
