import './style.css';
import { browser } from 'wxt/browser';
import { hiddenInLayout, runPage } from '../../src/extension/content/run-page';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    runPage({
      host: window,
      send: (message) => browser.runtime.sendMessage(message),
      isHidden: hiddenInLayout,
    }).catch(() => {
      // The page stays as it was; an invalidated context or a failed analysis is not the page's problem.
      if (ctx.isInvalid) return;
    });
  },
});
