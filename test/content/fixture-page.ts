/**
 * Opens a saved page of test/fixtures/dom at the URL it had, in a window of its own (happy-dom), so
 * that each adapter sees the document and the URL a person would have in front of them.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {Window} from 'happy-dom';
import {afterEach} from 'vitest';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'dom');
const open: Window[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map(async (window) => window.happyDOM.close()));
});

/** The fixture's HTML: `name` without `.html`. */
export function fixtureHtml(name: string): string {
  return readFileSync(path.join(fixtures, `${name}.html`), 'utf8');
}

/**
 * The fixture `name` loaded at `url`; scripts in it do not run.
 *
 * @example
 * fixturePage('gmail-address-not-found', 'https://mail.google.com/mail/u/0/#inbox/FMfcg…').querySelector('h2.hP')
 */
export function fixturePage(name: string, url: string): Document {
  const window = new Window({url, settings: {disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true}});
  open.push(window);
  window.document.write(fixtureHtml(name));
  return window.document as unknown as Document;
}
