/**
 * Reads the dataset's source files from disk (Node only): the build, the CLI and the tests share
 * this one reader so they all see the same files in the same order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from '../core/dataset/validate-dataset';
import type { DatasetManifest } from '../core/dataset/schema';

/** The folder of the source files, relative to the project root. */
export const PEOPLE_DIR = 'assets/people';
const MANIFEST = 'dataset.json';

/** The manifest cannot be read: nothing can be validated without its as-of date. */
export class DatasetReadError extends Error {}

/**
 * Reads the manifest and every people file below `root`. A file that is not valid JSON comes back
 * with `unreadable` set, so it is reported as that file's problem and the rest is still checked.
 */
export function readDatasetSources(root: string): { manifest: DatasetManifest; files: SourceFile[] } {
  const dir = join(root, PEOPLE_DIR);
  const manifestResult = parseJson(join(dir, MANIFEST));
  if ('error' in manifestResult) {
    throw new DatasetReadError(`${PEOPLE_DIR}/${MANIFEST}: cannot be read as JSON: ${manifestResult.error}`);
  }
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== MANIFEST)
    .sort();
  const files = names.map((name): SourceFile => {
    const result = parseJson(join(dir, name));
    const path = relative(root, join(dir, name));
    return 'error' in result ? { path, data: null, unreadable: result.error } : { path, data: result.value };
  });
  return { manifest: manifestResult.value as DatasetManifest, files };
}

function parseJson(path: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(readFileSync(path, 'utf8')) as unknown };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
