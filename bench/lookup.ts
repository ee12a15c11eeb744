/**
 * Lookup at scale: the dataset padded to 100,000 aliases; for each misspelt query, the project's
 * per-candidate lookup (keyCandidates blocks, scoreNames ranks) against one fuse.search over every
 * alias (a Fuse instance built once, with the project's threshold). Both answers are checked
 * against the person the query means.
 */
import Fuse from 'fuse.js';
import type { CompiledDataset } from '../src/core/dataset/compiled';
import { createEntityIndex, type EntityIndex } from '../src/core/dataset/entity-index';
import { keyCandidates, MIN_SIMILARITY, scoreNames } from '../src/core/pipeline/fuzzy-name';
import { fold } from '../src/core/text/fold';
import { median, progress, round, timeInterleaved } from './measure';
import { LOOKUP_QUERIES } from './queries';
import { aliasCount, padDataset } from './synthetic';

export interface LookupQueryResult {
  query: string;
  expected: string;
  ours: string | null;
  fuse: string | null;
  candidates: number;
  oursMs: number;
  fuseMs: number;
  ratio: number;
}

export interface LookupResult {
  aliases: number;
  people: number;
  fuseIndexBuildMs: number;
  oursMedianMs: number;
  fuseMedianMs: number;
  /** Median over queries of ours / fuse. */
  ratio: number;
  oursCorrect: number;
  fuseCorrect: number;
  queries: LookupQueryResult[];
}

/** The lookup link and corefer do: a surname alone by its words, a full name by surname and whole. */
function ourLookup(query: string, index: EntityIndex): { top: number | null; candidates: number } {
  const words = query.split(/\s+/);
  if (words.length === 1) {
    const pool = keyCandidates(query, index);
    return { top: scoreNames(query, pool, index, true)[0]?.person ?? null, candidates: pool.length };
  }
  const pool = [...new Set([...keyCandidates(query, index), ...keyCandidates(words.at(-1) ?? '', index)])];
  return { top: scoreNames(query, pool, index)[0]?.person ?? null, candidates: pool.length };
}

/** Runs the lookup benchmark on `dataset` padded to `target` aliases. */
export function benchLookup(dataset: CompiledDataset, target = 100_000): LookupResult {
  const padded = padDataset(dataset, target);
  const index = createEntityIndex(padded);
  const entries = padded.people.flatMap((person, at) => person.names.map((name) => ({ person: at, name: fold(name) })));
  const started = performance.now();
  const fuse = new Fuse(entries, {
    keys: ['name'],
    includeScore: true,
    threshold: 1 - MIN_SIMILARITY,
    ignoreLocation: true,
  });
  const fuseIndexBuildMs = performance.now() - started;
  const idOf = (person: number | null | undefined): string | null => (person == null ? null : index.person(person).id);
  const queries = LOOKUP_QUERIES.map(([query, expected]): LookupQueryResult => {
    const ours = ourLookup(query, index);
    const oursTime = timeInterleaved([() => ourLookup(query, index)], {
      warmup: 3,
      minRuns: 15,
      maxRuns: 300,
      budgetMs: 60,
    });
    const folded = fold(query);
    // A full search costs ~0.1-0.5 s here: two runs, the first also giving the answer.
    const fuseRuns = [0, 1].map(() => {
      const started = performance.now();
      const top = fuse.search(folded)[0]?.item.person;
      return { top, ms: performance.now() - started };
    });
    const fuseTop = fuseRuns[0]?.top;
    const oursMs = oursTime.medians[0] ?? Number.NaN;
    const fuseMs = median(fuseRuns.map((run) => run.ms));
    return {
      query,
      expected,
      ours: idOf(ours.top),
      fuse: idOf(fuseTop),
      candidates: ours.candidates,
      oursMs: round(oursMs, 4),
      fuseMs: round(fuseMs),
      ratio: round(oursMs / fuseMs, 5),
    };
  });
  progress(`lookup: ${String(queries.length)} queries done`);
  return {
    aliases: aliasCount(padded),
    people: padded.people.length,
    fuseIndexBuildMs: round(fuseIndexBuildMs),
    oursMedianMs: round(median(queries.map((q) => q.oursMs)), 4),
    fuseMedianMs: round(median(queries.map((q) => q.fuseMs))),
    ratio: round(median(queries.map((q) => q.ratio)), 5),
    oursCorrect: queries.filter((q) => q.ours === q.expected).length,
    fuseCorrect: queries.filter((q) => q.fuse === q.expected).length,
    queries,
  };
}
