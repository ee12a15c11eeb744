/**
 * Clean-ups that run after the extension has gone. Once the extension is reloaded or removed
 * under a page, even reading `browser.storage.onChanged` throws "Extension context invalidated",
 * and an error thrown in an abort listener reaches the page's console. What they would undo is
 * gone with the context anyway.
 */

/** Wraps a clean-up so that it never throws. */
export function quietly(cleanUp: () => void): () => void {
  return () => {
    try {
      cleanUp();
    } catch {
      // The context is gone, and what the clean-up would undo with it.
    }
  };
}
