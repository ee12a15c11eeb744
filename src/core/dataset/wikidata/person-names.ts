/**
 * Step 2 of a conversion: a person's id, name, aliases and description from Wikidata's labels,
 * cut to what the validator accepts.
 */
import { fold } from '../../text/fold';
import type { PersonFacts } from './person-facts';
import { LANGUAGES } from './sparql-query';

/** Latin letters that Unicode does not decompose into an ASCII letter and a mark. */
const LETTERS: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', æ: 'ae', œ: 'oe', þ: 'th', ı: 'i' };

/** Collapses whitespace, so a label is one trimmed line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A kebab-case id from an English name, folded to ASCII; "" when nothing is left.
 * @example personId("Erin O'Toole") === 'erin-otoole'; personId('Łukasz Szczęsny') === 'lukasz-szczesny'
 */
export function personId(name: string): string {
  const ascii = fold(name)
    .replace(/[ßøłđðæœþı]/g, (letter) => LETTERS[letter] ?? letter)
    .replace(/'/g, '');
  return ascii
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
}

/**
 * Every language's label and aliases, in LANGUAGES order: one of each folded form, never the
 * name itself, and none too long for the validator.
 */
export function aliasesOf(facts: PersonFacts, name: string): string[] {
  const seen = new Set([fold(name)]);
  const aliases: string[] = [];
  for (const language of LANGUAGES) {
    const label = facts.labels.get(language);
    const candidates = [...(label ? [label] : []), ...[...(facts.aliases.get(language) ?? [])].sort()];
    for (const alias of candidates.map(oneLine)) {
      const key = fold(alias);
      if (key === '' || alias.length > 120 || seen.has(key)) continue;
      seen.add(key);
      aliases.push(alias);
    }
  }
  return aliases;
}

/**
 * Wikidata's English description as one line of 12 to 200 characters, capitalised like ours; a
 * longer one is cut at a word and ends in "…". Null when there is none or it is too short.
 */
export function descriptionOf(text: string | undefined): string | null {
  const line = oneLine(text ?? '');
  if (line.length < 12) return null;
  const capitalised = line.charAt(0).toUpperCase() + line.slice(1);
  if (capitalised.length <= 200) return capitalised;
  const cut = capitalised.slice(0, 199);
  const lastSpace = cut.lastIndexOf(' ');
  return `${cut.slice(0, lastSpace > 100 ? lastSpace : 199).replace(/[\s,;:(-]+$/, '')}…`;
}
