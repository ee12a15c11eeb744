/**
 * Pads the compiled dataset with synthetic people up to a number of aliases, so that lookups are
 * measured at the scale the dataset may reach. Names come from syllables with a seeded generator:
 * the same padding every run, with surnames that look like the real ones ("Belanov", "Sharenko").
 */
import type { CompiledDataset, DatasetPerson, NameIndex } from '../src/core/dataset/compiled';
import { givenNames, shortForms } from '../src/core/dataset/name-forms';
import type { PersonSource } from '../src/core/dataset/schema';
import { fold } from '../src/core/text/fold';
import { nameKey } from '../src/core/text/name-key';

// Syllables, space-separated: given names are GIVEN + TAIL, surnames two or three STEMs + an end.
const GIVEN = 'al an bo da el ga i ka le ma mi na o ra se ta va yu'.split(' ');
const TAIL = 'der lin mir na ra rik slav tin vel zar ya nis'.split(' ');
const STEM = 'be che do ga ko la me no pe ro sha to vo zhe shi gu'.split(' ');
const SURNAME_END = 'nov rov shin enko sky chuk vich lin man son ez elli yev ski'.split(' ');
// Romanisations swapped in the second spelling of a surname, as real aliases do.
const VARIANTS: [RegExp, string][] = [
  [/ov$/, 'off'],
  [/sky$/, 'ski'],
  [/y/, 'i'],
  [/sh/, 'sch'],
  [/ch/, 'tch'],
  [/ev$/, 'yev'],
  [/k/, 'ck'],
];

/** mulberry32: a small seeded generator, so the padding is the same every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

function syntheticNames(random: () => number): string[] {
  const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)] as string;
  const given = capital(pick(GIVEN) + pick(TAIL));
  const surname = pick(STEM) + pick(STEM) + (random() < 0.5 ? pick(STEM) : '') + pick(SURNAME_END);
  const rule = VARIANTS.find(([pattern]) => pattern.test(surname));
  const names = [
    `${given} ${capital(surname)}`,
    `${given} ${capital(pick(GIVEN) + pick(TAIL))}ovich ${capital(surname)}`,
  ];
  if (rule) names.push(`${given} ${capital(surname.replace(rule[0], rule[1]))}`);
  return names;
}

/** The number of aliases (names as written, canonical ones included) of a dataset. */
export function aliasCount(dataset: CompiledDataset): number {
  return dataset.people.reduce((sum, person) => sum + person.names.length, 0);
}

/** A copy of `dataset` with synthetic people added until it holds `target` aliases. */
export function padDataset(dataset: CompiledDataset, target: number, seed = 20221006): CompiledDataset {
  const random = seeded(seed);
  const people = [...dataset.people];
  const index = {
    names: { ...dataset.index.names },
    short: { ...dataset.index.short },
    keys: { ...dataset.index.keys },
    givenNames: new Set(dataset.index.givenNames),
  };
  let aliases = aliasCount(dataset);
  while (aliases < target) {
    const names = syntheticNames(random)
      .filter((name) => index.names[fold(name)] === undefined)
      .slice(0, target - aliases);
    const [name, ...rest] = names;
    if (!name) continue;
    const source: PersonSource = {
      id: `synthetic-${people.length}`,
      name,
      aliases: rest,
      description: '',
      country: 'ZZ',
      roles: [],
    };
    const at = people.length;
    people.push(toPerson(source));
    for (const written of names) {
      add(index.names, fold(written), at);
      add(index.keys, nameKey(written), at);
    }
    for (const form of shortForms(source)) {
      add(index.short, form, at);
      add(index.keys, nameKey(form), at);
    }
    for (const given of givenNames(source)) index.givenNames.add(given);
    aliases += names.length;
  }
  return { ...dataset, people, index: { ...dataset.index, ...index, givenNames: [...index.givenNames].sort() } };
}

function toPerson(source: PersonSource): DatasetPerson {
  const names = [source.name, ...(source.aliases ?? [])];
  return {
    id: source.id,
    name: source.name,
    description: 'A synthetic person.',
    country: source.country,
    names,
    context: [],
    roles: [],
  };
}

/** Adds without touching the arrays the original dataset shares with the copy. */
function add(index: NameIndex, key: string, person: number): void {
  if (key.length === 0) return;
  const list = index[key];
  if (!list) index[key] = [person];
  else if (!list.includes(person)) index[key] = [...list, person];
}
