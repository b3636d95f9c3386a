// @ts-check
/**
 * Files for the popup's drop zone and "Open a file…" button: the same examples and checks in every
 * browser, whatever drives it.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {root} from './support.mjs';

/** An example each way in: one dropped, one opened, with the verdict its card must show. */
export const droppedExample = {
  file: path.join(root, 'public', 'examples', 'gmail-address-not-found.eml'),
  verdict: 'Permanent failure: the address does not exist',
};
export const openedExample = {
  file: path.join(root, 'public', 'examples', 'postfix-mailbox-full-delay.eml'),
  verdict: 'Temporary: the server will retry',
};

/**
 * A file as `dropFileInPage` takes it: its name and its bytes as numbers, which every driver can
 * hand to a page.
 * @param {string} file
 */
export function fileForPage(file) {
  return {name: path.basename(file), bytes: [...readFileSync(file)]};
}

/**
 * Drops a file on the popup as a person drags one from the desktop: `dragenter`, `dragover`, then
 * `drop`, each carrying it, on the popup's <main>. Runs in the page (`page.evaluate`), so it uses
 * nothing from this module.
 * @param {{name: string, bytes: number[]}} file
 */
export function dropFileInPage({name, bytes}) {
  const dataTransfer = new DataTransfer();
  dataTransfer.items.add(new File([new Uint8Array(bytes)], name, {type: 'message/rfc822'}));
  const main = document.querySelector('main');
  if (main === null) {
    throw new Error('The popup has no <main>');
  }

  for (const type of ['dragenter', 'dragover', 'drop']) {
    main.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer}));
  }
}
