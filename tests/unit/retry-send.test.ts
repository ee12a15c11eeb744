import { describe, expect, it } from 'vitest';
import { retryingSend } from '../../src/extension/content/retry-send';

/** A send that answers with each of `answers` in turn (an Error is thrown). */
function scripted(...answers: unknown[]) {
  const sent: unknown[] = [];
  const send = (message: unknown): Promise<unknown> => {
    sent.push(message);
    const answer = answers.shift();
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return { send, sent };
}

const waits: number[] = [];
const wait = (ms: number): Promise<void> => {
  waits.push(ms);
  return Promise.resolve();
};

describe('sending to a worker that may stop mid-answer', () => {
  it.each<[string, unknown[], unknown, number]>([
    ['answers at once', [{ ok: true }], { ok: true }, 1],
    ['the port closed once (no answer), then answers', [undefined, { ok: true }], { ok: true }, 2],
    ['failed once, then answers', [new Error('Could not establish connection'), { ok: true }], { ok: true }, 2],
    ['an answer that is an error is final', [{ ok: false, error: 'too big' }], { ok: false, error: 'too big' }, 1],
    ['never answers', [undefined, undefined, undefined], undefined, 3],
  ])('%s', async (_case, answers, expected, sends) => {
    const { send, sent } = scripted(...answers);
    await expect(retryingSend(send, { wait })({ type: 'analyze' })).resolves.toEqual(expected);
    expect(sent).toHaveLength(sends);
  });

  it('waits longer before each retry, and gives up with the last failure', async () => {
    waits.length = 0;
    const { send, sent } = scripted(new Error('a'), new Error('b'), new Error('c'));
    await expect(retryingSend(send, { wait, delayMs: 100 })('m')).rejects.toThrow('c');
    expect(sent).toHaveLength(3);
    expect(waits).toEqual([100, 200]);
  });

  it('does not retry once the extension context is invalidated', async () => {
    const { send, sent } = scripted(new Error('Extension context invalidated.'), { ok: true });
    await expect(retryingSend(send, { wait })('m')).rejects.toThrow('context invalidated');
    expect(sent).toHaveLength(1);
  });
});
