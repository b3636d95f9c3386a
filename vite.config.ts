/**
 * One config, five builds, chosen by mode: `vite build --mode chrome | firefox | thunderbird | cli | library`
 * (`scripts/build.mjs` runs them all). Every difference between the three extension builds is in
 * `manifestFor` below; the source is the same (what differs at run time is in src/shared/browser.ts
 * and src/shared/thunderbird.ts, which look at the APIs the manifest gave).
 */
import {readFileSync} from 'node:fs';
import {chmod} from 'node:fs/promises';
import {builtinModules} from 'node:module';
import path from 'node:path';
import {crx, type ManifestV3Export} from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import {defineConfig, type Plugin, type UserConfig} from 'vite';
import manifestSource from './manifest.json' with {type: 'json'};
import packageJson from './package.json' with {type: 'json'};

const targets = ['chrome', 'firefox', 'thunderbird', 'cli', 'library'] as const;
type Target = (typeof targets)[number];
type BrowserTarget = Exclude<Target, 'cli' | 'library'>;

/**
 * The webmail content script, built as one self-contained file: no loader, no shared chunks, and so
 * nothing the webmail pages could load from the extension (`web_accessible_resources`).
 */
const contentScript = 'src/content/index.ts';

/** The command-line decoder's entry; `dist/cli/decode.mjs` is built from it. */
const cliEntry = 'src/cli/decode.ts';

/** The library's entry, the package's `exports`; `dist/library/index.js` is built from it. */
const libraryEntry = 'src/library/index.ts';

function isTarget(mode: string): mode is Target {
  return (targets as readonly string[]).includes(mode);
}

/**
 * Thunderbird's own add-on id: addons.thunderbird.net lists it apart from the Firefox add-on, and a
 * person may install both (in Thunderbird and in Firefox) without one replacing the other.
 */
const thunderbirdId = 'bounce-decoder-thunderbird@bounce-decoder.dev';

/**
 * What reads web pages, which Thunderbird leaves out: it has no webmail tabs to watch (the content
 * script), no pages to read on request (`activeTab`, `scripting`, the shortcut) and no selections to
 * decode from a menu (`contextMenus`). It reads the displayed message's raw source instead, which
 * `messagesRead` allows; the popup and the history need `storage` alone, as in the browsers.
 */
const pageReaders = {permissions: new Set(['contextMenus', 'activeTab', 'scripting']), keys: ['content_scripts', 'commands']} as const;

/**
 * The manifest for one browser, from the single `manifest.json`. The version comes from
 * package.json, so a release bumps one number.
 */
function manifestFor(browser: BrowserTarget): ManifestV3Export {
  const {background, browser_specific_settings, message_display_action, ...common} = manifestSource;
  const shared = {...common, version: packageJson.version};
  // Firefox and Thunderbird run an MV3 background as an event page from `scripts`, not as a service worker.
  const eventPage = {scripts: background.scripts, type: background.type};
  let manifest;
  if (browser === 'chrome') {
    manifest = {...shared, background: {service_worker: background.service_worker, type: background.type}};
  } else if (browser === 'firefox') {
    // Its add-on store needs the gecko id and the data-collection declaration.
    manifest = {...shared, background: eventPage, browser_specific_settings};
  } else {
    // Thunderbird 128 ESR is the first to run MV3 add-ons. Its message display action (the button above
    // a message) opens the same popup as the toolbar button.
    const withoutPageReaders = Object.fromEntries(Object.entries(shared).filter(([key]) => !(pageReaders.keys as readonly string[]).includes(key)));
    manifest = {
      ...withoutPageReaders,
      permissions: [...shared.permissions.filter((permission) => !pageReaders.permissions.has(permission)), 'messagesRead'],
      background: eventPage,
      message_display_action,
      browser_specific_settings: {gecko: {...browser_specific_settings.gecko, id: thunderbirdId, strict_min_version: '128.0'}},
    };
  }
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
  // A mail server family's name, senders and header names say how to recognise its notices; the
  // decoder reads its template words and its subjects (src/decoder/templates.ts).
  ['/src/rules/mta/', new Set(['name', 'senders', 'headers'])],
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
      // crx knows Chrome and Firefox; Thunderbird's engine is Firefox's, and so is the way it loads an add-on.
      preact(), crx({manifest: manifestFor(browser), browser: browser === 'chrome' ? 'chrome' : 'firefox', contentScripts: {standaloneFiles: [contentScript]}}),
      withoutCitations(),
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

/** The library's one runtime dependency: everything else is bundled, and nothing else may be imported. */
const libraryDependencies = ['postal-mime'];

/**
 * Fails the build when a module imports one of Node's built-ins (which vite would otherwise
 * replace by an empty stand-in), when a chunk imports anything but `allowed` (its own chunks
 * aside), or when it names Node's `Buffer` or `process`: the library runs in browsers and workers,
 * where Node's built-ins are not.
 */
function onlyImports(allowed: readonly string[]): Plugin {
  return {
    name: 'bounce-decoder:only-imports',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source.startsWith('node:') || builtinModules.includes(source)) {
        this.error(`${importer ?? 'the entry'} imports ${source}: the library may not use Node's built-ins`);
      }
      return null;
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        const foreign = [...file.imports, ...file.dynamicImports].filter((id) => !allowed.includes(id) && !(id in bundle));
        if (foreign.length > 0) this.error(`${file.fileName} imports ${foreign.join(', ')}: the library may import only ${allowed.join(', ')}`);
        const nodeGlobal = /\b(?:Buffer|process)\s*\.\s*[a-zA-Z]/.exec(file.code);
        if (nodeGlobal) this.error(`${file.fileName} uses Node's ${nodeGlobal[0]}: the library must run without Node`);
      }
    },
  };
}

function libraryConfig(): UserConfig {
  return {
    publicDir: false,
    // The citations stay out, as in the extension; the tables a caller reads keep what they show.
    plugins: [withoutCitations(), onlyImports(libraryDependencies)],
    build: {
      outDir: 'dist/library',
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      lib: {entry: libraryEntry, formats: ['es'], fileName: () => 'index.js'},
      rolldownOptions: {external: libraryDependencies, output: {codeSplitting: false}},
    },
  };
}

/** What follows a browser's mode to build its content script again: `chrome:content-script`. */
const contentScriptPart = ':content-script';

/**
 * The content script, built again over the copy crx made: crx builds a standalone content script
 * with none of this config's plugins (`createIifeConfig` in its dist/index.mjs), so the rules'
 * citations would stay in the script every webmail page loads. This is the same one-file IIFE,
 * with `withoutCitations`, written to the file the built manifest names; scripts/build.mjs runs it
 * after the browser's own build.
 */
function contentScriptConfig(browser: BrowserTarget): UserConfig {
  const manifest = JSON.parse(readFileSync(path.join('dist', browser, 'manifest.json'), 'utf8')) as {content_scripts?: {js?: string[]}[]};
  const files = (manifest.content_scripts ?? []).flatMap((entry) => entry.js ?? []);
  if (files.length !== 1) throw new Error(`dist/${browser}/manifest.json names ${files.length} content scripts; one, built from ${contentScript}, is expected`);
  const contentScriptOutput = files[0]!;
  return {
    publicDir: false,
    plugins: [withoutCitations()],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: false,
      target: 'es2022',
      lib: {entry: contentScript, formats: ['iife'], name: 'bounceDecoderContent', fileName: () => contentScriptOutput},
      rolldownOptions: {output: {codeSplitting: false}},
    },
  };
}

export default defineConfig(({mode}) => {
  if (mode.endsWith(contentScriptPart)) {
    const browser = mode.slice(0, -contentScriptPart.length);
    if (!isTarget(browser) || browser === 'cli' || browser === 'library') throw new Error(`no content script to build for ${browser}`);
    return contentScriptConfig(browser);
  }
  // Anything but a named target (the dev server's `development`, a bare `vite build`) means Chrome.
  const target: Target = isTarget(mode) ? mode : 'chrome';
  if (target === 'cli') return cliConfig();
  if (target === 'library') return libraryConfig();
  return extensionConfig(target);
});
