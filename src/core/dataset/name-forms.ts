/**
 * The forms under which a person can be found: full names, the short form used alone after a
 * first mention ("Putin", "Kim", "von der Leyen"), and given names.
 */
import { fold } from '../text/fold';
import type { PersonSource } from './schema';

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'di',
  'van',
  'von',
  'der',
  'la',
  'le',
]);

/** The folded words of a name, without generational suffixes ("Jr.", "III"). */
export function nameWords(name: string): string[] {
  return fold(name)
    .split(' ')
    .filter((word) => word.length > 0 && !SUFFIXES.has(word));
}

/** Folded short forms of a person: the explicit surname, else the last word of each name. */
export function shortForms(person: PersonSource): string[] {
  const forms = new Set<string>();
  const names = [person.name, ...(person.aliases ?? [])];
  if (person.surname !== undefined) forms.add(fold(person.surname));
  for (const name of names) {
    const words = nameWords(name);
    if (words.length === 1 && words[0]) forms.add(words[0]);
    else if (person.surname === undefined && words.length > 1) forms.add(words[words.length - 1] ?? '');
  }
  forms.delete('');
  return [...forms];
}

/** Folded given names: the first word of each multi-word name that is not a particle. */
export function givenNames(person: PersonSource): string[] {
  const names = [person.name, ...(person.aliases ?? [])];
  return names
    .map((name) => nameWords(name))
    .filter((words) => words.length > 1)
    .map((words) => words[0] ?? '')
    .filter((word) => word.length > 1 && !PARTICLES.has(word));
}
