/**
 * Folding: the one normal form every comparison of names goes through, so that "Zelenskyy",
 * "ZELENSKYY" and "Zelenskyy’s" meet, and "Šefčovič" meets "Sefcovic".
 * Folding never changes length assumptions of callers: offsets are kept by `foldWithMap`.
 */

const MARKS = /\p{M}/gu;
/**
 * Characters that show nothing inside a word, as a regular-expression class body: soft hyphens,
 * zero-width spaces and (non-)joiners, the word joiner and the byte-order mark.
 * "Ser\u00ADgei" reads (and folds) as "Sergei".
 */
export const INVISIBLE = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF';
const INVISIBLES = new RegExp(`[${INVISIBLE}]`, 'g');
const APOSTROPHES = /[\u2018\u2019\u02BC\u02B9\u0060\u00B4\u2032]/g;
const DASHES = /[\u2010-\u2015\u2212-]/g;

/** Plain ASCII words with single spaces: folding them is lower-casing them. */
const PLAIN = /^[A-Za-z0-9']+(?: [A-Za-z0-9']+)*$/;

/** Folds one name or phrase for comparison: lower case, no diacritics, straight apostrophes. */
export function fold(text: string): string {
  // Most words on an English page; the full pipeline below is eight passes over the text.
  return PLAIN.test(text) ? text.toLowerCase() : foldFully(text);
}

/** fold without its shortcut for plain words (exported so tests can hold the two to the same answers). */
export function foldFully(text: string): string {
  return text
    .replace(INVISIBLES, '')
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, ' ')
    .replace(/[.,]/g, ' ')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .trim();
}
