/**
 * (a) The content script's main-thread time on a page against a bare TreeWalker walk.
 *
 * The budget's figure is collect + paint: the content script times each of its slices with
 * performance.now() (the clock the walk is timed with) and reports them through getPageState,
 * which only the extension can ask. The walk runs afterwards in the same tab, in the page's world,
 * cold as the content script's first scan is. Reported beside it, from the tab's V8 CPU profiler
 * (CDP Profiler, started on a blank page of the same origin so it survives the navigation): every
 * sample with a frame of content-scripts/content.js on its stack, so the whole script (evaluation,
 * the extension APIs' set-up, settings, collect, send, paint). The analysis itself runs in the
 * service worker, not on this thread.
 */
import type { ContentWork } from '../src/extension/protocol';
import { pageState, type LaunchedExtension } from '../tests/browser/harness';
import { heapAfterGc, timeBareWalk, waitForHighlights } from './browser-util';
import { round } from './measure';
import { scriptMs, topFunctions, type CpuProfile } from './profile';

export interface ProfiledLoad {
  /** The whole script's sampled main-thread time; null for a load without the profiler. */
  contentScriptMs: number | null;
  /** Timed with performance.now() in the page: 100 µs steps without cross-origin isolation. */
  walkMs: number;
  /** From navigation until people were painted; null when no answer came in time. */
  paintedAfterMs: number | null;
  heapMB: number;
  topFunctions: { name: string; ms: number }[];
  /** The content script's own account of its collect, send and paint (performance.now() around each slice). */
  work: ContentWork;
}

/**
 * Loads `path` in a fresh tab with the extension; with `profiled`, under the CPU profiler. The
 * profiler's sampling (every 50 µs) slows the page's thread, so the budget's figures come from
 * loads without it, and the whole-script figure from loads with it.
 */
export async function profileLoad(
  extension: LaunchedExtension,
  origin: string,
  path: string,
  profiled: boolean,
): Promise<ProfiledLoad> {
  const { context, extensionId } = extension;
  const page = await context.newPage();
  await page.goto(`${origin}/blank.html`);
  const cdp = await context.newCDPSession(page);
  if (profiled) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
  }
  const started = Date.now();
  await page.goto(`${origin}/${path}`);
  const painted = await waitForHighlights(page).then(
    () => true,
    () => false,
  );
  const paintedAfterMs = painted ? Date.now() - started : null;
  const walk = await timeBareWalk(page);
  const { work } = await pageState(extension, page);
  if (!work) throw new Error(`the content script reports no work on ${path}`);
  const profile = profiled ? ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile : null;
  await cdp.detach();
  const heapMB = await heapAfterGc(page);
  await page.close();
  const prefix = `chrome-extension://${extensionId}/content-scripts/`;
  return {
    contentScriptMs: profile ? round(scriptMs(profile, prefix)) : null,
    walkMs: round(walk.ms),
    paintedAfterMs,
    heapMB: round(heapMB, 3),
    topFunctions: profile ? topFunctions(profile, prefix) : [],
    work,
  };
}
