import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMessageHandler, type Sender } from '../../src/extension/background/handle-message';
import { createReportCache } from '../../src/extension/background/report-cache';
import { createUploads, senderKey } from '../../src/extension/background/uploads';
import { PART_CHARS } from '../../src/extension/protocol';
import { sendPage } from '../../src/extension/content/send-page';
import { noSlices } from '../../src/extension/content/slices';
import { testIndex } from '../fixtures/test-dataset';
import { pageOf } from './analyze-helpers';

const ORIGIN = 'chrome-extension://abc/';
const cache = createReportCache();
const handle = createMessageHandler({
  extensionId: 'abc',
  extensionOrigin: ORIGIN,
  loadIndex: () => Promise.resolve(testIndex()),
  cache,
  uploads: createUploads(),
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
      fc.asyncProperty(
        fc.anything(),
        fc.constantFrom('analyze', 'analyzePart', 'getTabReport', 'other'),
        async (data, type) => {
          const reply = await handle({ type, data }, { id: 'abc', url: 'https://x.test', tab: { id: 99 } });
          expect(typeof reply.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
    expect(cache.get(99)).toBe(before);
  });
});

describe('a long page arrives in parts', () => {
  const clock = { performance: { now: () => 0 }, setTimeout };
  const paragraphs = Array.from({ length: 6000 }, (_, i) =>
    i % 50 === 0
      ? 'Defence Minister Sergei Shoigu said: “We will see.”'
      : `Nothing of note happened in town number ${String(i)} today, again.`,
  );
  const page = pageOf(...paragraphs);
  const sent: { type: string }[] = [];
  const send = (message: unknown) => {
    sent.push(message as { type: string });
    return handle(message, contentScript);
  };

  it('gives the report the whole page gets in one message', async () => {
    expect(page.text.length).toBeGreaterThan(PART_CHARS);
    const stats = noSlices();
    const report = await sendPage(clock, send, page, meta, stats);
    const parts = Math.ceil(page.text.length / PART_CHARS);
    expect(sent.map((m) => m.type)).toEqual([...Array<string>(parts).fill('analyzePart'), 'analyze']);
    expect(stats.slices).toBe(parts + 1);
    const whole = await handle({ type: 'analyze', data: { page, meta } }, contentScript);
    expect(whole).toEqual({ ok: true, result: report });
    expect(report.people[0]?.mentions.length).toBe(120);
  });

  it('sends the upload again when a restarted worker lost its parts, three times at most', async () => {
    const forgetfulHandler = (losses: number) => {
      const uploads = createUploads();
      return createMessageHandler({
        extensionId: 'abc',
        extensionOrigin: ORIGIN,
        loadIndex: () => Promise.resolve(testIndex()),
        cache: createReportCache(),
        // A worker that stops after the parts came in starts again with no uploads.
        uploads: { ...uploads, take: (...args) => (losses-- > 0 && uploads.forgetTab(7), uploads.take(...args)) },
        today: () => '2026-01-01',
      });
    };
    const twice = forgetfulHandler(2);
    const report = await sendPage(clock, (m) => twice(m, contentScript), page, meta, noSlices());
    expect(report.people[0]?.mentions.length).toBe(120);
    const always = forgetfulHandler(3);
    await expect(sendPage(clock, (m) => always(m, contentScript), page, meta, noSlices())).rejects.toThrow(
      'incomplete',
    );
  });

  const part = (upload: string, index: number, text: string, sender: Sender = contentScript) =>
    handle({ type: 'analyzePart', data: { upload, index, text } }, sender);
  const finish = (upload: string, parts: number, blocks = [{ start: 0, end: 3 }], sender: Sender = contentScript) =>
    handle({ type: 'analyze', data: { page: { text: '', blocks }, meta, upload: { id: upload, parts } } }, sender);

  it('joins the parts in their order, whatever order they came in', async () => {
    await part('u1', 1, 'Shoigu');
    await part('u1', 0, 'Sergei ');
    const reply = await finish('u1', 2, [{ start: 0, end: 13 }]);
    expect(reply).toMatchObject({ ok: true, result: { people: [{ entityId: 'sergei-shoigu' }] } });
  });

  it.each([
    ['a missing part', async () => (await part('u2', 1, 'abc'), finish('u2', 2)), 'incomplete'],
    ['parts of another upload', async () => (await part('u3', 0, 'abc'), finish('u4', 1)), 'incomplete'],
    [
      'parts from another tab',
      async () => (await part('u5', 0, 'abc', { ...contentScript, tab: { id: 8 } }), finish('u5', 1)),
      'incomplete',
    ],
    [
      'an upload finished twice',
      async () => (await part('u6', 0, 'abc'), await finish('u6', 1), finish('u6', 1)),
      'incomplete',
    ],
    [
      'blocks outside the joined text',
      async () => (await part('u7', 0, 'abc'), finish('u7', 1, [{ start: 0, end: 9 }])),
      'inside the text',
    ],
    ['a part over 256 K characters', () => part('u8', 0, 'x'.repeat(PART_CHARS + 1)), '256 K'],
    ['a negative part', () => part('u9', -1, 'abc'), 'analyzePart needs'],
    ['an upload from a page, not a content script', () => part('u10', 0, 'abc', popup), 'content scripts'],
    [
      'text beside an upload',
      () =>
        handle({ type: 'analyze', data: { page: pageOf('x'), meta, upload: { id: 'u11', parts: 1 } } }, contentScript),
      'in parts only',
    ],
  ])('refuses %s', async (_, act, reason) => {
    expect(await act()).toEqual({ ok: false, error: expect.stringContaining(reason) as string });
  });

  it('refuses an upload larger than a page may be', async () => {
    const big = 'x'.repeat(PART_CHARS);
    const replies = [];
    for (let index = 0; index < 30; index++) replies.push(await part('u12', index, big));
    const refused = replies.findIndex((reply) => !reply.ok);
    expect(refused).toBe(Math.floor(6_000_000 / PART_CHARS));
    expect(replies[refused]).toEqual({ ok: false, error: expect.stringContaining('larger than 6 MB') as string });
  });
});

describe('the uploads the background keeps', () => {
  it('keeps one upload per frame, for at most 16 frames, and forgets a closed tab', () => {
    const uploads = createUploads();
    for (let tab = 1; tab <= 17; tab++) uploads.add(senderKey(tab, 0), 'a', 0, `tab ${String(tab)}`);
    expect(() => uploads.take(senderKey(1, 0), 'a', 1)).toThrow('incomplete');
    expect(uploads.take(senderKey(2, 0), 'a', 1)).toBe('tab 2');
    uploads.add(senderKey(3, 0), 'b', 0, 'newer');
    expect(() => uploads.take(senderKey(3, 0), 'a', 1)).toThrow('incomplete');
    uploads.add(senderKey(4, 2), 'a', 0, 'a frame');
    uploads.forgetTab(4);
    expect(() => uploads.take(senderKey(4, 0), 'a', 1)).toThrow('incomplete');
    expect(() => uploads.take(senderKey(4, 2), 'a', 1)).toThrow('incomplete');
    expect(uploads.take(senderKey(5, 0), 'a', 1)).toBe('tab 5');
  });
});
