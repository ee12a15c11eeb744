import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../src/extension/popup/popup';

const app = document.getElementById('app');
if (app) {
  render(
    <Popup
      send={(message) => browser.runtime.sendMessage(message)}
      queryActiveTab={async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id ?? null}
      search={location.search}
    />,
    app,
  );
}
