import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMessageHandler, type Sender } from '../../src/extension/background/handle-message';
import { createReportCache } from '../../src/extension/background/report-cache';
import { testIndex } from '../fixtures/test-dataset';
import { pageOf } from './analyze-helpers';

const ORIGIN = 'chrome-extension://abc/';
const cache = createReportCache();
const handle = createMessageHandler({
  extensionId: 'abc',
  extensionOrigin: ORIGIN,
  loadIndex: () => Promise.resolve(testIndex()),
  cache,
  today: () => '2026-01-01',
});
const contentScript: Sender = { id: 'abc', url: 'https://news.test/a', tab: { id: 7 } };
const popup: Sender = { id: 'abc', url: `${ORIGIN}popup.html` };
const meta = { source: 'https://news.test/a', title: 'T', publishedAt: '2022-10-06', language: 'en' };

describe('the background answers only well-formed messages from this extension', () => {
  it('analyses a page for a content script and caches the report for the popup', async () => {
    const reply = await handle(
      { type: 'analyze', data: { page: pageOf('Sergei Shoigu spoke.'), meta } },
      contentScript,
    );
    expect(reply.ok).toBe(true);
    const cached = await handle({ type: 'getTabReport', data: { tabId: 7 } }, popup);
    expect(cached).toMatchObject({ ok: true, result: { people: [{ entityId: 'sergei-shoigu' }] } });
  });

  it.each([
    [{ type: 'analyze', data: { page: pageOf('x'), meta } }, { id: 'other', tab: { id: 1 } }, 'other extensions'],
    [{ type: 'getTabReport', data: { tabId: 7 } }, contentScript, 'extension pages'],
    [{ type: 'analyze', data: { page: pageOf('x'), meta } }, popup, 'content scripts'],
    [{ type: 'nope', data: {} }, popup, 'unknown message type'],
    [
      { type: 'analyze', data: { page: { text: 'abc', blocks: [{ start: 2, end: 1 }] }, meta } },
      contentScript,
      'ordered ranges',
    ],
    [
      { type: 'analyze', data: { page: pageOf('x'), meta: { ...meta, publishedAt: 'yesterday' } } },
      contentScript,
      'YYYY-MM-DD',
    ],
    [{ type: 'getTabReport', data: { tabId: '7' } }, popup, 'integer tabId'],
  ])('%#: refuses %j', async (message, sender, reason) => {
    const reply = await handle(message, sender);
    expect(reply).toEqual({ ok: false, error: expect.stringContaining(reason) as string });
  });

  it('survives random payloads without throwing or caching anything', async () => {
    const before = cache.get(99);
    await fc.assert(
      fc.asyncProperty(fc.anything(), fc.constantFrom('analyze', 'getTabReport', 'other'), async (data, type) => {
        const reply = await handle({ type, data }, { id: 'abc', url: 'https://x.test', tab: { id: 99 } });
        expect(typeof reply.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    expect(cache.get(99)).toBe(before);
  });
});
