/**
 * The build step that turns assets/people/*.json into the extension's dataset.json; used by
 * wxt.config.ts, packed for a quick cold start. An invalid entry throws, which fails the build with file, entry and field named.
 */
import { compileDataset } from '../core/dataset/compile';
import { packDataset } from '../core/dataset/pack';
import { readDatasetSources } from '../cli/dataset-files';

/** The file the extension loads at run time, relative to its root. */
export const DATASET_ASSET = 'dataset.json';

/** Compiles the sources below `root` into a public asset for WXT's build. */
export function datasetAsset(root: string): { relativeDest: string; contents: string } {
  const { manifest, files } = readDatasetSources(root);
  return { relativeDest: DATASET_ASSET, contents: JSON.stringify(packDataset(compileDataset(files, manifest.asOf))) };
}
