/**
 * 01 spot: candidate person mentions.
 * Exact dataset names inside runs of capitalised words ("Defense Minister Sergei Shoigu" ->
 * "Sergei Shoigu", title "Defense Minister"), and capitalised names the dataset does not know
 * ("Alexei Slobodenyuk, a staff member of ...") when something says they are a person.
 * "The Last Hail Mary", "Wagner Group" and "Forbes Russia" are not people.
 */
import type { EntityIndex } from '../dataset/entity-index';
import {
  CALENDAR_WORDS,
  FUNCTION_WORDS,
  NAME_PARTICLES,
  NOT_PERSON_WORDS,
  THING_NOUNS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from '../lexicon/words';
import type { PageText } from '../report';
import { SPEECH_VERB_SET } from '../lexicon/speech';
import { adjacent, type Token } from '../text/tokenize';
import { describeAfter, titleBefore } from './describe';

export interface Candidate {
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Exact dataset hits: full names for multi-word candidates, short forms for one word. */
  hits: readonly number[];
  /** A title phrase written before the name: "Kremlin spokesman". */
  title: string | null;
  /** An apposition after the name: "a staff member of ...". */
  apposition: string | null;
  /** Something on the page says this is a person: a title, a known given name, a description. */
  personEvidence: boolean;
}

/** Finds candidate mentions in reading order. */
export function spot(page: PageText, tokens: Token[], index: EntityIndex, lowercase: ReadonlySet<string>): Candidate[] {
  const headline = headlineBlocks(tokens);
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const end = runEnd(page.text, tokens, i);
    if (end < i) {
      i++;
      continue;
    }
    const followedBy = tokens[end + 1];
    const runIsThing =
      followedBy !== undefined &&
      adjacent(page.text, tokens[end], followedBy) &&
      NOT_PERSON_WORDS.has(followedBy.folded);
    let k = i;
    let segmentStart = i;
    while (k <= end) {
      const matchEnd = longestName(tokens, k, end, index);
      if (matchEnd < 0) {
        k++;
        continue;
      }
      if (segmentStart < k)
        unknownSegment(page, tokens, segmentStart, k - 1, false, { lowercase, headline }, index, candidates);
      candidates.push(makeCandidate(page, tokens, k, matchEnd, index.byName(joinFolded(tokens, k, matchEnd))));
      k = matchEnd + 1;
      segmentStart = k;
    }
    if (segmentStart <= end)
      unknownSegment(page, tokens, segmentStart, end, runIsThing, { lowercase, headline }, index, candidates);
    i = end + 1;
  }
  return candidates;
}

/** The last token of the run of name-like words starting at `i`, or i - 1 when none starts there. */
function runEnd(text: string, tokens: Token[], i: number): number {
  const first = tokens[i];
  if (!first || !(first.capitalised || first.caseless)) return i - 1;
  let end = i;
  while (end + 1 < tokens.length) {
    const current = tokens[end];
    const next = tokens[end + 1];
    if (!current || !next || current.possessive || next.block !== current.block) break;
    if (!adjacent(text, current, next)) break;
    if (next.capitalised || next.caseless) {
      end++;
      continue;
    }
    const after = tokens[end + 2];
    if (NAME_PARTICLES.has(next.folded) && after?.capitalised && adjacent(text, next, after)) {
      end += 2;
      continue;
    }
    break;
  }
  return end;
}

function joinFolded(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(from, to + 1)
    .map((t) => t.folded)
    .join(' ');
}

/** The end of the longest dataset name starting at `from` (within the run), or -1. */
function longestName(tokens: Token[], from: number, runLast: number, index: EntityIndex): number {
  const last = Math.min(runLast, from + index.maxNameWords - 1);
  for (let to = last; to >= from; to--) {
    if (tokens[to]?.possessive && to < last) continue;
    const hits = index.byName(joinFolded(tokens, from, to));
    if (hits.length === 0) continue;
    const single = to === from;
    // One word is a full name only in scripts without case or when it is a name of its own
    // ("Путин"); Latin single words go through the short-form route.
    if (single && !(tokens[from]?.caseless || !/^[\p{Script=Latin}'’-]+$/u.test(tokens[from]?.text ?? ''))) continue;
    return to;
  }
  return -1;
}

function makeCandidate(page: PageText, tokens: Token[], from: number, to: number, hits: readonly number[]): Candidate {
  const first = tokens[from] as Token;
  const last = tokens[to] as Token;
  const title = titleBefore(page, tokens, from);
  const apposition = describeAfter(page, tokens, to);
  return {
    start: first.start,
    end: last.end,
    text: page.text.slice(first.start, last.end),
    tokens: tokens.slice(from, to + 1),
    hits,
    title,
    apposition,
    personEvidence: title !== null || apposition !== null,
  };
}

/** A run part no dataset name covered: a short form ("Shoigu"), an unknown name, or nothing. */
function unknownSegment(
  page: PageText,
  tokens: Token[],
  from: number,
  to: number,
  runIsThing: boolean,
  { lowercase, headline }: { lowercase: ReadonlySet<string>; headline: ReadonlySet<number> },
  index: EntityIndex,
  out: Candidate[],
): void {
  const segment = tokens.slice(from, to + 1);
  const before = tokens[from - 1];
  if (before && adjacent(page.text, before, segment[0] as Token) && THING_NOUNS.has(before.folded)) return;
  if (runIsThing || segment.some((t) => NOT_PERSON_WORDS.has(t.folded) || index.isPlace(t.folded))) return;
  const firstToken = segment[0] as Token;
  if (FUNCTION_WORDS.has(firstToken.folded) && !firstToken.sentenceStart) return; // "The Last Hail Mary"
  let start = 0;
  while (start < segment.length) {
    const t = segment[start] as Token;
    const head = t.folded.split(' ')[0] ?? ''; // "President-elect" folds to "president elect"
    const isTitle = TITLE_WORDS.has(head) || TITLE_MODIFIERS.has(head);
    const commonAtSentenceStart = t.sentenceStart && (FUNCTION_WORDS.has(t.folded) || lowercase.has(t.folded));
    if (!isTitle && !commonAtSentenceStart) break;
    start++;
  }
  const name = segment.slice(start);
  if (name.length === 0 || name.length > 4) return;
  if (name.some((t) => FUNCTION_WORDS.has(t.folded) || (t.text.length === 1 && !t.dotAfter))) return;
  // "DJI", "NATO": an acronym makes it an organisation.
  if (name.some((t) => t.text.length > 1 && t.text === t.text.toUpperCase() && !t.caseless)) return;
  if (name.length > 1 && name.some((t, i) => !looksLikeNameWord(t, i, lowercase))) return;
  if (name.length > 1 && headline.has((name[0] as Token).block) && !hasTitle(page, tokens, from + start)) return;
  const from2 = from + start;
  const hits = name.length === 1 ? index.byShort(name[0]?.folded ?? '') : [];
  const candidate = makeCandidate(page, tokens, from2, to, hits);
  if (candidate.apposition && describesThing(candidate.apposition)) return;
  if (quotedAsTitle(page.text, candidate.start, candidate.end)) return; // the newsletter “Chip Week”
  if (name.length > 1 && (index.isGivenName((name[0] as Token).folded) || speaks(tokens, from2, to))) {
    candidate.personEvidence = true;
  }
  out.push(candidate);
}

/**
 * Blocks written in Title Case ("Obama Visits Prison In Oklahoma"): headlines and menus, where a
 * capitalised pair says nothing about a name.
 */
function headlineBlocks(tokens: Token[]): Set<number> {
  const counts = new Map<number, { words: number; capitals: number }>();
  for (const token of tokens) {
    const count = counts.get(token.block) ?? { words: 0, capitals: 0 };
    count.words += 1;
    if (token.capitalised) count.capitals += 1;
    counts.set(token.block, count);
  }
  return new Set([...counts].filter(([, c]) => c.words >= 4 && c.capitals / c.words >= 0.7).map(([block]) => block));
}

function hasTitle(page: PageText, tokens: Token[], from: number): boolean {
  return titleBefore(page, tokens, from) !== null;
}

/**
 * A word an unknown name can hold. Not: digits or glued words from captions ("Nolan22",
 * "CreditMichael"; "McHugh" is fine), months ("Erin Cunningham March"), or — after the first
 * word — a word the page also writes in lower case ("Obama Visits Prison", "Billion Deal").
 */
function looksLikeNameWord(token: Token, position: number, lowercase: ReadonlySet<string>): boolean {
  if (/\d/.test(token.text) || CALENDAR_WORDS.has(token.folded)) return false;
  if (/\p{Ll}\p{Lu}/u.test(token.text) && !/^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O’|O')/.test(token.text)) return false;
  return position === 0 || !lowercase.has(token.folded);
}

/**
 * "a human rights group", "the company that ...": an apposition whose head noun (before any
 * preposition) makes the name a thing. "a glaciologist at the University of Bergen" is a person.
 */
function describesThing(apposition: string): boolean {
  const head: string[] = [];
  for (const word of apposition.toLowerCase().split(/\s+/)) {
    if (/^(?:at|of|in|for|from|with|who|that|which|on|to|and)$/.test(word)) break;
    head.push(word);
  }
  return head.some((word) => NOT_PERSON_WORDS.has(word) || THING_NOUNS.has(word));
}

const PLACE_LEAD = new Set([
  'in',
  'at',
  'from',
  'to',
  'near',
  'across',
  'of',
  'on',
  'into',
  'the',
  'outside',
  'inside',
]);

/** "Ingrid Halvorsen said", "said Pieter van Damme": a speech verb right beside the name. */
function speaks(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from] as Token;
  const last = tokens[to] as Token;
  const after = tokens[to + 1];
  const before = tokens[from - 1];
  const beside = (other: Token | undefined, ref: Token) =>
    other !== undefined && other.block === ref.block && SPEECH_VERB_SET.has(other.folded);
  // "in the Peruvian Andes, said": after a preposition or an article it is a place, not a speaker.
  if (before !== undefined && before.block === first.block && PLACE_LEAD.has(before.folded)) return false;
  return beside(after, last) || beside(before, first);
}

/** A name standing alone inside quotation marks is a title: a newsletter, a film, a nickname. */
function quotedAsTitle(text: string, start: number, end: number): boolean {
  return /["“«„‘']/.test(text.charAt(start - 1)) && /["”»“’']/.test(text.charAt(end));
}
