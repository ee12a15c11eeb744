/**
 * The benchmark's result: headline ratios first (the keys other tools read), then the details, and
 * the same figures as a table for people. Budgets are DESIGN.md's, shown for reading, never enforced.
 */
import type { BrowserResult } from './browser';
import type { BundleResult } from './bundle';
import type { CorePageResult } from './core';
import type { LookupResult } from './lookup';
import { round, type Machine } from './measure';
import type { DatasetLoad, Scaling } from './stages';

export interface BenchResult {
  machine: Machine & { chromium: string | null; loadAverage: [number, number] };
  /** analyze() / compromise people() on the seed article. */
  coreVsCompromise: number;
  /** Per-candidate lookup / full fuse.search at 100,000 aliases, median per query. */
  lookupVsFuse: number;
  contentScriptVsWalk: number | null;
  /** The longest main-thread task the content script ran in, on the 1 MB page. */
  longestTaskMs: number | null;
  coldStartMs: number | null;
  contentScriptGzipBytes: number;
  budgets: Record<string, { value: number | null; budget: string; met: boolean | null }>;
  core: { seed: CorePageResult; pages: CorePageResult[]; scaling: Scaling };
  lookup: LookupResult;
  browser: (BrowserResult & { datasetLoadInNode: DatasetLoad }) | null;
  bundle: BundleResult;
}

type Headline = Omit<BenchResult, 'budgets' | 'machine' | 'core' | 'lookup' | 'browser' | 'bundle'>;

/** DESIGN.md's budgets against this run's figures; null where the figure was not measured. */
export function judge(h: Headline, lookup: LookupResult): BenchResult['budgets'] {
  const check = (value: number | null, budget: string, ok: (v: number) => boolean) => ({
    value,
    budget,
    met: value === null ? null : ok(value),
  });
  return {
    coreVsCompromise: check(h.coreVsCompromise, '<= 0.1 (10x faster)', (v) => v <= 0.1),
    lookupVsFuse: check(
      h.lookupVsFuse,
      '<= 0.01 (100x faster), equal or better answers',
      (v) => v <= 0.01 && lookup.oursCorrect >= lookup.fuseCorrect,
    ),
    contentScriptVsWalk: check(h.contentScriptVsWalk, '<= 2', (v) => v <= 2),
    longestTaskMs: check(h.longestTaskMs, '<= 50 ms', (v) => v <= 50),
    coldStartMs: check(h.coldStartMs, '< 150 ms', (v) => v < 150),
    contentScriptGzipBytes: check(h.contentScriptGzipBytes, 'tens of KB (< 100,000 B)', (v) => v < 100_000),
  };
}

const pad = (cells: (string | number)[], widths: number[]): string =>
  cells
    .map((cell, i) => (typeof cell === 'number' ? String(cell).padStart(widths[i] ?? 8) : cell.padEnd(widths[i] ?? 8)))
    .join('  ');

/** The table printed without --json. */
export function formatTable(r: BenchResult): string {
  const m = r.machine;
  const lines = [
    `Dramatis benchmark — ${m.cpu}, ${String(m.cores)} cores, ${String(m.memoryGB)} GB, Node ${m.node}, ${m.chromium ?? 'no browser'}, load ${m.loadAverage.join(' -> ')}`,
    '',
    'Headline (ratios measured in this run; budgets from DESIGN.md)',
    ...Object.entries(r.budgets).map(([key, b]) =>
      pad([key, b.value ?? 'n/a', b.budget, b.met === null ? '' : b.met ? 'met' : 'MISSED'], [24, 10, 48, 6]),
    ),
    '',
    'Core: analyze() vs compromise nlp(text).people() on the same collected text (median ms)',
    pad(
      ['page', 'KB', 'ours', 'compr.', 'ratio', 'MB/s', 'c.MB/s', 'people', 'c.people'],
      [30, 6, 8, 8, 7, 6, 6, 6, 8],
    ),
    ...[r.core.seed, ...r.core.pages].map((p) =>
      pad(
        [
          p.page,
          Math.round(p.megabytes * 1000),
          p.oursMs,
          p.compromiseMs,
          p.ratio,
          p.oursMBps,
          p.compromiseMBps,
          p.oursPeople,
          p.compromisePeople,
        ],
        [30, 6, 8, 8, 7, 6, 6, 6, 8],
      ),
    ),
    `  seed, ours:       ${(r.core.seed.oursNames ?? []).join(', ')}`,
    `  seed, compromise: ${(r.core.seed.compromiseNames ?? []).join(', ')}`,
    ...[r.core.seed, ...r.core.pages].flatMap((p) => (p.note ? [`  * ${p.page}: ${p.note}`] : [])),
    `  scaling on a page dense with names: ${r.core.scaling.chars.join(' -> ')} chars, ${r.core.scaling.ms.join(' -> ')} ms, exponent ${String(r.core.scaling.exponent)}`,
    '',
    `Lookup at ${String(r.lookup.aliases)} aliases (${String(r.lookup.people)} people): ours ${String(r.lookup.oursMedianMs)} ms, fuse.search ${String(r.lookup.fuseMedianMs)} ms (median per query), ratio ${String(r.lookup.ratio)}; right: ours ${String(r.lookup.oursCorrect)}, fuse ${String(r.lookup.fuseCorrect)} of ${String(r.lookup.queries.length)}`,
    ...r.lookup.queries
      .filter((q) => q.ours !== q.expected || q.fuse !== q.expected)
      .map((q) => `  ${q.query} (${q.expected}): ours ${q.ours ?? 'none'}, fuse ${q.fuse ?? 'none'}`),
  ];
  if (r.browser) lines.push('', ...formatBrowser(r.browser));
  lines.push(
    '',
    `Bundle: content.js ${String(r.bundle.contentScriptBytes)} B, gzip ${String(r.bundle.contentScriptGzipBytes)} B; background.js gzip ${String(r.bundle.backgroundGzipBytes)} B; dataset.json gzip ${String(r.bundle.datasetGzipBytes)} B`,
  );
  return lines.join('\n');
}

function formatBrowser(b: NonNullable<BenchResult['browser']>): string[] {
  const big = b.bigPage;
  const d = b.datasetLoadInNode;
  return [
    `Content script on the seed page: collect ${String(b.seed.collectMs)} ms + paint ${String(b.seed.paintMs)} ms vs bare TreeWalker walk ${String(b.seed.walkMs)} ms: ${String(b.seed.ratio)}x (median of ${String(b.seed.perLoad.length)} loads; painted after ${String(b.seed.paintedAfterMs)} ms)`,
    `  also: sending the text ${String(b.seed.sendMs)} ms; the whole script on the main thread (${String(b.seed.wholeScriptPerLoad.length)} loads under the profiler, which slows them: evaluation, settings, collect, send, paint) ${String(b.seed.wholeScriptMs)} ms, ${String(b.seed.wholeRatio)}x the walk`,
    `1 MB page (${String(big.chars)} chars, names in 1 paragraph of ${String(big.namesEvery)}): painted after ${String(big.withExtension.paintedAfterMs ?? 'no answer')} ms`,
    ...(big.withExtension.work
      ? [
          `  content script's own account: collect ${String(round(big.withExtension.work.collect.ms))} ms in ${String(big.withExtension.work.collect.slices)} slices (longest ${String(round(big.withExtension.work.collect.longestSliceMs))} ms), send ${String(round(big.withExtension.work.send.ms))} ms, paint ${String(round(big.withExtension.work.paint.ms))} ms; bare walk ${String(big.withExtension.walkMs)} ms`,
        ]
      : []),
    `  longest content-script task ${String(big.withExtension.tasks.longestContentScriptTaskMs)} ms (content script ${String(big.withExtension.tasks.contentScriptMs)} ms in all); longest task ${String(big.withExtension.tasks.longestTaskMs)} ms, without the extension ${String(big.withoutExtension.tasks.longestTaskMs)} ms; 'longtask' observer: ${String(big.withExtension.observer.longestMs)} ms (${String(big.withExtension.observer.count)} entries)`,
    `Service worker: cold start to answer ${String(b.coldStart.coldStartMs)} ms, warm answer ${String(b.coldStart.warmAnswerMs)} ms (${String(b.coldStart.ratio)}x), cold wake without the dataset ${String(b.coldStart.coldWakeNoDatasetMs)} ms; in Node dataset.json (${String(Math.round(d.bytes / 1000))} KB) parses in ${String(d.parseMs)} ms and indexes in ${String(d.indexMs)} ms`,
    `Memory (JS heap after GC): seed ${String(b.seed.heapMB)} MB with vs ${String(b.seed.heapWithoutExtensionMB)} MB without (+${String(b.seed.heapAddedMB)}); 1 MB page +${String(big.heapAddedMB)} MB`,
  ];
}
