/**
 * The build step that turns assets/people/*.json into the dataset the extension loads; used by
 * wxt.config.ts. The dataset is packed (see PackedDataset) and gzipped: the service worker reads
 * an extension file at about 70 MB/s here, so 0.8 MB inflated by the browser's DecompressionStream
 * arrive 20 ms sooner than 3.4 MB of JSON. An invalid entry throws, which fails the build with
 * file, entry and field named.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readDatasetSources } from '../cli/dataset-files';
import { compileDataset } from '../core/dataset/compile';
import { packDataset } from '../core/dataset/pack';
import { DATASET_ASSET } from '../extension/background/dataset-loader';

/** Compiles the sources below `root` into `workDir`, as a public asset for WXT's build to copy. */
export function datasetAsset(root: string, workDir: string): { relativeDest: string; absoluteSrc: string } {
  const { manifest, files } = readDatasetSources(root);
  const json = JSON.stringify(packDataset(compileDataset(files, manifest.asOf)));
  mkdirSync(workDir, { recursive: true });
  const absoluteSrc = join(workDir, DATASET_ASSET);
  writeFileSync(absoluteSrc, gzipSync(json, { level: 9 }));
  return { relativeDest: DATASET_ASSET, absoluteSrc };
}
