import { describe, expect, it } from 'vitest';
import { loadTab, readableUrl, tabFromSearch, type TabDeps } from '../../src/extension/popup/load-tab';

const report = { source: 'https://news.test/a', people: [], quotes: [] };

function deps(overrides: Partial<TabDeps>): TabDeps {
  return {
    search: '',
    activeTab: () => Promise.resolve({ id: 3, url: 'https://news.test/a' }),
    tabUrl: () => Promise.resolve(undefined),
    send: () => Promise.resolve({ ok: true, result: report }),
    wait: () => Promise.resolve(),
    probe: () => Promise.resolve(true),
    ...overrides,
  };
}

describe('the popup finds its tab and report', () => {
  it.each([
    ['https://www.example.com/news/1', true],
    ['chrome://settings', false],
    ['https://chromewebstore.google.com/detail/x', false],
    ['https://example.com/report.pdf', false],
    ['file:///home/a.html', false],
    [undefined, true],
  ])('%s readable: %s', (url, readable) => {
    expect(readableUrl(url)).toBe(readable);
  });

  it('reads ?tab=', () => {
    expect(tabFromSearch('?tab=42')).toBe(42);
    expect(tabFromSearch('?tab=x')).toBeNull();
  });

  it('says a browser page cannot be read, at once', async () => {
    const state = await loadTab(
      deps({ activeTab: () => Promise.resolve({ id: 3, url: 'chrome://newtab' }) }),
      () => undefined,
    );
    expect(state.kind).toBe('cannot-read');
  });

  it('says a page without a content script cannot be read after a few polls', async () => {
    let polls = 0;
    const state = await loadTab(
      deps({
        send: () => {
          polls++;
          return Promise.resolve({ ok: true, result: null });
        },
        probe: () => Promise.resolve(false),
      }),
      () => undefined,
    );
    expect(state.kind).toBe('cannot-read');
    expect(polls).toBeLessThan(6);
  });

  it('waits while the page is being read, then shows the report', async () => {
    let polls = 0;
    let waiting = false;
    const state = await loadTab(
      deps({ send: () => Promise.resolve({ ok: true, result: ++polls < 3 ? null : report }) }),
      () => (waiting = true),
    );
    expect(waiting).toBe(true);
    expect(state.kind).toBe('ready');
  });
});
