/**
 * The last step of a merge: the output is validated among the curated files, and every entry the
 * validator refuses (on its own, or next to a curated entry) is dropped, until none is.
 */
import { validateDataset, type SourceFile } from '../validate-dataset';
import type { ImportedPerson } from './convert';

/** An imported entry the validator refuses, with its problems as "field: message". */
export interface InvalidPerson {
  person: ImportedPerson;
  problems: string[];
}

/** Validates the output among the curated files until nothing in it is refused. */
export function dropRefused(
  people: ImportedPerson[],
  curated: SourceFile[],
  output: { path: string; region: string },
  asOf: string,
): { people: ImportedPerson[]; invalid: InvalidPerson[] } {
  let valid = people;
  const invalid: InvalidPerson[] = [];
  for (;;) {
    const file: SourceFile = { path: output.path, data: { region: output.region, people: valid } };
    const refused = new Map<number, string[]>();
    for (const problem of validateDataset([...curated, file], asOf)) {
      const index = Number(/^people\[(\d+)\]/.exec(problem.entry)?.[1]);
      if (problem.file !== output.path || !Number.isInteger(index)) continue;
      refused.set(index, [...(refused.get(index) ?? []), `${problem.field}: ${problem.message}`]);
    }
    if (refused.size === 0) return { people: valid, invalid };
    for (const [index, problems] of refused) invalid.push({ person: valid[index] as ImportedPerson, problems });
    valid = valid.filter((_, index) => !refused.has(index));
  }
}
