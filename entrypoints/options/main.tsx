import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '../../src/extension/options/options';
import { readSettings, updateSettings } from '../../src/extension/settings';

const app = document.getElementById('app');
if (app) {
  const send = (message: unknown) => browser.runtime.sendMessage(message);
  render(<Options deps={{ send, readSettings, updateSettings }} />, app);
}
