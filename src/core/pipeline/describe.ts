/**
 * How the article itself describes a person: a title phrase before the name ("Kremlin spokesman
 * Dmitry Peskov", "the retired army officer Andrei Kartapolov") or an apposition after it
 * ("Alexei Slobodenyuk, a staff member of ..., was stopped").
 */
import { FUNCTION_WORDS, TITLE_MODIFIERS, TITLE_WORDS } from '../lexicon/words';
import type { PageText } from '../report';
import { adjacent, type Token } from '../text/tokenize';

const MAX_TITLE_WORDS = 5;
// ", a staff member of ...", ", 74, who took over ...", ", director of ...": after an optional age,
// a determiner, a relative pronoun or a title word starts the description.
const APPOSITION =
  /^,\s+(?:\d{1,3},\s+)?((?:a|an|the|one of|who|whose|then|now|formerly|once|himself|herself|[\p{L}-]+)\s[^,.;:!?"“”«»()]{3,140}?)(?=[,.;:!?)]|$)/iu;

/** The title phrase written right before tokens[from], or null. */
export function titleBefore(page: PageText, tokens: Token[], from: number): string | null {
  let first = from;
  let hasHead = false;
  for (let j = from - 1; j >= 0 && from - j <= MAX_TITLE_WORDS; j--) {
    const token = tokens[j] as Token;
    const next = tokens[j + 1] as Token;
    if (token.block !== next.block || token.possessive || !adjacent(page.text, token, next)) break;
    const head = TITLE_WORDS.has(token.folded);
    const modifier = TITLE_MODIFIERS.has(token.folded) || (token.capitalised && !FUNCTION_WORDS.has(token.folded));
    if (!head && !modifier) break;
    if (j === from - 1 && !head) return null; // the word next to the name must be a title: "spokesman"
    hasHead ||= head;
    first = j;
  }
  if (!hasHead || first === from) return null;
  const last = tokens[from - 1] as Token;
  const start = (tokens[first] as Token).start;
  return page.text.slice(start, last.end + (last.dotAfter ? 1 : 0));
}

/** The apposition right after tokens[to], or null: ", a staff member of ...". */
export function describeAfter(page: PageText, tokens: Token[], to: number): string | null {
  const token = tokens[to] as Token;
  if (token.possessive) return null;
  const block = page.blocks[token.block];
  const rest = page.text.slice(token.end, block ? block.end : token.end + 200);
  const match = APPOSITION.exec(rest);
  const phrase = match?.[1]?.trim();
  if (!phrase) return null;
  const first = phrase.split(/\s+/)[0]?.toLowerCase() ?? '';
  const opener =
    /^(?:a|an|the|one|who|whose|then|now|formerly|once|himself|herself)$/.test(first) || TITLE_WORDS.has(first);
  return opener ? phrase : null;
}
