import { build, defineConfig, type Plugin } from 'vite';
import { printSizes, writeSnippetHtml, writeTypes } from './build/after-build.ts';
import { BUNDLES, bundleConfig } from './build/bundles.ts';

// `npm run build:widget`: this config builds the script-tag IIFE (dist/widget/yardstick.js); its
// closeBundle hook then builds the ES module, the UI chunk and the snippet, one build each (Vite's
// library mode has no multi-entry IIFE), writes snippet.html and the .d.mts, and prints sizes.
const [main, ...rest] = BUNDLES;

const extras = (): Plugin => ({
  name: 'yardstick-extra-bundles',
  apply: 'build',
  async closeBundle() {
    for (const b of rest) await build(bundleConfig(b, false));
    writeSnippetHtml();
    writeTypes();
    printSizes();
  },
});

const { configFile: _inline, ...mainConfig } = bundleConfig(main!, true);
export default defineConfig({ ...mainConfig, plugins: [extras()] });
