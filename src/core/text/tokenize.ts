/**
 * 01 of the pipeline's groundwork: words with their offsets, case and sentence position.
 * "Defense Minister Sergei Shoigu’s aide" -> Defense, Minister, Sergei, Shoigu (possessive), aide.
 */
import type { PageText } from '../report';
import { fold, INVISIBLE } from './fold';

export interface Token {
  start: number;
  end: number;
  text: string;
  folded: string;
  /** First letter is upper case (Latin, Cyrillic, Greek...). */
  capitalised: boolean;
  /** The script has no case (Arabic, Hebrew, CJK...): capitalisation says nothing. */
  caseless: boolean;
  /** First word of a sentence (or a block). */
  sentenceStart: boolean;
  /** A possessive ending ('s, ’s) followed the word and is not part of it. */
  possessive: boolean;
  /** A full stop follows directly: "Mr.", "W.", or the end of a sentence. */
  dotAfter: boolean;
  block: number;
}

// Invisible characters between two letters belong to the word ("Vla\u200Bdimir"), so a name with
// a soft hyphen or a zero-width space is one word; its offsets still count every character.
const INVISIBLE_IN_WORD = `[${INVISIBLE}]+(?=[\\p{L}\\p{M}])`;
const WORD = new RegExp(
  `[\\p{L}\\p{M}](?:[\\p{L}\\p{M}\\p{Nd}]|${INVISIBLE_IN_WORD})*(?:['’‐-][\\p{L}\\p{M}](?:[\\p{L}\\p{M}]|${INVISIBLE_IN_WORD})*)*`,
  'gu',
);
const INVISIBLES = new RegExp(`[${INVISIBLE}]`, 'g');
const POSSESSIVE = /['’]s$/i;
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'cmdr',
  'gov',
  'sen',
  'rep',
  'st',
  'rev',
  'fr',
  'sr',
  'jr',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'u',
  's',
  'mt',
  'ft',
  'pres',
  'supt',
  'insp',
]);
const OPENERS = /[\s"“”„«»‘’'([{\u2014\u2013-]/u;

/** Splits the page text into word tokens, block by block. */
export function tokenize(page: PageText): Token[] {
  const tokens: Token[] = [];
  page.blocks.forEach((block, blockIndex) => {
    const slice = page.text.slice(block.start, block.end);
    let previous: Token | null = null;
    for (const match of slice.matchAll(WORD)) {
      let text = match[0];
      const start = block.start + (match.index ?? 0);
      const possessive = POSSESSIVE.test(text) && text.length > 2;
      if (possessive) text = text.slice(0, -2);
      const end = start + text.length;
      const first = text.charAt(0);
      const caseless = first.toLowerCase() === first.toUpperCase();
      const token: Token = {
        start,
        end,
        text,
        folded: fold(text),
        capitalised: !caseless && first !== first.toLowerCase(),
        caseless,
        sentenceStart: startsSentence(page.text, block.start, start, previous),
        possessive,
        dotAfter: page.text.charAt(end + (possessive ? 2 : 0)) === '.',
        block: blockIndex,
      };
      tokens.push(token);
      previous = token;
    }
  });
  return tokens;
}

function startsSentence(text: string, blockStart: number, start: number, previous: Token | null): boolean {
  if (!previous) return true;
  let i = start - 1;
  while (i >= blockStart && OPENERS.test(text.charAt(i))) i--;
  if (i < blockStart) return true;
  const char = text.charAt(i);
  if (char === '!' || char === '?' || char === '…' || char === ':')
    return char !== ':' || /["“«„]/.test(text.slice(i, start));
  if (char !== '.') return false;
  if (i === previous.end || i === previous.end + 2) {
    // "Mr. Smith", "George W. Bush": an abbreviation or an initial does not end a sentence.
    return !(ABBREVIATIONS.has(previous.folded) || previous.text.length === 1);
  }
  return true;
}

/**
 * Only white space between two tokens (HTML shows any run of it as one space), or the full stop
 * of an initial or an abbreviation: "W. Bush".
 */
export function adjacent(text: string, a: Token | undefined, b: Token): boolean {
  if (!a) return false;
  const between = text.slice(a.end, b.start).replace(INVISIBLES, '');
  // "H.W.": an initial's full stop may touch the next initial.
  return (
    /^\s{1,40}$/.test(between) ||
    (/^\.\s{1,40}$/.test(between) && a.text.length <= 4) ||
    (between === '.' && a.text.length === 1)
  );
}

/** Words the page writes in lower case somewhere: ordinary words, whatever their case elsewhere. */
export function lowercaseWords(tokens: Token[]): Set<string> {
  return new Set(tokens.filter((t) => !t.capitalised && !t.caseless).map((t) => t.folded));
}
