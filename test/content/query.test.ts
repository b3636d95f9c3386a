// @vitest-environment happy-dom
/**
 * Selector lookups over lists of alternatives; here `queryBefore`, which finds what a message's
 * header shows ahead of its body.
 */
import {beforeEach, describe, expect, test} from 'vitest';
import {queryBefore} from '../../src/content/query.ts';

/** A message: its header (sender first, then a recipient), its body, and a footer after the body. */
const message = `
  <div class="header">
    <span class="to" title="to@example.org">To</span>
    <span class="from" aria-label="Von: Jana &lt;jana@example.com&gt;">Jana</span>
  </div>
  <div class="wrapper">
    <div class="toolbar"><span class="from" aria-label="Von: Toolbar">Toolbar</span></div>
    <div class="body"><span class="from" aria-label="Von: Mail Delivery Subsystem">Look-alike</span></div>
  </div>
  <div class="footer"><span class="from" aria-label="Von: Footer">Footer</span></div>`;

let root: HTMLElement;
let body: Element;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
  // Static test markup, not bounce text.
  root.append(document.createRange().createContextualFragment(message));
  body = root.querySelector('.body')!;
});

describe('queryBefore()', () => {
  test('finds the first match of any alternative in document order, whatever the alternatives\' order', () => {
    expect(queryBefore(root, ['[aria-label^="Von:"]', 'span[title*="@"]'], body)?.className).toBe('to');
    expect(queryBefore(root, ['[aria-label^="Von:"]'], body)?.textContent).toBe('Jana');
  });

  test('searches what precedes the boundary at every level, never the boundary itself or what follows it', () => {
    root.querySelector('.header')?.remove();
    expect(queryBefore(root, ['[aria-label^="Von:"]'], body)?.textContent).toBe('Toolbar');
    root.querySelector('.toolbar')?.remove();
    expect(queryBefore(root, ['[aria-label^="Von:"]'], body)).toBeUndefined();
  });

  test('finds nothing for a boundary that is the root or outside it', () => {
    expect(queryBefore(root, ['span'], root)).toBeUndefined();
    expect(queryBefore(root.querySelector('.footer')!, ['span'], body)).toBeUndefined();
  });
});
