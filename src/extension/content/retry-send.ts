/**
 * Sending to a service worker that may stop mid-answer. Chrome stops extension workers when they
 * idle or run too long (and DevTools can stop one by hand); the message's port then closes with
 * no answer (webextension-polyfill resolves `undefined`), or the send fails. The worker starts
 * again for the next message, so the send is retried a few times, a little later each time. An
 * invalidated context (the extension was reloaded or removed) is final, and so is any answer the
 * background gave, even an error.
 */

export interface RetryOptions {
  /** Sends in all, the first included. @default 3 */
  attempts?: number;
  /** The wait before the first retry, doubled before each next one (ms). @default 250 */
  delayMs?: number;
  wait: (ms: number) => Promise<void>;
}

const FINAL = /context invalidated/i;

/** Wraps `send` (runtime.sendMessage) so that a lost answer is asked for again. */
export function retryingSend(
  send: (message: unknown) => Promise<unknown>,
  { attempts = 3, delayMs = 250, wait }: RetryOptions,
): (message: unknown) => Promise<unknown> {
  return async (message) => {
    let failure: Error | null = null;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await wait(delayMs * 2 ** (attempt - 1));
      try {
        const answer = await send(message);
        if (answer !== undefined) return answer;
        failure = null;
      } catch (error) {
        failure = error instanceof Error ? error : new Error(String(error));
        if (FINAL.test(failure.message)) throw failure;
      }
    }
    if (failure) throw failure;
    return undefined;
  };
}
