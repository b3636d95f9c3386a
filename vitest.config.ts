/**
 * Unit tests only. Kept apart from vite.config.ts so that tests never load the extension plugins;
 * the end-to-end tests in test/e2e run under `node --test` against the built extension instead.
 */
import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Node by default: the decoder must not need a DOM. DOM tests opt in per file with
    // `// @vitest-environment happy-dom`.
    environment: 'node',
  },
});
