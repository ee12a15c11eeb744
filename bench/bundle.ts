/**
 * (e) What the extension ships, gzipped with node:zlib (default level, as servers and stores
 * compress): the content script that every tab loads, and for scale the worker and the dataset.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DATASET_ASSET } from '../src/extension/background/dataset-loader';
import { EXTENSION_DIR } from '../tests/browser/harness';

export interface BundleResult {
  contentScriptBytes: number;
  contentScriptGzipBytes: number;
  backgroundGzipBytes: number;
  datasetGzipBytes: number;
}

const gzipped = (file: string): number => gzipSync(readFileSync(join(EXTENSION_DIR, file))).length;

/** Sizes of the built extension in .output/chrome-mv3. */
export function bundleSizes(): BundleResult {
  return {
    contentScriptBytes: readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js')).length,
    contentScriptGzipBytes: gzipped('content-scripts/content.js'),
    backgroundGzipBytes: gzipped('background.js'),
    // Shipped gzipped already.
    datasetGzipBytes: readFileSync(join(EXTENSION_DIR, DATASET_ASSET)).length,
  };
}
