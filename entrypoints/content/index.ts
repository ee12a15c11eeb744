import './style.css';
import { browser } from 'wxt/browser';
import { startController } from '../../src/extension/content/controller';
import { hiddenInLayout } from '../../src/extension/content/hidden-in-layout';
import { normalizeSettings, readSettings, settingsItem } from '../../src/extension/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const controller = startController({
      win: window,
      signal: ctx.signal,
      runtimeId: browser.runtime.id,
      send: (message) => browser.runtime.sendMessage(message),
      settings: await readSettings(),
      isHidden: hiddenInLayout,
    });
    const unwatch = settingsItem.watch((value) => controller.applySettings(normalizeSettings(value)));
    ctx.onInvalidated(unwatch);
    browser.runtime.onMessage.addListener((message, sender) => controller.handleMessage(message, sender));
    ctx.addEventListener(window, 'wxt:locationchange', () => void controller.rescan().catch(() => undefined));
    // An invalidated context (extension reloaded) or a failed analysis leaves the page as it was.
    await controller.rescan().catch(() => undefined);
  },
});
