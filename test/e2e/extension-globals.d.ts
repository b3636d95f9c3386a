/**
 * The functions these tests pass to `evaluate` are sent to the browser and run inside the
 * extension, where the WebExtension API is a global: `chrome` in Chromium, `browser` in Firefox.
 * This types them for test/e2e only (see its tsconfig.json); the extension itself reaches the API
 * through src/shared/browser.ts.
 */
import type Browser from 'webextension-polyfill';

declare global {
  const chrome: typeof Browser;
  const browser: typeof Browser;
}
