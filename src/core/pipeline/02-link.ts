/**
 * 02 link: full-name candidates -> dataset people.
 * Exact names first ("Sergei Shoigu"); namesakes are told apart by the page's context and the
 * article's date, and left unlinked when nothing does. Otherwise transliteration keys block a
 * small candidate set that fuse.js scores ("Volodymir Zelenskyi" -> Volodymyr Zelensky), with the
 * given name required to agree. Names the dataset lacks become unknown people when the page says
 * they are people.
 */
import { fold } from '../text/fold';
import { nameKey } from '../text/name-key';
import type { Candidate } from './01-spot';
import { keyCandidates, scoreNames } from './fuzzy-name';
import { bestFit, type PageContext } from './page-context';

export interface Mention {
  candidate: Candidate;
  /** Index of the dataset person, or null for a person not in the dataset. */
  person: number | null;
  /** "unknown:<folded name>" for people not in the dataset. */
  unknownKey: string | null;
  confidence: number;
  /** The written form matched only fuzzily. */
  fuzzy: boolean;
}

/** True for candidates of more than one word. */
export function isFullName(candidate: Candidate): boolean {
  return candidate.tokens.length > 1;
}

/** Links every full-name candidate and one-word full names ("Путин"); other single words are left for corefer. */
export function linkFullNames(candidates: Candidate[], context: PageContext): Mention[] {
  const mentions: Mention[] = [];
  for (const candidate of candidates) {
    if (!isFullName(candidate) && !isNativeScriptName(candidate, context)) continue;
    const mention = linkOne(candidate, context);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

function isNativeScriptName(candidate: Candidate, context: PageContext): boolean {
  return context.index.byName(fold(candidate.text)).length > 0;
}

function linkOne(candidate: Candidate, context: PageContext): Mention | null {
  const exact = context.index.byName(fold(candidate.text));
  if (exact.length > 0) {
    const best = exact.length === 1 ? { person: exact[0] as number, fit: 1 } : bestFit(exact, context, candidate.title);
    if (best) {
      const confidence = exact.length === 1 ? 1 : 0.75 + 0.2 * Math.min(best.fit, 1);
      return { candidate, person: best.person, unknownKey: null, confidence, fuzzy: false };
    }
    return unknown(candidate, 0.5); // namesakes nothing tells apart: better unknown than wrong
  }
  const partial = partialName(candidate, context);
  if (partial === 'ambiguous') return null;
  if (partial) return partial;
  const fuzzy = fuzzyFullName(candidate, context);
  if (fuzzy) return fuzzy;
  return candidate.personEvidence ? unknown(candidate, candidate.title ? 0.8 : 0.65) : null;
}

/**
 * "Kim Jong" begins the names of Kim Jong Un and Kim Jong Il: it is whichever of them was active on
 * the article's date, and nobody (rather than an unknown person) when that does not settle it.
 */
function partialName(candidate: Candidate, context: PageContext): Mention | 'ambiguous' | null {
  const written = fold(candidate.text);
  const first = candidate.tokens[0]?.folded ?? '';
  const pool = new Set([
    ...context.index.byShort(first),
    ...context.index.byShort(candidate.tokens[candidate.tokens.length - 1]?.folded ?? ''),
  ]);
  const starting = [...pool].filter((person) =>
    context.index.person(person).names.some((name) => fold(name).startsWith(`${written} `)),
  );
  if (starting.length === 0) return null;
  const active = starting.filter((person) => context.fit(person) >= 0.5);
  const chosen = active.length === 1 ? active[0] : starting.length === 1 ? starting[0] : undefined;
  if (chosen === undefined) return 'ambiguous';
  return { candidate, person: chosen, unknownKey: null, confidence: 0.7, fuzzy: true };
}

function fuzzyFullName(candidate: Candidate, context: PageContext): Mention | null {
  const words = candidate.tokens.map((t) => t.text);
  const last = words[words.length - 1] ?? '';
  const pool = new Set([...keyCandidates(candidate.text, context.index), ...keyCandidates(last, context.index)]);
  const firstKey = nameKey(words[0] ?? '');
  const compatible = [...pool].filter((person) =>
    context.index.person(person).names.some((name) => {
      const given = nameKey(name.split(/\s+/)[0] ?? '');
      return given === firstKey || (firstKey.length === 1 && given.startsWith(firstKey));
    }),
  );
  const scored = scoreNames(candidate.text, compatible, context.index);
  const top = scored[0];
  if (!top) return null;
  const rivals = scored.filter((s) => s.similarity >= top.similarity - 0.05).map((s) => s.person);
  const chosen = rivals.length === 1 ? { person: top.person } : bestFit(rivals, context);
  if (!chosen) return null;
  return {
    candidate,
    person: chosen.person,
    unknownKey: null,
    confidence: round(0.45 + 0.45 * top.similarity),
    fuzzy: true,
  };
}

function unknown(candidate: Candidate, confidence: number): Mention {
  return { candidate, person: null, unknownKey: `unknown:${fold(candidate.text)}`, confidence, fuzzy: false };
}

/** Two decimals: confidences are for people, not for floating-point noise. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
