/**
 * Core: analyze() against compromise's `nlp(text).people()` on the same collected text. Only the
 * two calls are timed (interleaved, warmed up, median); the people each finds are reported beside
 * the times so that speed is never bought with quality.
 */
import nlp from 'compromise';
import { analyze } from '../src/core/analyze';
import type { EntityIndex } from '../src/core/dataset/entity-index';
import { round, timeInterleaved, type RunPlan } from './measure';
import type { BenchPage } from './pages';

export interface CorePageResult {
  page: string;
  chars: number;
  megabytes: number;
  oursMs: number;
  compromiseMs: number;
  /** ours / compromise: below 1 is faster. */
  ratio: number;
  oursMBps: number;
  compromiseMBps: number;
  runs: number;
  oursPeople: number;
  compromisePeople: number;
  /** Names, for the seed article only. */
  oursNames?: string[];
  compromiseNames?: string[];
  note?: string;
}

const SEED_PLAN: RunPlan = { warmup: 5, minRuns: 15, maxRuns: 60, budgetMs: 3000 };
const PAGE_PLAN: RunPlan = { warmup: 2, minRuns: 5, maxRuns: 25, budgetMs: 1200 };

/** compromise's people as distinct names: "Putin." and "Putin’s" are one person. */
export function compromiseNames(text: string): string[] {
  const raw = nlp(text).people().out('array') as string[];
  const names = raw.map((name) =>
    name
      .replace(/[’']s?\W*$/u, '')
      .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')
      .replace(/\s+/g, ' '),
  );
  return [...new Set(names.filter((name) => name.length > 0))];
}

/** Benchmarks one page; `seed` measures longer and lists names. */
export function benchCorePage(page: BenchPage, index: EntityIndex, today: string, seed: boolean): CorePageResult {
  const run = () => analyze(page.page, page.meta, index, { today });
  const { text } = page.page;
  const { medians, runs } = timeInterleaved([run, () => nlp(text).people()], seed ? SEED_PLAN : PAGE_PLAN);
  const [oursMs = Number.NaN, compromiseMs = Number.NaN] = medians;
  const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;
  const ours = run().people;
  const theirs = compromiseNames(text);
  const result: CorePageResult = {
    page: page.name,
    chars: text.length,
    megabytes: round(megabytes, 4),
    oursMs: round(oursMs),
    compromiseMs: round(compromiseMs),
    ratio: round(oursMs / compromiseMs, 3),
    oursMBps: round(megabytes / (oursMs / 1000)),
    compromiseMBps: round(megabytes / (compromiseMs / 1000)),
    runs,
    oursPeople: ours.length,
    compromisePeople: theirs.length,
  };
  if (seed) {
    result.oursNames = ours.map((person) => (person.entityId ? person.name : `${person.name} (unknown)`));
    result.compromiseNames = theirs;
  }
  if (page.note) result.note = page.note;
  return result;
}
