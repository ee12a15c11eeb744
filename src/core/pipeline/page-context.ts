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
  /** Words the page writes in lower case somewhere: ordinary words, not names. */
  commonWords: ReadonlySet<string>;
}

/** Builds the page context for one analysis; scores are cached per person. */
export function createPageContext(
  text: string,
  index: EntityIndex,
  date: string,
  commonWords: ReadonlySet<string> = new Set(),
): PageContext {
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
  return { index, date, fit, contextHits, commonWords };
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

/**
 * The best-fitting person among `people`, or null when two fit equally well. A title written before
 * the name ("Speaker Johnson") must fit one of the person's roles; when namesakes still tie, the one
 * who led a country or an international body on the date wins ("Kim" on a page about Pyongyang).
 */
export function bestFit(
  people: readonly number[],
  context: PageContext,
  title: string | null = null,
): { person: number; fit: number } | null {
  const scored = people.map((person) => ({ person, fit: context.fit(person) + titleFit(person, title, context) }));
  const top = Math.max(...scored.map((s) => s.fit));
  const best = scored.filter((s) => s.fit >= top - 0.01);
  if (best.length === 1) return best[0] ?? null;
  // A head of state outranks a head of government, who outranks the head of an international body.
  for (const kind of LEADER_KINDS) {
    const leaders = best.filter((s) => leadsOn(s.person, kind, context));
    if (leaders.length === 1) return leaders[0] ?? null;
    if (leaders.length > 1) return null;
  }
  return null;
}

const LEADER_KINDS = ['head-of-state', 'head-of-government', 'international'];

function leadsOn(person: number, kind: string, context: PageContext): boolean {
  return context.index.person(person).roles.some((role) => {
    if (role.kind !== kind) return false;
    const start = dateSpan(role.start)?.first ?? '9999';
    const end =
      role.end === undefined ? (role.ended ? context.index.asOf : '9999') : (dateSpan(role.end)?.last ?? '0000');
    return start <= context.date && context.date <= end;
  });
}

function titleFit(person: number, title: string | null, context: PageContext): number {
  return titleFits(person, title, context) ? 0.5 : 0;
}

/** The head word of the title before the name ("Speaker", "Chancellor") is in one of the person's role titles. */
export function titleFits(person: number, title: string | null, context: PageContext): boolean {
  const head = title?.toLowerCase().replace(/\.$/, '').split(/\s+/).pop();
  if (!head || head.length < 3) return false;
  return context.index.person(person).roles.some((role) => role.title.toLowerCase().includes(head));
}
