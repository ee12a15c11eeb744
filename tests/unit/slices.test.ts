import { describe, expect, it } from 'vitest';
import { noSlices, runInSlices, SLICE_MS, timed, type SliceWindow } from '../../src/extension/content/slices';

/** A window whose clock moves only when work says so, and whose idle callbacks run at once. */
function fakeWindow(withIdle = true): SliceWindow & { clock: number; idleWaits: number; timeouts: number } {
  const win = {
    clock: 0,
    idleWaits: 0,
    timeouts: 0,
    performance: { now: () => win.clock },
    setTimeout: ((callback: () => void) => {
      win.timeouts++;
      queueMicrotask(callback);
      return 0;
    }) as Window['setTimeout'],
    requestIdleCallback: withIdle
      ? (((callback: IdleRequestCallback) => {
          win.idleWaits++;
          queueMicrotask(() => callback({ didTimeout: false, timeRemaining: () => 10 }));
          return 0;
        }) as Window['requestIdleCallback'])
      : undefined,
  };
  return win;
}

/** A job of `units` units of 1 ms each that stops when told to. */
function job(win: { clock: number }, units: number): { step: (more: () => boolean) => boolean; done: () => number } {
  let done = 0;
  return {
    step: (more) => {
      while (done < units) {
        if (!more()) return false;
        win.clock += 1;
        done++;
      }
      return true;
    },
    done: () => done,
  };
}

describe('work in slices', () => {
  it('finishes short work in one slice, after waiting for idle time', async () => {
    const win = fakeWindow();
    const work = job(win, 3);
    const stats = noSlices();
    expect(await runInSlices(win, work.step, () => false, stats)).toBe(true);
    expect(stats).toEqual({ ms: 3, slices: 1, longestSliceMs: 3 });
    expect(win.idleWaits).toBe(1);
  });

  it('cuts long work into slices of at most the slice length, each in idle time', async () => {
    const win = fakeWindow();
    const work = job(win, 50);
    const stats = noSlices();
    expect(await runInSlices(win, work.step, () => false, stats)).toBe(true);
    expect(work.done()).toBe(50);
    expect(stats.ms).toBe(50);
    expect(stats.longestSliceMs).toBeLessThanOrEqual(SLICE_MS);
    expect(stats.slices).toBe(Math.ceil(50 / SLICE_MS));
    expect(win.idleWaits).toBe(stats.slices);
  });

  it('stops between slices once cancelled, and says so', async () => {
    const win = fakeWindow();
    const work = job(win, 50);
    const stats = noSlices();
    expect(await runInSlices(win, work.step, () => stats.slices >= 2, stats)).toBe(false);
    expect(work.done()).toBe(2 * SLICE_MS);
  });

  it('waits with a timer where there is no requestIdleCallback', async () => {
    const win = fakeWindow(false);
    const stats = noSlices();
    expect(await runInSlices(win, job(win, 10).step, () => false, stats)).toBe(true);
    expect(win.timeouts).toBe(stats.slices);
  });

  it('times a short piece of work, also when it throws', () => {
    const win = fakeWindow();
    const stats = noSlices();
    expect(timed(win, () => ((win.clock += 2), 'answer'), stats)).toBe('answer');
    expect(() =>
      timed(
        win,
        () => {
          win.clock += 5;
          throw new Error('boom');
        },
        stats,
      ),
    ).toThrow('boom');
    expect(stats).toEqual({ ms: 7, slices: 2, longestSliceMs: 5 });
  });
});
