// @vitest-environment happy-dom
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {maxPageText, pageText, readPageText} from '../../src/shared/read-page.ts';
import {fakeBrowser, resetFakeBrowser} from './fake-browser.ts';

vi.mock('webextension-polyfill', async () => import('./fake-browser.ts'));

beforeEach(resetFakeBrowser);

afterEach(() => {
  getSelection()?.removeAllRanges();
  document.body.replaceChildren();
});

function page(...lines: string[]): HTMLElement[] {
  const paragraphs = lines.map((line) => Object.assign(document.createElement('p'), {textContent: line}));
  document.body.replaceChildren(...paragraphs);
  return paragraphs;
}

function select(element: Node): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  getSelection()?.removeAllRanges();
  getSelection()?.addRange(range);
}

describe('pageText()', () => {
  test('is the selection when there is one', () => {
    const [, reply] = page('Hello', '550 5.1.1 User unknown', 'Bye');
    select(reply!);
    expect(pageText(maxPageText, false)).toBe('550 5.1.1 User unknown');
  });

  test('is the page\'s text when nothing is selected', () => {
    page('Hello', '550 5.1.1 User unknown');
    expect(pageText(maxPageText, false)).toContain('550 5.1.1 User unknown');
    expect(pageText(maxPageText, false)).toContain('Hello');
  });

  test('is empty when only the selection is wanted and nothing is selected', () => {
    page('550 5.1.1 User unknown');
    expect(pageText(maxPageText, true)).toBe('');
  });

  test('is the selection inside a text field, which getSelection() does not see', () => {
    const field = document.createElement('textarea');
    field.value = 'log: 421 4.7.0 try later; more';
    document.body.replaceChildren(field);
    field.focus();
    field.setSelectionRange(5, 24);
    expect(pageText(maxPageText, true)).toBe('421 4.7.0 try later');
  });

  test('is cut at the limit', () => {
    page('x'.repeat(5000));
    expect(pageText(100, false)).toHaveLength(100);
  });

  test('uses nothing from outside its own body, since only its source reaches the page', () => {
    // A reference to a module-level name would be `undefined` (or worse) in the page.
    const source = pageText.toString();
    expect(source).not.toMatch(/\b(maxPageText|browser|import)\b/);
  });
});

describe('readPageText()', () => {
  test('runs pageText in the tab and answers its text', async () => {
    fakeBrowser.scripting.executeScript.mockResolvedValue([{frameId: 0, result: '550 5.1.1'}]);
    await expect(readPageText(7)).resolves.toBe('550 5.1.1');
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({target: {tabId: 7}, func: pageText, args: [maxPageText, false]});
  });

  test('reads one frame, and only the selection, when asked', async () => {
    fakeBrowser.scripting.executeScript.mockResolvedValue([{frameId: 4, result: 'x'}]);
    await readPageText(7, {frameId: 4, selectionOnly: true});
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledWith({target: {tabId: 7, frameIds: [4]}, func: pageText, args: [maxPageText, true]});
  });

  test.each<[string, unknown[]]>([
    ['no result at all', []],
    ['a number', [{frameId: 0, result: 550}]],
    ['an object posing as text', [{frameId: 0, result: {toString: () => 'x', length: 1}}]],
    ['undefined', [{frameId: 0}]],
  ])('answers empty text for %s', async (_name, results) => {
    fakeBrowser.scripting.executeScript.mockResolvedValue(results as Array<{frameId: number}>);
    await expect(readPageText(7)).resolves.toBe('');
  });

  test('cuts what a page sends past the limit', async () => {
    fakeBrowser.scripting.executeScript.mockResolvedValue([{frameId: 0, result: 'x'.repeat(maxPageText + 10)}]);
    await expect(readPageText(7)).resolves.toHaveLength(maxPageText);
  });

  test('rejects when the page cannot be read', async () => {
    fakeBrowser.scripting.executeScript.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    await expect(readPageText(7)).rejects.toThrow('chrome://');
  });
});
