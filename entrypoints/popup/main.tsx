import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../src/extension/popup/popup';
import { readSettings, updateSettings } from '../../src/extension/settings';

const app = document.getElementById('app');
if (app) {
  const deps = {
    search: location.search,
    activeTab: async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
    },
    tabUrl: async (tabId: number) => (await browser.tabs.get(tabId)).url,
    send: (message: unknown) => browser.runtime.sendMessage(message),
    sendToTab: (tabId: number, message: unknown) => browser.tabs.sendMessage(tabId, message),
    wait: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    probe: (tabId: number) =>
      browser.tabs.sendMessage(tabId, { type: 'getPageState', data: {} }).then(
        () => true,
        () => false,
      ),
    readSettings,
    updateSettings,
    copy: (text: string) => navigator.clipboard.writeText(text),
    openOptions: () => void browser.runtime.openOptionsPage(),
  };
  render(<Popup deps={deps} />, app);
}
