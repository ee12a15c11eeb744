import './style.css';
import { browser } from 'wxt/browser';
import { startController } from '../../src/extension/content/controller';
import { hiddenInLayout } from '../../src/extension/content/hidden-in-layout';
import { quietly } from '../../src/extension/content/quietly';
import { retryingSend } from '../../src/extension/content/retry-send';
import { normalizeSettings, readSettings, settingsItem } from '../../src/extension/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const controller = startController({
      win: window,
      signal: ctx.signal,
      runtimeId: browser.runtime.id,
      // The worker may stop mid-analysis; ctx.setTimeout never fires once the script is orphaned.
      send: retryingSend((message) => browser.runtime.sendMessage(message), {
        wait: (ms) => new Promise((resolve) => ctx.setTimeout(resolve, ms)),
      }),
      settings: await readSettings(),
      isHidden: hiddenInLayout,
      contextValid: () => ctx.isValid,
    });
    const unwatch = settingsItem.watch((value) => controller.applySettings(normalizeSettings(value)));
    ctx.onInvalidated(quietly(unwatch));
    browser.runtime.onMessage.addListener((message, sender) => controller.handleMessage(message, sender));
    ctx.addEventListener(window, 'wxt:locationchange', () => void controller.rescan().catch(() => undefined));
    // An invalidated context (extension reloaded) or a failed analysis leaves the page as it was.
    await controller.rescan().catch(() => undefined);
  },
});
