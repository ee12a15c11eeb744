import { browser } from 'wxt/browser';
import { createDatasetLoader, DATASET_ASSET, fetchGzippedText } from '../src/extension/background/dataset-loader';
import { createMessageHandler } from '../src/extension/background/handle-message';
import { createReportCache } from '../src/extension/background/report-cache';
import { createUploads } from '../src/extension/background/uploads';
import { showPeopleCount, toggleSiteOf } from '../src/extension/background/toolbar';
import { TOGGLE_SITE_COMMAND } from '../src/extension/commands';

export default defineBackground(() => {
  const cache = createReportCache();
  const uploads = createUploads();
  const badge = browser.action ?? browser.browserAction;
  const handle = createMessageHandler({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    loadIndex: createDatasetLoader(() => fetchGzippedText(browser.runtime.getURL(`/${DATASET_ASSET}`))),
    cache,
    uploads,
    today: () => new Date().toISOString().slice(0, 10),
    onReport: (tabId, report) => void showPeopleCount(badge, tabId, report).catch(() => undefined),
  });
  browser.runtime.onMessage.addListener((message, sender) => handle(message, sender));
  browser.tabs.onRemoved.addListener((tabId) => {
    cache.forget(tabId);
    uploads.forgetTab(tabId);
  });
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== TOGGLE_SITE_COMMAND) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    await toggleSiteOf(tab?.url);
  });
});
