import { defineConfig } from 'wxt';

// The extension's source lives in extension/; the build lands in .output/<browser>-mv3 at the root.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  manifest: {
    name: 'Yardstick',
    description: 'See what each web app is worth to you, and watch help deflect support tickets live.',
    permissions: [],
    host_permissions: ['http://localhost/*', 'http://127.0.0.1/*'],
  },
});
