/**
 * 04 people: mentions grouped into the report's people, in order of first appearance, each with
 * the role held on the resolution date, the role held now, and how the page describes them.
 */
import type { EntityIndex } from '../dataset/entity-index';
import type { PersonFinding } from '../report';
import { currentRole, roleAt } from '../roles/role-at-date';
import type { Mention } from './02-link';

/** Groups mentions (any order) into people in order of first appearance. */
export function collectPeople(mentions: Mention[], index: EntityIndex, date: string): PersonFinding[] {
  const groups = new Map<string, Mention[]>();
  for (const mention of [...mentions].sort((a, b) => a.candidate.start - b.candidate.start)) {
    const key = mention.person !== null ? index.person(mention.person).id : (mention.unknownKey ?? '');
    const group = groups.get(key);
    if (group) group.push(mention);
    else groups.set(key, [mention]);
  }
  return [...groups.entries()].map(([key, group]) => toFinding(key, group, index, date));
}

function toFinding(key: string, group: Mention[], index: EntityIndex, date: string): PersonFinding {
  const first = group[0] as Mention;
  const surfaceForms = [...new Set(group.map((m) => m.candidate.text))];
  const fuzzyForms = [...new Set(group.filter((m) => m.fuzzy).map((m) => m.candidate.text))];
  const pageContext = group.map(description).find((d) => d !== null) ?? null;
  const finding: PersonFinding = {
    key,
    entityId: null,
    name: fullestForm(group),
    surfaceForms,
    mentions: group.map((m) => ({ start: m.candidate.start, end: m.candidate.end, text: m.candidate.text })),
    roleAtPublication: null,
    currentRole: null,
    description: null,
    pageContext,
    // reduce, not Math.max(...): a person named 100,000 times overflows the worker's stack.
    confidence: group.reduce((best, m) => Math.max(best, m.confidence), 0),
    fuzzyForms,
    country: null,
    born: null,
    died: null,
    quoteCount: 0,
  };
  if (first.person === null) return finding;
  const person = index.person(first.person);
  return {
    ...finding,
    entityId: person.id,
    name: person.name,
    roleAtPublication: roleAt(person, date, index.asOf)?.title ?? null,
    currentRole: currentRole(person, index.asOf)?.title ?? null,
    description: person.description,
    country: person.country,
    born: person.born ?? null,
    died: person.died ?? null,
  };
}

const HONORIFICS = /^(?:mr|mrs|ms|miss|mx|dr|sir|dame|lord|lady|prof|professor)\.?$/i;

/** The first description the article gives: a title ("Kremlin spokesman") or an apposition; "Ms" alone is not one. */
function description(mention: Mention): string | null {
  const title = mention.candidate.title;
  if (title !== null && !HONORIFICS.test(title)) return title;
  return mention.candidate.apposition;
}

function fullestForm(group: Mention[]): string {
  let best = group[0]?.candidate.text ?? '';
  for (const mention of group)
    if (mention.candidate.tokens.length > best.split(/\s+/).length) best = mention.candidate.text;
  return best;
}
