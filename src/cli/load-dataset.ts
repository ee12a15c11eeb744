/**
 * The dataset for Node (CLI, tests, benchmarks): compiled from the sources, as the build does.
 */
import { fileURLToPath } from 'node:url';
import { compileDataset } from '../core/dataset/compile';
import type { CompiledDataset } from '../core/dataset/compiled';
import { createEntityIndex, type EntityIndex } from '../core/dataset/entity-index';
import { readDatasetSources } from './dataset-files';

/** The project root, wherever the command is run from. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

let cached: { dataset: CompiledDataset; index: EntityIndex } | null = null;

/** Compiles the bundled dataset once per process. */
export function loadDataset(): { dataset: CompiledDataset; index: EntityIndex } {
  if (!cached) {
    const { manifest, files } = readDatasetSources(PROJECT_ROOT);
    const dataset = compileDataset(files, manifest.asOf);
    cached = { dataset, index: createEntityIndex(dataset) };
  }
  return cached;
}
