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
const ONE_INVISIBLE = new RegExp(`^[${INVISIBLE}]$`);
const APOSTROPHES = /[\u2018\u2019\u02BC\u02B9\u0060\u00B4\u2032]/g;
const DASHES = /[\u2010-\u2015\u2212-]/g;

/** Folds one name or phrase for comparison: lower case, no diacritics, straight apostrophes. */
export function fold(text: string): string {
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

/**
 * Folds one character (a UTF-16 unit or a surrogate pair) to what it compares as; "" for marks.
 * Used where offsets must survive folding.
 */
export function foldChar(char: string): string {
  if (char === '\u2018' || char === '\u2019' || char === '\u02BC' || char === '`') return "'";
  if (ONE_INVISIBLE.test(char)) return '';
  const base = char.normalize('NFD').replace(MARKS, '');
  const lower = base.toLowerCase();
  return lower === 'ё' ? 'е' : lower;
}
