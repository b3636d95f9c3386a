// @ts-check
/**
 * Lint for the whole repository: src, test, scripts and the config files. TypeScript files get the
 * type-aware rules (floating promises matter in extension code, where an unawaited
 * `sendMessage` fails silently); plain JavaScript gets the same rules minus the type-aware ones.
 */
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'node_modules/', 'coverage/'],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {...globals.node},
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      eqeqeq: ['error', 'always'],
      'no-restricted-syntax': [
        'error',
        // Bounce text is hostile input: it is rendered as text, never parsed as HTML.
        {selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Render text, not HTML: bounce text is hostile input.'},
        {selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Render text, not HTML: bounce text is hostile input.'},
        {selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, not HTML: bounce text is hostile input.'},
      ],
      '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports'}],
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/cli/**'],
    languageOptions: {globals: {...globals.browser, ...globals.webextensions}},
    rules: {
      // Only src/shared/browser.ts talks to the polyfill, so tests can fake the browser in one place.
      'no-restricted-imports': ['error', {paths: [{name: 'webextension-polyfill', message: "Import {browser} from 'src/shared/browser.ts'."}]}],
    },
  },
  {
    files: ['src/shared/browser.ts'],
    rules: {'no-restricted-imports': 'off'},
  },
  {
    files: ['test/**'],
    rules: {
      // Fakes of promise-returning browser APIs are naturally `async` without awaiting anything.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The functions these tests pass to `evaluate` run inside the browser, with its globals.
    files: ['test/e2e/**'],
    languageOptions: {globals: {...globals.browser, ...globals.webextensions}},
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
