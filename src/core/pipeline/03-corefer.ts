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

/** Resolves the one-word candidates against the page's full mentions, then the dataset. */
export function corefer(candidates: Candidate[], full: Mention[], context: PageContext): Mention[] {
  const linked = new Set(full.map((m) => m.candidate));
  const out: Mention[] = [];
  for (const candidate of candidates) {
    if (linked.has(candidate) || isFullName(candidate)) continue;
    const mention = fromPage(candidate, full, context) ?? fromDataset(candidate, context);
    if (mention) out.push(mention);
  }
  return out;
}

function fromPage(candidate: Candidate, full: Mention[], context: PageContext): Mention | null {
  const token = candidate.tokens[0];
  if (!token) return null;
  const key = nameKey(token.text);
  const folded = fold(token.text);
  const exactHits = new Set(context.index.byShort(folded));
  const keyHits = new Set(context.index.byKey(key));
  const matches = full.filter((m) =>
    m.person !== null
      ? exactHits.has(m.person) || keyHits.has(m.person) || similarSurname(token.text, m, context)
      : nameKey(m.candidate.tokens[m.candidate.tokens.length - 1]?.text ?? '') === key,
  );
  const people = new Set(matches.map(identity));
  if (people.size === 0) return null;
  let chosen = matches[0] as Mention;
  if (people.size > 1) {
    const before = matches.filter(
      (m) => m.candidate.start < candidate.start && token.block - (m.candidate.tokens[0]?.block ?? 0) <= NEARBY_BLOCKS,
    );
    const nearest = before[before.length - 1];
    if (!nearest) return null;
    chosen = nearest;
  }
  const fuzzy = chosen.person !== null && !exactHits.has(chosen.person);
  const confidence = fuzzy ? Math.min(chosen.confidence, 0.85) : chosen.confidence;
  return { candidate, person: chosen.person, unknownKey: chosen.unknownKey, confidence: round(confidence), fuzzy };
}

/** A misspelt surname of a person already on the page: "Prighozin" after "Yevgeny Prigozhin". */
function similarSurname(written: string, mention: Mention, context: PageContext): boolean {
  if (mention.person === null || nameKey(written).length < 5) return false;
  return scoreNames(written, [mention.person], context.index, true).some((s) => s.similarity >= 0.75);
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

function identity(mention: Mention): string {
  return mention.person !== null ? `p${String(mention.person)}` : (mention.unknownKey ?? '');
}
