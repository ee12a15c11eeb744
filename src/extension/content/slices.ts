/**
 * Long work in short slices: a step runs for about SLICE_MS, then the page gets the thread back
 * until it is idle again, so no task of ours grows long even on a page with megabytes of text.
 * The first slice waits for idle time too: by then the page has laid itself out, so our first
 * visibility check does not force (and get charged for) the page's own first layout. Short work
 * (a normal article) finishes in that one slice.
 */

/** How long one slice may run. */
export const SLICE_MS = 4;
/** The longest a slice waits for an idle moment on a page that is never idle. */
const IDLE_TIMEOUT_MS = 50;

/** What slicing needs of the window: a clock and a way to wait for idle time. */
export type SliceWindow = Pick<Window, 'setTimeout'> &
  Partial<Pick<Window, 'requestIdleCallback'>> & { performance: Pick<Performance, 'now'> };

/** Main-thread time one kind of work took, and in how many slices. */
export interface SliceStats {
  ms: number;
  slices: number;
  longestSliceMs: number;
}

/**
 * Runs `step` (which works while `more()` is true and returns true when finished) in slices;
 * resolves true once finished, or false when `cancelled()` turns true first. Adds to `stats`.
 */
export async function runInSlices(
  win: SliceWindow,
  step: (more: () => boolean) => boolean,
  cancelled: () => boolean,
  stats: SliceStats,
): Promise<boolean> {
  for (;;) {
    await idle(win);
    if (cancelled()) return false;
    const deadline = win.performance.now() + SLICE_MS;
    if (timed(win, () => step(() => win.performance.now() < deadline), stats)) return true;
  }
}

/** Times one piece of work that is short by construction, into `stats`. */
export function timed<T>(win: SliceWindow, work: () => T, stats: SliceStats): T {
  const started = win.performance.now();
  try {
    return work();
  } finally {
    const ms = win.performance.now() - started;
    stats.ms += ms;
    stats.slices += 1;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, ms);
  }
}

/** Stats before any work. */
export function noSlices(): SliceStats {
  return { ms: 0, slices: 0, longestSliceMs: 0 };
}

function idle(win: SliceWindow): Promise<void> {
  return new Promise((resolve) => {
    if (win.requestIdleCallback) win.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else win.setTimeout(resolve, 0);
  });
}
