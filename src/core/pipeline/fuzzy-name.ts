/**
 * Fuzzy name matching over a small candidate set: transliteration keys find the few people a
 * misspelling could mean, and fuse.js scores the written form against their names.
 */
import Fuse from 'fuse.js';
import type { EntityIndex } from '../dataset/entity-index';
import { fold } from '../text/fold';
import { nameKey } from '../text/name-key';

/** The lowest similarity (1 - fuse score) a fuzzy match needs. */
export const MIN_SIMILARITY = 0.65;

/** People whose keys equal or resemble the key of `written` (one word or a full name). */
export function keyCandidates(written: string, index: EntityIndex): number[] {
  const key = nameKey(written);
  if (key.length < 4) return [...index.byKey(key)];
  return [...new Set([...index.byKey(key), ...index.nearKey(key)])];
}

/** Scores `written` against the names of `people`; best first, only those similar enough. */
export function scoreNames(
  written: string,
  people: readonly number[],
  index: EntityIndex,
  wordsOnly = false,
): { person: number; similarity: number }[] {
  if (people.length === 0) return [];
  const entries: { person: number; name: string }[] = [];
  for (const person of people) {
    for (const name of index.person(person).names) {
      const folded = fold(name);
      if (wordsOnly) for (const word of folded.split(' ')) entries.push({ person, name: word });
      else entries.push({ person, name: folded });
    }
  }
  const fuse = new Fuse(entries, {
    keys: ['name'],
    includeScore: true,
    threshold: 1 - MIN_SIMILARITY,
    ignoreLocation: true,
  });
  const best = new Map<number, number>();
  for (const result of fuse.search(fold(written))) {
    const similarity = 1 - (result.score ?? 1);
    if (similarity > (best.get(result.item.person) ?? 0)) best.set(result.item.person, similarity);
  }
  return [...best.entries()]
    .map(([person, similarity]) => ({ person, similarity }))
    .sort((a, b) => b.similarity - a.similarity);
}
