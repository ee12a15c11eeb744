/**
 * 06 quotes: each quotation's kind and speaker.
 * Kind: `direct` (a full utterance), `partial` (a few quoted words in the writer's sentence:
 * demanding the military “stop lying”), `scare` (a term held at arm's length: Putin’s
 * “partial mobilization”). Titles of works are dropped.
 * Speaker: a speech verb after the quote ("…,” Peskov said / said Peskov) or before it ("Peskov
 * said:"), "according to", a pronoun (the last person named), a title alone (the person on the
 * page with that role), or an anonymous description ("an unnamed rookie"); a quotation with no
 * attribution continues the speaker of the quotation before it in the same or previous paragraph.
 */
import { PRONOUNS, SCARE_LEAD, SPEECH_VERBS, WORK_LEAD } from '../lexicon/speech';
import type { PageText, PersonFinding, QuoteFinding, QuoteKind } from '../report';
import { findQuoteSpans, type QuoteSpan } from './05-quote-spans';

type Speaker = NonNullable<QuoteFinding['speaker']>;

interface CastMention {
  start: number;
  end: number;
  person: PersonFinding;
}

/** The page's people, and all their mentions in reading order, so speakers are found by binary search. */
interface Cast {
  people: PersonFinding[];
  ordered: CastMention[];
}

function castOf(people: PersonFinding[]): Cast {
  const ordered = people
    .flatMap((person) => person.mentions.map((m) => ({ start: m.start, end: m.end, person })))
    .sort((a, b) => a.start - b.start);
  return { people, ordered };
}

// Compiled once: a regular expression made in a function is compiled again on every call. Those
// without \p{…} go without the u flag: case-insensitive Unicode matching of a hundred verbs takes
// milliseconds to compile, on every cold start of the service worker.
const AFTER_SPEAKER_VERB = new RegExp(
  `^[\\s,.!?…]*(?:[—–-]\\s*)?([^“”"«»„.!?;]{1,120}?)\\s+(?:(?:also|later|then|again|had|has|have|was|were|can be heard|could be heard|was heard)\\s+)*(?:${SPEECH_VERBS})\\b`,
  'i',
);
const AFTER_VERB_SPEAKER = new RegExp(`^[\\s,.!?…]*(?:${SPEECH_VERBS})\\s+([^“”"«».!?;,]{1,120})`, 'i');
const BEFORE_SPEAKER_VERB = new RegExp(
  `([^“”"«».!?;]{1,120}?)\\s+(?:${SPEECH_VERBS})(?:\\s+[\\p{L}’'-]+){0,4}?\\s*(?:that)?\\s*[:,]?\\s*$`,
  'iu',
);
const VERB_AFTER_SPACE = new RegExp(`(?:^|\\s)(?:${SPEECH_VERBS})`, 'i');
const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, 'i');
const SPEECH_VERB_AT_END = new RegExp(`\\b(?:${SPEECH_VERBS})\\b(?:\\s+[\\p{L}’'-]+){0,4}$`, 'iu');
const ACCORDING_TO = /according to\s+([^,.;:!?“”"«»]{2,100})/i;
// "said one of the leaders in Kherson on Thursday": the speaker ends before a time or a clause.
const STOP_AFTER_SPEAKER = /\s+(?:on|at|to|during|after|before|when|while|who|as|from|with|in\s+(?=\p{Ll}))\s*.*$/u;

/** Finds, classifies and attributes the page's quotations. */
export function findQuotes(page: PageText, people: PersonFinding[]): QuoteFinding[] {
  const cast = castOf(people);
  const quotes: QuoteFinding[] = [];
  const anonymous: string[] = [];
  let previous: { quote: QuoteFinding; span: QuoteSpan } | null = null;
  for (const span of findQuoteSpans(page)) {
    const raw = page.text
      .slice(span.start, span.end)
      .replace(/\s*\n\s*[“"«„‘']?/g, '\n')
      .trim();
    const text = raw.replace(/,$/, '');
    const before = sentenceBefore(page, span);
    const after = sentenceAfter(page, span);
    if (isWorkTitle(text, before)) continue;
    const kind = kindOf(raw, before, span, page);
    let attributed = kind === 'scare' ? null : attribute(page, span, before, after, cast);
    if (attributed) attributed = { ...attributed, speaker: recallDescription(attributed.speaker, anonymous) };
    const described = attributed?.speaker.key === null ? attributed.speaker.description : null;
    if (described) anonymous.push(described);
    if (
      !attributed &&
      kind === 'direct' &&
      previous &&
      previous.quote.speaker &&
      span.firstBlock - previous.span.lastBlock <= 1
    ) {
      attributed = { speaker: previous.quote.speaker, confidence: Math.min(previous.quote.confidence, 0.7) };
    }
    const quote: QuoteFinding = {
      text,
      start: span.start,
      end: span.end,
      kind,
      speaker: attributed?.speaker ?? null,
      confidence: attributed?.confidence ?? 0,
    };
    quotes.push(quote);
    if (kind === 'direct') previous = { quote, span };
  }
  return quotes;
}

/**
 * "the official said" after "a senior administration official said": the same anonymous speaker,
 * kept under the fuller description given first.
 */
function recallDescription(speaker: Speaker, earlier: string[]): Speaker {
  const phrase = speaker.description;
  if (speaker.key !== null || !phrase || !/^the\s/i.test(phrase)) return speaker;
  const head = phrase.split(/\s+/).pop()?.toLowerCase() ?? '';
  const fuller = [...earlier].reverse().find((d) => d.toLowerCase().split(/\s+/).includes(head) && !/^the\s/i.test(d));
  return fuller ? { ...speaker, description: fuller } : speaker;
}

function blockOf(page: PageText, index: number): { start: number; end: number } {
  return page.blocks[index] ?? { start: 0, end: page.text.length };
}

/** The writer's words before the opening mark, back to the sentence start. */
function sentenceBefore(page: PageText, span: QuoteSpan): string {
  const block = blockOf(page, span.firstBlock);
  const text = page.text.slice(block.start, span.open);
  const cut = Math.max(text.lastIndexOf('. '), text.lastIndexOf('? '), text.lastIndexOf('! '), text.lastIndexOf('” '));
  return cut >= 0 ? text.slice(cut + 2) : text;
}

/** The writer's words after the closing mark, to the end of the sentence. */
function sentenceAfter(page: PageText, span: QuoteSpan): string {
  if (span.close === null) return '';
  const block = blockOf(page, span.lastBlock);
  const text = page.text.slice(span.close + 1, block.end);
  const open = text.search(/[“"«„]/);
  return open >= 0 ? text.slice(0, open) : text;
}

function isWorkTitle(text: string, before: string): boolean {
  const words = text.split(/\s+/);
  const titleCase =
    words.length <= 8 && words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|a|an|and|in|on|for|to)$/.test(w));
  return (
    titleCase &&
    (WORK_LEAD.test(before) || (words.length >= 2 && !/[.!?,]$/.test(text) && /\b(?:the|in|on)\s*$/i.test(before)))
  );
}

/**
 * Direct: the quotation stands as its own sentence or clause — nothing of the writer's before it,
 * or a colon or comma ("said: “…”") — or runs over paragraphs. Partial: it continues the writer's
 * sentence ("promised to “finish the job.”", even with the full stop inside the marks). Scare: a
 * word or two held at arm's length (“meat”, Putin’s “partial mobilization”).
 */
function kindOf(text: string, before: string, span: QuoteSpan, page: PageText): QuoteKind {
  const words = text.split(/\s+/).filter(Boolean).length;
  if (span.lastBlock > span.firstBlock) return 'direct';
  const lead = before.trimEnd();
  const standsAlone = lead === '' || /[:,—–-]$/.test(lead) || startsBlock(span, page);
  const capital = /^\p{Lu}/u.test(text);
  if (standsAlone && (capital || words >= 4)) return 'direct';
  if (capital && words >= 5) return 'direct';
  const speechBefore = SPEECH_VERB_AT_END.test(lead);
  if (words >= 3 || (speechBefore && words >= 2)) return 'partial';
  if (SCARE_LEAD.test(lastWords(lead, 3)) || words <= 2) return 'scare';
  return 'partial';
}

/**
 * The last `count` white-space separated words of `text`, with the space before them: what a
 * pattern anchored at the end and spanning at most that many words can match.
 */
function lastWords(text: string, count: number): string {
  let at = text.length;
  for (let words = 0; words < count && at > 0; words++) {
    while (at > 0 && /\s/.test(text.charAt(at - 1))) at--;
    while (at > 0 && !/\s/.test(text.charAt(at - 1))) at--;
  }
  return text.slice(Math.max(0, at - 1));
}

function startsBlock(span: QuoteSpan, page: PageText): boolean {
  return page.text.slice(blockOf(page, span.firstBlock).start, span.open).trim() === '';
}

function attribute(
  page: PageText,
  span: QuoteSpan,
  before: string,
  after: string,
  cast: Cast,
): { speaker: Speaker; confidence: number } | null {
  const afterStart = (span.close ?? span.end) + 1;
  const patterns: [RegExpExecArray | null, number][] = [
    [AFTER_SPEAKER_VERB.exec(after), afterStart],
    [AFTER_VERB_SPEAKER.exec(after), afterStart],
    // The verb is among the last seven words ("told reporters on Monday that :"): without one
    // there, the costly pattern (tried from every position of the sentence) cannot match.
    [VERB_AFTER_SPACE.test(lastWords(before, 7)) ? BEFORE_SPEAKER_VERB.exec(before) : null, span.open - before.length],
    [ACCORDING_TO.exec(`${before} ${after}`), -1],
  ];
  for (const [match, base] of patterns) {
    const whole = match?.[1]?.replace(STOP_AFTER_SPEAKER, '');
    if (!match || !whole) continue;
    // The speaker is in the last clause: "Shoigu arrived, and Peskov said: …" is Peskov's.
    const clause = lastClauseStart(whole);
    const phrase = whole.slice(clause).trim();
    if (!phrase) continue;
    const offset =
      base >= 0
        ? base +
          match.index +
          match[0].indexOf(match[1] ?? '') +
          clause +
          (whole.slice(clause).length - whole.slice(clause).trimStart().length)
        : -1;
    const speaker = resolveSpeaker(phrase, offset, span, cast);
    if (speaker) return speaker;
  }
  return subjectOfSpeech(before, span.open - before.length, cast);
}

/** "Zelensky said on Monday that his forces were “advancing”": the first person named before a speech verb. */
function subjectOfSpeech(before: string, base: number, cast: Cast): { speaker: Speaker; confidence: number } | null {
  const verb = SPEECH_VERB.exec(before);
  if (!verb) return null;
  const person = firstPersonIn(base, base + verb.index, cast);
  return person ? { speaker: named(person), confidence: 0.7 } : null;
}

/** The person of the first mention inside [start, end), or null. */
function firstPersonIn(start: number, end: number, cast: Cast): PersonFinding | null {
  const mention = cast.ordered[firstAtOrAfter(cast.ordered, start)];
  return mention && mention.end <= end ? mention.person : null;
}

const CLAUSE_BREAK = /(?:,\s+(?:and|but|while|whereas|as|so)\s+|;\s+|\s+(?:and|but|while)\s+(?=\p{Lu}))/gu;

/** Where the last clause of a phrase begins. */
function lastClauseStart(phrase: string): number {
  let start = 0;
  for (const match of phrase.matchAll(CLAUSE_BREAK)) start = (match.index ?? 0) + match[0].length;
  return start;
}

function resolveSpeaker(
  phrase: string,
  offset: number,
  span: QuoteSpan,
  cast: Cast,
): { speaker: Speaker; confidence: number } | null {
  const lower = phrase.toLowerCase().replace(/^(?:and|but|as)\s+/, '');
  if (offset >= 0) {
    // The subject is the first person named in the phrase: "Solovyov, interviewing Kartapolov, suggested".
    const person = firstPersonIn(offset, offset + phrase.length, cast);
    if (person) return { speaker: named(person), confidence: 0.9 };
  } else {
    const person = cast.people.find((p) => p.surfaceForms.some((form) => phrase.includes(form)));
    if (person) return { speaker: named(person), confidence: 0.8 };
  }
  if (PRONOUNS.has(lower)) {
    const last = lastPersonBefore(span.open, cast);
    return last ? { speaker: named(last), confidence: 0.7 } : null;
  }
  if (!/^(?:a|an|the|one|some|several|many|two|three|another|other|an?\s+unnamed)\b/.test(lower)) return null;
  const head = lower.split(/\s+/).pop() ?? '';
  const titled = cast.people.filter(
    (p) => head.length > 3 && `${p.pageContext ?? ''} ${p.roleAtPublication ?? ''}`.toLowerCase().includes(head),
  );
  if (lower.startsWith('the ') && titled.length === 1 && titled[0])
    return { speaker: named(titled[0]), confidence: 0.6 };
  return {
    speaker: { key: null, name: null, description: phrase.replace(/^(?:and|but|as)\s+/i, '') },
    confidence: 0.75,
  };
}

function named(person: PersonFinding): Speaker {
  return { key: person.key, name: person.name, description: person.pageContext };
}

/** The person of the last mention that ends before `offset`, or null. */
function lastPersonBefore(offset: number, cast: Cast): PersonFinding | null {
  for (let i = firstAtOrAfter(cast.ordered, offset) - 1; i >= 0; i--) {
    const mention = cast.ordered[i] as CastMention;
    if (mention.end <= offset) return mention.person;
  }
  return null;
}

/** The index of the first mention starting at or after `offset` (ordered.length when none). */
function firstAtOrAfter(ordered: CastMention[], offset: number): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((ordered[mid] as CastMention).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
