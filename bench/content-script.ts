/**
 * (a) The content script's main-thread time on a page against a bare TreeWalker walk.
 *
 * Method: the content script runs in an isolated world we cannot time from inside, so the tab's V8
 * CPU profiler (CDP Profiler, started on a blank page of the same origin so it survives the
 * navigation) records the load, and every sample whose stack holds a frame of
 * content-scripts/content.js counts: its evaluation, collect (with the layout checkVisibility
 * forces), page meta, the message send, and paint after the answer. The analysis itself runs in
 * the service worker, not on this thread. The walk runs afterwards in the same tab, timed with
 * performance.now() (its first, cold run, as the content script's is): sub-millisecond, it is below
 * what the sampler resolves on a busy 2-core machine (samples come every ~0.5 ms, not every 50 µs).
 */
import type { BrowserContext } from 'playwright-core';
import { heapAfterGc, timeBareWalk, waitForHighlights } from './browser-util';
import { round } from './measure';
import { scriptMs, topFunctions, type CpuProfile } from './profile';

export interface ProfiledLoad {
  contentScriptMs: number;
  /** Timed with performance.now() in the page: 100 µs steps without cross-origin isolation. */
  walkMs: number;
  /** From navigation until people were painted; null when no answer came in time. */
  paintedAfterMs: number | null;
  heapMB: number;
  topFunctions: { name: string; ms: number }[];
  /** performance.measure() entries named "dramatis:…" the content script left (none today). */
  measures: Record<string, number>;
}

/** Loads `path` in a fresh tab of `context` (whose extension is `extensionId`) and profiles it. */
export async function profileLoad(
  context: BrowserContext,
  origin: string,
  extensionId: string,
  path: string,
): Promise<ProfiledLoad> {
  const page = await context.newPage();
  await page.goto(`${origin}/blank.html`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  const started = Date.now();
  await page.goto(`${origin}/${path}`);
  const painted = await waitForHighlights(page).then(
    () => true,
    () => false,
  );
  const paintedAfterMs = painted ? Date.now() - started : null;
  const walk = await timeBareWalk(page);
  // Measures made in the content script's isolated world land in the page's timeline.
  const measures = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('measure')
        .filter((entry) => entry.name.startsWith('dramatis:'))
        .map((entry) => [entry.name, entry.duration]),
    ),
  );
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
  await cdp.detach();
  const heapMB = await heapAfterGc(page);
  await page.close();
  const prefix = `chrome-extension://${extensionId}/content-scripts/`;
  return {
    contentScriptMs: round(scriptMs(profile, prefix)),
    walkMs: round(walk.ms),
    paintedAfterMs,
    heapMB: round(heapMB, 3),
    topFunctions: topFunctions(profile, prefix),
    measures,
  };
}
