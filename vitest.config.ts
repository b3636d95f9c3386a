/**
 * Unit tests only. Kept apart from vite.config.ts so that tests never load the extension plugins;
 * the end-to-end tests in test/e2e run under `node --test` against the built extension instead.
 */
import {defineConfig} from 'vitest/config';

// Vitest 5's reporters print failures with `Map.groupBy` and `Object.groupBy`, which arrived in
// Node 21; on Node 20 a failing test would crash the reporter and hide the failure. This file runs
// in the main process, where the reporters do. Remove once the project requires Node 22.
function groupBy<K, T>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  let index = 0;
  for (const item of items) {
    const key = keyOf(item, index++);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }

  return groups;
}

if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {value: groupBy, writable: true, configurable: true});
}
if (!('groupBy' in Object)) {
  Object.defineProperty(Object, 'groupBy', {
    value: <T>(items: Iterable<T>, keyOf: (item: T, index: number) => PropertyKey) => Object.fromEntries(groupBy(items, keyOf)),
    writable: true,
    configurable: true,
  });
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // Node by default: the decoder must not need a DOM. DOM tests opt in per file with
    // `// @vitest-environment happy-dom`.
    environment: 'node',
  },
});
