/**
 * Pages that change: a MutationObserver only marks the page dirty (no work in its callback); a
 * rescan runs after the page has been quiet for a moment, in idle time. Our own card is ignored.
 * Watching stops when many rescans in a row find nothing new: such a page only animates.
 */
const QUIET_MS = 700;
const FRUITLESS_LIMIT = 25;

export interface PageWatchDeps {
  win: Window;
  signal: AbortSignal;
  /** Re-analyses the page; resolves true when the text had changed. */
  rescan: () => Promise<boolean>;
  /** Nodes whose changes are ours, not the page's. */
  isOwn: (node: Node) => boolean;
}

/** Starts watching `root` for changes. */
export function watchPage(root: Node, { win, signal, rescan, isOwn }: PageWatchDeps): void {
  let timer = 0;
  let fruitless = 0;
  const observer = new MutationObserver((records) => {
    if (records.every((record) => isOwn(record.target))) return;
    win.clearTimeout(timer);
    timer = win.setTimeout(() => {
      const run = (): void => {
        rescan()
          .then((changed) => {
            fruitless = changed ? 0 : fruitless + 1;
            if (fruitless >= FRUITLESS_LIMIT) observer.disconnect();
          })
          .catch(() => undefined);
      };
      if ('requestIdleCallback' in win) win.requestIdleCallback(run, { timeout: 2000 });
      else run();
    }, QUIET_MS);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    win.clearTimeout(timer);
  });
}
