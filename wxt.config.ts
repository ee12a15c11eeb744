import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { datasetAsset } from './src/build/dataset-asset';
import { DATASET_ASSET } from './src/extension/background/dataset-loader';
import { TOGGLE_SITE_COMMAND } from './src/extension/commands';
import { MESSAGES_EN } from './src/extension/messages-en';

// WXT's manifest types predate Firefox's data_collection_permissions, hence the narrowing cast.
const GECKO = { id: 'dramatis@dramatis.invalid', data_collection_permissions: { required: ['none'] } } as {
  id: string;
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  publicDir: 'assets/public',
  manifest: ({ browser }) => ({
    // Firefox: a stable id, and the declaration that nothing is collected (Dramatis sends nothing anywhere).
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: GECKO } } : {}),
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    // storage: settings. activeTab: the popup and the shortcut read the current tab's address.
    permissions: ['storage', 'activeTab'],
    commands: {
      [TOGGLE_SITE_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleSite__',
      },
    },
  }),
  hooks: {
    // The dataset is validated and compiled on every build; an invalid entry fails the build.
    'build:publicAssets': (wxt, files) => {
      files.push(datasetAsset(wxt.config.root, wxt.config.wxtDir));
      files.push({ relativeDest: '_locales/en/messages.json', contents: JSON.stringify(MESSAGES_EN, null, 2) });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(DATASET_ASSET);
    },
  },
});
