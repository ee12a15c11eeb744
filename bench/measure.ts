/**
 * Timing helpers: warm up, then run until a time budget is spent, and keep the median. Benchmarks
 * compare ratios measured in one run, so the helpers never judge a figure, they only collect it.
 */
import { cpus, totalmem } from 'node:os';

/** The middle value (mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface RunPlan {
  warmup: number;
  minRuns: number;
  maxRuns: number;
  /** Stop adding runs once this much time has been spent (after minRuns). */
  budgetMs: number;
}

/**
 * Times several functions on the same input, interleaved run by run so that a slow spell of the
 * machine (GC, another process) hits all of them alike. Returns the median ms of each.
 */
export function timeInterleaved(fns: readonly (() => unknown)[], plan: RunPlan): { medians: number[]; runs: number } {
  for (let i = 0; i < plan.warmup; i++) for (const fn of fns) fn();
  const samples: number[][] = fns.map(() => []);
  const started = performance.now();
  let runs = 0;
  while (runs < plan.maxRuns && (runs < plan.minRuns || performance.now() - started < plan.budgetMs)) {
    fns.forEach((fn, i) => {
      const t = performance.now();
      fn();
      samples[i]?.push(performance.now() - t);
    });
    runs++;
  }
  return { medians: samples.map(median), runs };
}

/** Rounds for display and JSON: measurements are not more precise than this. */
export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  platform: string;
}

/** The machine the figures were measured on: ratios travel, absolute times do not. */
export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGB: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

/** Progress goes to stderr, so that `--json` keeps stdout to the JSON alone. */
export function progress(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}
