/**
 * (b) Long tasks while a page with 1 MB of text loads and the content script collects, sends and
 * paints it. Two views of the same load: the 'longtask' PerformanceObserver (buffered, installed
 * before the page's scripts), and a trace of the tab's main thread. In this Chromium the observer
 * often reports nothing even for the page's own 200 ms first layout, so the trace is the figure to
 * trust; both are reported. The same page in a Chromium without the extension is the baseline.
 */
import type { BrowserContext } from 'playwright-core';
import type { ContentWork } from '../src/extension/protocol';
import { pageState, type LaunchedExtension } from '../tests/browser/harness';
import {
  heapAfterGc,
  observeLongTasks,
  readLongTasks,
  timeBareWalk,
  waitForHighlights,
  type LongTasks,
} from './browser-util';
import { round } from './measure';
import { mainThreadTasks, startTrace, type TaskStats } from './trace';

export interface TracedLoad {
  /** From navigation until people were painted; null without the extension or with no answer in time. */
  paintedAfterMs: number | null;
  tasks: TaskStats;
  observer: LongTasks;
  heapMB: number;
  /** With the extension: its own account of the work, and a bare walk of the same page afterwards. */
  work: ContentWork | null;
  walkMs: number | null;
}

/** Loads `path` in a fresh tab of `context` with a trace running; with `extension`, waits for its highlights. */
export async function traceLoad(
  context: BrowserContext,
  origin: string,
  path: string,
  extension: LaunchedExtension | null,
  timeoutMs = 90_000,
): Promise<TracedLoad> {
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  await page.goto(`${origin}/blank.html`);
  const cdp = await context.newCDPSession(page);
  const stop = await startTrace(cdp);
  const started = Date.now();
  await page.goto(`${origin}/${path}`);
  let paintedAfterMs: number | null = null;
  if (extension) {
    const painted = await waitForHighlights(page, timeoutMs).then(
      () => true,
      () => false,
    );
    if (painted) paintedAfterMs = Date.now() - started;
  }
  await page.waitForTimeout(1000); // the paint after the answer, and observer entries, come later
  const events = await stop();
  await cdp.detach();
  const observer = await readLongTasks(page);
  const work = extension && paintedAfterMs !== null ? (await pageState(extension, page)).work : null;
  const walkMs = extension ? round((await timeBareWalk(page)).ms) : null;
  const heapMB = await heapAfterGc(page);
  await page.close();
  return {
    paintedAfterMs,
    tasks: mainThreadTasks(events, path),
    observer,
    heapMB: round(heapMB, 3),
    work,
    walkMs,
  };
}
