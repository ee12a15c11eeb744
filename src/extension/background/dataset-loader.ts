/**
 * Loads the bundled dataset once, lazily: the service worker sleeps and wakes, so the first
 * message after a wake pays for one fetch + JSON.parse of the packed dataset, and later ones reuse the index.
 */
import { createEntityIndex, type EntityIndex } from '../../core/dataset/entity-index';
import { parsePackedDataset } from '../../core/dataset/pack';

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
