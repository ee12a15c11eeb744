import { browser } from 'wxt/browser';
import { createDatasetLoader } from '../src/extension/background/dataset-loader';
import { createMessageHandler } from '../src/extension/background/handle-message';
import { createReportCache } from '../src/extension/background/report-cache';

export default defineBackground(() => {
  const cache = createReportCache();
  const loadIndex = createDatasetLoader(async () => (await fetch(browser.runtime.getURL('/dataset.json'))).text());
  const handle = createMessageHandler({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    loadIndex,
    cache,
    today: () => new Date().toISOString().slice(0, 10),
  });
  browser.runtime.onMessage.addListener((message, sender) => handle(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => cache.forget(tabId));
});
