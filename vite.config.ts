/**
 * One config, three builds, chosen by mode: `vite build --mode chrome | firefox | cli`
 * (`scripts/build.mjs` runs all three). Every difference between the two browsers' builds is in
 * `manifestFor` below; the source is the same.
 */
import {chmod} from 'node:fs/promises';
import path from 'node:path';
import {crx, type ManifestV3Export} from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import {defineConfig, type Plugin, type UserConfig} from 'vite';
import manifestSource from './manifest.json' with {type: 'json'};
import packageJson from './package.json' with {type: 'json'};

const targets = ['chrome', 'firefox', 'cli'] as const;
type Target = (typeof targets)[number];
type BrowserTarget = Exclude<Target, 'cli'>;

/**
 * The webmail content script, built as one self-contained file: no loader, no shared chunks, and so
 * nothing the webmail pages could load from the extension (`web_accessible_resources`).
 */
const contentScript = 'src/content/index.ts';

/** The command-line decoder's entry; `dist/cli/decode.mjs` is built from it. */
const cliEntry = 'src/cli/decode.ts';

function isTarget(mode: string): mode is Target {
  return (targets as readonly string[]).includes(mode);
}

/**
 * The manifest for one browser, from the single `manifest.json`. The version comes from
 * package.json, so a release bumps one number.
 */
function manifestFor(browser: BrowserTarget): ManifestV3Export {
  const {background, browser_specific_settings, ...common} = manifestSource;
  const shared = {...common, version: packageJson.version};
  const manifest = browser === 'chrome'
    ? {...shared, background: {service_worker: background.service_worker, type: background.type}}
    // Firefox runs an MV3 background as an event page from `scripts`, not as a service worker, and
    // its add-on store needs the gecko id and the data-collection declaration.
    : {...shared, background: {scripts: background.scripts, type: background.type}, browser_specific_settings};
  // JSON imports are typed wide (`string`, `number`); crx checks the literal values when it builds.
  return manifest as ManifestV3Export;
}

/** One node of the ESTree the bundler parses into (only what the walk below reads). */
interface EstreeNode {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}

function isNode(value: unknown): value is EstreeNode {
  return typeof value === 'object' && value !== null && typeof (value as {type?: unknown}).type === 'string';
}

/**
 * Fields of the rules written for the people who maintain them, never shown by the extension: each
 * rule's `source` citation, and the retry guidance's `note` (the reasoning behind a schedule).
 */
const maintainerFields = new Set(['source', 'note']);

/**
 * The same for one folder: a reason's `description` explains its id to maintainers; the cards show
 * its `title` and its action. (A status code's `description` is shown, so it stays.)
 */
const maintainerFieldsIn: ReadonlyArray<[folder: string, fields: ReadonlySet<string>]> = [
  ['/src/rules/reasons/', new Set(['description'])],
  // A mail server family's name, senders, subjects and header names say how to recognise its
  // notices; the decoder reads its template words only (src/decoder/templates.ts).
  ['/src/rules/mta/', new Set(['name', 'senders', 'subjects', 'headers'])],
];

/**
 * Leaves the maintainers' fields out of the extension's rules. They stay in the source files, which
 * the tests read; in the extension they would only make every popup carry kilobytes nobody sees.
 */
function withoutCitations(): Plugin {
  return {
    name: 'bounce-decoder:without-citations',
    enforce: 'post',
    transform(code, id) {
      if (!id.includes('/src/rules/')) return null;
      const left = new Set([...maintainerFields, ...maintainerFieldsIn.flatMap(([folder, fields]) => (id.includes(folder) ? [...fields] : []))]);
      const cuts: [number, number][] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) {
          node.forEach(walk);
          return;
        }
        if (!isNode(node)) return;
        const key = node.type === 'Property' && isNode(node['key']) ? node['key']['name'] ?? node['key']['value'] : undefined;
        if (typeof key === 'string' && left.has(key)) {
          // The property and the comma after it.
          const comma = /^\s*,/.exec(code.slice(node.end));
          cuts.push([node.start, node.end + (comma ? comma[0].length : 0)]);
          return;
        }
        for (const [key, value] of Object.entries(node)) {
          if (key !== 'type' && key !== 'start' && key !== 'end') walk(value);
        }
      };
      walk(this.parse(code));
      if (cuts.length === 0) return null;
      let result = '';
      let from = 0;
      for (const [start, end] of cuts.sort((a, b) => a[0] - b[0])) {
        result += code.slice(from, start);
        from = end;
      }
      return {code: result + code.slice(from), map: null};
    },
  };
}

/** Preact's one HTML sink: `dom.innerHTML = newHtml.__html`, for `dangerouslySetInnerHTML` (src/diff/index.js). */
const preactHtmlSink = /(\b[\w$]+)\.innerHTML=([\w$]+)\.__html\b/g;

/**
 * Removes the one HTML sink from the extension: preact writes `dangerouslySetInnerHTML` with
 * `innerHTML`, which store reviewers' lint (`web-ext lint`: UNSAFE_VAR_ASSIGNMENT) flags. Nothing
 * here uses that prop (lint forbids it in the source), so the sink becomes `textContent`: were it
 * ever used, the text would show as text. A preact whose bundle no longer holds exactly one such
 * sink fails the build, so an upgrade cannot bring one back unseen.
 */
function withoutHtmlSink(): Plugin {
  return {
    name: 'bounce-decoder:without-html-sink',
    transform(code, id) {
      if (!/\/node_modules\/preact\/dist\/preact\.mjs$/.test(id.split('?')[0]!)) return null;
      const sinks = code.match(preactHtmlSink)?.length ?? 0;
      if (sinks !== 1) throw new Error(`preact's bundle holds ${sinks} innerHTML sinks, 1 expected: check withoutHtmlSink in vite.config.ts`);
      return {code: code.replace(preactHtmlSink, '$1.textContent=$2.__html'), map: null};
    },
  };
}

function extensionConfig(browser: BrowserTarget): UserConfig {
  return {
    plugins: [
      preact(), crx({manifest: manifestFor(browser), browser, contentScripts: {standaloneFiles: [contentScript]}}), withoutCitations(),
      withoutHtmlSink(),
    ],
    // The popup's decoder worker (src/popup/decode-worker.ts) is bundled by its own pipeline: as an
    // ES module it shares the decoder's chunks with the page instead of carrying a copy, and the
    // citations come out of its rules as out of the page's.
    worker: {
      format: 'es',
      plugins: () => [withoutCitations()],
    },
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      target: 'es2022',
    },
  };
}

/** Node needs the shebang to run the file directly, and the executable bit for `./decode.mjs`. */
function executable(): Plugin {
  return {
    name: 'bounce-decoder:executable',
    renderChunk(code, chunk) {
      return chunk.isEntry && !code.startsWith('#!') ? {code: `#!/usr/bin/env node\n${code}`, map: null} : null;
    },
    async writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && file.isEntry) {
          await chmod(path.join(options.dir ?? '', file.fileName), 0o755);
        }
      }
    },
  };
}

function cliConfig(): UserConfig {
  return {
    // The icons are the extension's, not the command line's.
    publicDir: false,
    // The command line prints what the extension shows: the maintainers' fields would only be
    // parsed at every start (a third of the file).
    plugins: [executable(), withoutCitations()],
    // `noExternal: true` bundles every dependency (postal-mime included), so the one file runs
    // without node_modules; node's own modules stay imports.
    ssr: {target: 'node', noExternal: true},
    build: {
      ssr: cliEntry,
      outDir: 'dist/cli',
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rolldownOptions: {
        output: {format: 'es', entryFileNames: 'decode.mjs', codeSplitting: false},
      },
    },
  };
}

export default defineConfig(({mode}) => {
  // Anything but a named target (the dev server's `development`, a bare `vite build`) means Chrome.
  const target: Target = isTarget(mode) ? mode : 'chrome';
  return target === 'cli' ? cliConfig() : extensionConfig(target);
});
