/**
 * Transliteration keys: one spelling-blind form per name, so that the many romanisations of a
 * Russian or Ukrainian name meet — "Prighozin"/"Prigozhin", "Shoygu"/"Shoigu",
 * "Zelenskyy"/"Selenskyj"/"Зеленський", "Smirnoff"/"Smirnov" — and the linker only scores the few
 * people who share a key. A key is for finding candidates, never proof of identity.
 */
import { fold } from './fold';

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

// Order matters: longer clusters first, then single letters that romanisations swap freely.
const RULES: [RegExp, string][] = [
  [/x/g, 'ks'],
  [/shch|sch/g, 's'],
  [/tch|ch|cz/g, 'c'],
  [/sh|zh|sz/g, 's'],
  [/kh|gh/g, 'h'],
  [/ts|tz/g, 'c'],
  [/ck|q/g, 'k'],
  [/ph/g, 'f'],
  [/ff\b/g, 'v'],
  [/w/g, 'v'],
  [/[jy]/g, 'i'],
  [/z/g, 's'],
  [/g/g, 'h'],
  [/i[eo]/g, 'e'],
  [/iu/g, 'u'],
  [/ia/g, 'a'],
  [/(.)\1+/g, '$1'],
];

/** Romanises Cyrillic letters; other scripts pass through. */
export function romanise(folded: string): string {
  let out = '';
  for (const char of folded) out += CYRILLIC[char] ?? char;
  return out;
}

/** The transliteration key of one word or name: "Prighozin" -> "prihosin". */
export function nameKey(text: string): string {
  let key = romanise(fold(text)).replace(/[^a-z ]/g, '');
  for (const [pattern, replacement] of RULES) key = key.replace(pattern, replacement);
  return key.replace(/\s+/g, ' ').trim();
}
