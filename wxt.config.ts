import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { DATASET_ASSET, datasetAsset } from './src/build/dataset-asset';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Dramatis',
    description: 'Who is who and who said what on news pages, offline.',
    permissions: ['storage'],
  },
  hooks: {
    // The dataset is validated and compiled on every build; an invalid entry fails the build.
    'build:publicAssets': (wxt, files) => {
      files.push(datasetAsset(wxt.config.root));
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(DATASET_ASSET);
    },
  },
});
