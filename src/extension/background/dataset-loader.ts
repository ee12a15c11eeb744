/**
 * Loads the bundled dataset once, lazily: the service worker sleeps and wakes, so the first
 * message after a wake pays for one fetch, inflate and JSON.parse of the packed dataset, and later
 * ones reuse the index.
 */
import { createEntityIndex, type EntityIndex } from '../../core/dataset/entity-index';
import { parsePackedDataset } from '../../core/dataset/pack';

/** The dataset file the extension loads at run time, relative to its root (src/build/dataset-asset.ts makes it). */
export const DATASET_ASSET = 'dataset.json.gz';

/** Returns a loader that fetches `url` on first use; a failed load is retried on the next call. */
export function createDatasetLoader(fetchText: () => Promise<string>): () => Promise<EntityIndex> {
  let loading: Promise<EntityIndex> | null = null;
  return () => {
    loading ??= fetchText()
      .then((text) => createEntityIndex(parsePackedDataset(text)))
      .catch((error: unknown) => {
        loading = null;
        throw error;
      });
    return loading;
  };
}

/** The text of a gzipped file of the extension, inflated by the browser's DecompressionStream. */
export async function fetchGzippedText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: ${String(response.status)}`);
  return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).text();
}
