/**
 * What the page says around its names that helps choose between namesakes: which context words
 * of a person occur on it, and whether the person was active when the article was written.
 */
import type { DatasetPerson } from '../dataset/compiled';
import type { EntityIndex } from '../dataset/entity-index';
import { dateSpan } from '../dataset/partial-date';
import { fold } from '../text/fold';

export interface PageContext {
  index: EntityIndex;
  /** The date roles are resolved at (publication, or today). */
  date: string;
  /** 0..1: how well person `i` fits this page. */
  fit(person: number): number;
  /** How many of person `i`'s context words (and country name) the page holds. */
  contextHits(person: number): number;
}

/** Builds the page context for one analysis; scores are cached per person. */
export function createPageContext(text: string, index: EntityIndex, date: string): PageContext {
  const folded = ` ${fold(text)} `;
  const hitsCache = new Map<number, number>();
  const contextHits = (i: number): number => {
    let hits = hitsCache.get(i);
    if (hits === undefined) {
      hits = index.person(i).context.filter((word) => folded.includes(` ${word} `)).length;
      hitsCache.set(i, hits);
    }
    return hits;
  };
  const fit = (i: number): number => Math.min(contextHits(i), 3) / 6 + (activeAround(index.person(i), date) ? 0.5 : 0);
  return { index, date, fit, contextHits };
}

/** The person held a role within two years of `date`, and was alive on it. */
function activeAround(person: DatasetPerson, date: string): boolean {
  const year = Number(date.slice(0, 4));
  if (person.died !== undefined && Number(person.died.slice(0, 4)) < year - 1) return false;
  return person.roles.some((role) => {
    const start = Number(dateSpan(role.start)?.first.slice(0, 4) ?? '9999');
    const end = role.end === undefined ? 9999 : Number(dateSpan(role.end)?.last.slice(0, 4) ?? '0');
    return start <= year + 1 && end >= year - 2;
  });
}

/** The best-fitting person among `people`, or null when two fit equally well. */
export function bestFit(people: readonly number[], context: PageContext): { person: number; fit: number } | null {
  let best: { person: number; fit: number } | null = null;
  let tie = false;
  for (const person of people) {
    const fit = context.fit(person);
    if (!best || fit > best.fit + 0.01) {
      best = { person, fit };
      tie = false;
    } else if (Math.abs(fit - best.fit) <= 0.01) tie = true;
  }
  return tie ? null : best;
}
