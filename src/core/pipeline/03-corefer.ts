/**
 * 03 corefer: one-word mentions ("Shoigu", "Putin’s", "Prighozin") join a person named in full on
 * the same page; a surname two people on the page share goes to the nearest one named before it,
 * and is left alone when there is none. Otherwise a surname that names exactly one person in the
 * dataset links on its own, at lower confidence, when the page holds one of that person's context
 * words (or their country) and the surname is not also an everyday word ("May").
 */
import { CALENDAR_WORDS, COMMON_WORD_SURNAMES } from '../lexicon/words';
import { fold } from '../text/fold';
import { nameKey } from '../text/name-key';
import type { Candidate } from './01-spot';
import { isFullName, round, type Mention } from './02-link';
import { keyCandidates, scoreNames } from './fuzzy-name';
import { bestFit, titleFits, type PageContext } from './page-context';

const NEARBY_BLOCKS = 3;

/** The page's full mentions, indexed once so each one-word candidate is resolved in constant time. */
interface PageNames {
  byPerson: Map<number, Mention[]>;
  /** Spelling variants already worked out, by written word: the same word recurs on a page. */
  variants: Map<string, ReadonlySet<number>>;
  /** Dataset answers for a lone word (with the title before it), by word: null when none. */
  alone: Map<string, { person: number; confidence: number; fuzzy: boolean } | null>;
  /** Unknown people by the transliteration key of their last name word. */
  byUnknownKey: Map<string, Mention[]>;
}

function indexPageNames(full: Mention[]): PageNames {
  const byPerson = new Map<number, Mention[]>();
  const byUnknownKey = new Map<string, Mention[]>();
  for (const mention of full) {
    const key = mention.person ?? nameKey(mention.candidate.tokens[mention.candidate.tokens.length - 1]?.text ?? '');
    const map = (typeof key === 'number' ? byPerson : byUnknownKey) as Map<number | string, Mention[]>;
    const list = map.get(key);
    if (list) list.push(mention);
    else map.set(key, [mention]);
  }
  return { byPerson, byUnknownKey, variants: new Map(), alone: new Map() };
}

/** Resolves the one-word candidates against the page's full mentions, then the dataset. */
export function corefer(candidates: Candidate[], full: Mention[], context: PageContext): Mention[] {
  const linked = new Set(full.map((m) => m.candidate));
  const names = indexPageNames(full);
  const out: Mention[] = [];
  for (const candidate of candidates) {
    if (linked.has(candidate) || isFullName(candidate)) continue;
    const mention = fromPage(candidate, names, context) ?? fromDatasetOnce(candidate, names, context);
    if (mention) out.push(mention);
  }
  return out;
}

function fromPage(candidate: Candidate, names: PageNames, context: PageContext): Mention | null {
  const token = candidate.tokens[0];
  if (!token) return null;
  const folded = fold(token.text);
  const exactHits = new Set(context.index.byShort(folded).filter((person) => names.byPerson.has(person)));
  let spelled = names.variants.get(token.text);
  if (!spelled) {
    spelled = spellingVariants(token.text, folded, names, exactHits, context);
    names.variants.set(token.text, spelled);
  }
  // One list of mentions per person (or unknown person) the word could mean, each in reading order.
  const lists = [...exactHits, ...spelled]
    .map((person) => names.byPerson.get(person) ?? [])
    .concat([names.byUnknownKey.get(nameKey(token.text)) ?? []])
    .filter((list) => list.length > 0);
  if (lists.length === 0) return null;
  let chosen = (lists[0] as Mention[])[0] as Mention;
  if (lists.length > 1) {
    const before = lists
      .map((list) => lastBefore(list, candidate.start))
      .filter((m): m is Mention => m !== null && token.block - (m.candidate.tokens[0]?.block ?? 0) <= NEARBY_BLOCKS)
      .sort((a, b) => b.candidate.start - a.candidate.start);
    const nearest = before[0];
    if (!nearest) return null;
    chosen = nearest;
  }
  const fuzzy = chosen.person !== null && !exactHits.has(chosen.person);
  const confidence = fuzzy ? Math.min(chosen.confidence, 0.85) : chosen.confidence;
  return { candidate, person: chosen.person, unknownKey: chosen.unknownKey, confidence: round(confidence), fuzzy };
}

/**
 * People on the page whose surname this word misspells ("Prighozin" after "Yevgeny Prigozhin"):
 * same transliteration key, or a similar one that fuse.js scores close. Scored once per word over
 * the few people the keys allow, so a page of many names stays linear. A word the page also
 * writes in lower case ("Schools" beside Scholz) is not a misspelt name.
 */
function spellingVariants(
  written: string,
  folded: string,
  names: PageNames,
  exact: ReadonlySet<number>,
  context: PageContext,
): ReadonlySet<number> {
  if (context.commonWords.has(folded)) return new Set();
  const onPage = { has: (person: number) => names.byPerson.has(person) && !exact.has(person) };
  const sameKey = context.index.byKey(nameKey(written)).filter((person) => onPage.has(person));
  if (nameKey(written).length < 5) return new Set(sameKey);
  const near = keyCandidates(written, context.index).filter(
    (person) => onPage.has(person) && !sameKey.includes(person),
  );
  const similar = scoreNames(written, near, context.index, true).filter((s) => s.similarity >= 0.75);
  return new Set([...sameKey, ...similar.map((s) => s.person)]);
}

function fromDatasetOnce(candidate: Candidate, names: PageNames, context: PageContext): Mention | null {
  const word = `${candidate.text}|${candidate.title ?? ''}|${String(candidate.tokens[0]?.sentenceStart)}`;
  let found = names.alone.get(word);
  if (found === undefined) {
    const mention = fromDataset(candidate, context);
    found =
      mention && mention.person !== null
        ? { person: mention.person, confidence: mention.confidence, fuzzy: mention.fuzzy }
        : null;
    names.alone.set(word, found);
  }
  return found ? { candidate, unknownKey: null, ...found } : null;
}

function fromDataset(candidate: Candidate, context: PageContext): Mention | null {
  const token = candidate.tokens[0];
  if (!token) return null;
  const folded = fold(token.text);
  if (CALENDAR_WORDS.has(folded) || COMMON_WORD_SURNAMES.has(folded)) return null;
  const exact = context.index.byShort(folded);
  if (exact.length > 0) {
    const best =
      exact.length === 1
        ? { person: exact[0] as number, fit: context.fit(exact[0] as number) }
        : bestFit(exact, context, candidate.title);
    if (!best || !knownAlone(best.person, context, titleFits(best.person, candidate.title, context))) return null;
    return {
      candidate,
      person: best.person,
      unknownKey: null,
      confidence: round(0.6 + 0.2 * Math.min(best.fit, 1)),
      fuzzy: false,
    };
  }
  // A given name alone ("Donald") is not a misspelt surname ("Donalds").
  if (token.sentenceStart || nameKey(token.text).length < 5 || context.index.isGivenName(folded)) return null;
  const scored = scoreNames(token.text, keyCandidates(token.text, context.index), context.index, true);
  const top = scored[0];
  if (!top || top.similarity < 0.8 || scored.some((s) => s !== top && s.similarity >= top.similarity - 0.05))
    return null;
  if (!knownAlone(top.person, context)) return null;
  return {
    candidate,
    person: top.person,
    unknownKey: null,
    confidence: round(0.4 + 0.3 * top.similarity),
    fuzzy: true,
  };
}

const LEADERS = new Set(['head-of-state', 'head-of-government', 'international']);

/**
 * Whether a surname alone may name this person: a national or international leader needs one sign
 * on the page (a context word, their country, or a title before the name that fits a role), anyone
 * else two.
 */
function knownAlone(person: number, context: PageContext, titled = false): boolean {
  const leader = context.index.person(person).roles.some((role) => LEADERS.has(role.kind));
  return context.contextHits(person) + (titled ? 1 : 0) >= (leader ? 1 : 2);
}

/** The last mention in `list` (reading order) that starts before `offset`, or null. */
function lastBefore(list: Mention[], offset: number): Mention | null {
  let low = 0;
  let high = list.length - 1;
  let found: Mention | null = null;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const mention = list[mid] as Mention;
    if (mention.candidate.start < offset) {
      found = mention;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
