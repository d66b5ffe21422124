import { defineConfig } from 'wxt';

// Granted at install: only the demo's two local origins (every port). Every other site is opt-in,
// from the popup's "Show my value on this site" (an optional host permission for that one origin).
const LOCAL_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'];
const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];

// The extension's source lives in extension/; the build lands in .output/<browser>-mv<n> at the root.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  // Icons and other static files live with the extension's source, not at the repo root.
  publicDir: 'extension/public',
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Yardstick',
    description: 'See what each web app is worth to you, and watch help deflect support tickets live.',
    // scripting: run the content script on sites the user grants (registerContentScripts).
    // activeTab: read the current tab's address when the user opens the popup, to offer the grant.
    // sidePanel is added by WXT for the inspector on Chrome; Firefox gets a sidebar instead.
    permissions: manifestVersion === 2 ? ['scripting', 'activeTab', ...LOCAL_HOSTS] : ['scripting', 'activeTab'],
    ...(manifestVersion === 2
      ? { optional_permissions: OPTIONAL_HOSTS }
      : { host_permissions: LOCAL_HOSTS, optional_host_permissions: OPTIONAL_HOSTS }),
    commands: {
      'toggle-overlay': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: 'Show or hide the time-saved panel on this page',
      },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'yardstick@yardstick.dev' } } } : {}),
  }),
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
