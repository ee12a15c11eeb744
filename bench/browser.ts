/**
 * The browser half: Chromium with the built extension, pages served on 127.0.0.1 only, then the
 * same pages in a Chromium without the extension for the baselines of long tasks and memory.
 *
 * Memory (d): the renderer's JS heap after a full GC (CDP HeapProfiler.collectGarbage, then
 * Runtime.getHeapUsage, which covers the whole isolate: the page's world and the content script's
 * isolated world), with the extension minus without it. performance.memory is bucketed without
 * special flags, so CDP it is. Highlight ranges and other native objects are not in the JS heap.
 */
import { launchExtension, serveFixtures } from '../tests/browser/harness';
import { BIG_PAGE_NAMES_EVERY, bigPageHtml } from './big-page';
import { BLANK_HTML, launchPlain, plainHeap } from './browser-util';
import { benchColdStart, type ColdStartResult } from './cold-start';
import { profileLoad, type ProfiledLoad } from './content-script';
import { traceLoad, type TracedLoad } from './long-task';
import { median, progress, round } from './measure';
import type { BenchPage } from './pages';

export interface BrowserResult {
  seed: {
    /** The budget's figure: collect + paint, as the content script times its slices (median ms). */
    collectMs: number;
    paintMs: number;
    /** Handing the text to the service worker: not in the budget, reported. */
    sendMs: number;
    walkMs: number;
    /** (collect + paint) / walk. */
    ratio: number;
    /** Everything of the content script on the main thread (profiled loads): evaluation, settings, collect, send, paint. */
    wholeScriptMs: number;
    /** wholeScriptMs / walk. */
    wholeRatio: number;
    paintedAfterMs: number;
    heapMB: number;
    heapWithoutExtensionMB: number;
    heapAddedMB: number;
    topFunctions: ProfiledLoad['topFunctions'];
    perLoad: { collectMs: number; paintMs: number; sendMs: number; walkMs: number }[];
    /** The whole script per profiled load. */
    wholeScriptPerLoad: number[];
  };
  bigPage: {
    chars: number;
    namesEvery: number;
    withExtension: TracedLoad;
    withoutExtension: TracedLoad;
    heapAddedMB: number;
  };
  coldStart: ColdStartResult;
}

/** Loads of the seed page without the profiler (the budget's figures), and with it (the whole script). */
const SEED_LOADS = 9;
const PROFILED_LOADS = 5;

/** Runs (a) to (d) on the seed article and a generated 1 MB page. */
export async function benchBrowser(seed: BenchPage): Promise<BrowserResult> {
  const big = bigPageHtml(1_000_000, BIG_PAGE_NAMES_EVERY);
  const server = await serveFixtures({ 'blank.html': BLANK_HTML, 'seed.html': seed.html, 'big.html': big });
  try {
    const seedLoads: ProfiledLoad[] = [];
    const profiledLoads: ProfiledLoad[] = [];
    let bigWith: TracedLoad;
    let coldStart: ColdStartResult;
    const extension = await launchExtension();
    try {
      const { context, extensionId } = extension;
      progress('browser: content script on the seed page');
      for (let i = 0; i < SEED_LOADS; i++)
        seedLoads.push(await profileLoad(extension, server.origin, 'seed.html', false));
      for (let i = 0; i < PROFILED_LOADS; i++)
        profiledLoads.push(await profileLoad(extension, server.origin, 'seed.html', true));
      progress('browser: the 1 MB page');
      bigWith = await traceLoad(context, server.origin, 'big.html', extension);
      progress('browser: service worker cold start');
      coldStart = await benchColdStart(context, extensionId, seed);
    } finally {
      await extension.close();
    }
    progress('browser: baselines without the extension');
    const plain = await launchPlain();
    let seedHeaps: number[];
    let bigWithout: TracedLoad;
    try {
      seedHeaps = [];
      for (let i = 0; i < 3; i++) seedHeaps.push(await plainHeap(plain.context, `${server.origin}/seed.html`));
      bigWithout = await traceLoad(plain.context, server.origin, 'big.html', null);
    } finally {
      await plain.close();
    }
    const pick = (f: (load: ProfiledLoad) => number): number => median(seedLoads.map(f));
    const perLoad = seedLoads.map((load) => ({
      collectMs: round(load.work.collect.ms),
      paintMs: round(load.work.paint.ms),
      sendMs: round(load.work.send.ms),
      walkMs: load.walkMs,
    }));
    const collectMs = median(perLoad.map((load) => load.collectMs));
    const paintMs = median(perLoad.map((load) => load.paintMs));
    const wholeScriptMs = median(profiledLoads.map((load) => load.contentScriptMs ?? Number.NaN));
    const walkMs = pick((load) => load.walkMs);
    const heapMB = pick((load) => load.heapMB);
    const heapWithoutExtensionMB = median(seedHeaps);
    return {
      seed: {
        collectMs,
        paintMs,
        sendMs: median(perLoad.map((load) => load.sendMs)),
        walkMs: round(walkMs),
        ratio: round((collectMs + paintMs) / walkMs),
        wholeScriptMs,
        wholeRatio: round(wholeScriptMs / walkMs),
        paintedAfterMs: round(pick((load) => load.paintedAfterMs ?? Number.NaN)),
        heapMB: round(heapMB, 3),
        heapWithoutExtensionMB: round(heapWithoutExtensionMB, 3),
        heapAddedMB: round(heapMB - heapWithoutExtensionMB, 3),
        topFunctions: profiledLoads[0]?.topFunctions ?? [],
        perLoad,
        wholeScriptPerLoad: profiledLoads.map((load) => load.contentScriptMs ?? Number.NaN),
      },
      bigPage: {
        chars: big.replace(/<[^>]+>/g, '').length,
        namesEvery: BIG_PAGE_NAMES_EVERY,
        withExtension: bigWith,
        withoutExtension: bigWithout,
        heapAddedMB: round(bigWith.heapMB - bigWithout.heapMB, 3),
      },
      coldStart,
    };
  } finally {
    await server.close();
  }
}
