// @vitest-environment happy-dom
/**
 * watchMessages(): settles after changes, not on each; notices a replaced pane and URL changes; and
 * stops everything when its signal aborts. The clock is fake (timers and `Date`, which the debounce
 * reads), so each call lands at an exact time; happy-dom delivers mutations in microtasks, which stay
 * real.
 */
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {watchMessages} from '../../src/content/watch.ts';

const adapter = {findPane: (document: Document) => document.querySelector('[role="main"]') ?? undefined};
const debounceMs = 50;
const maxWaitMs = 120;
let controller: AbortController;
let started: number;
/** When `onChange` ran, in ms after the watch started. */
let calls: number[];

function pane(): Element {
  return document.querySelector('[role="main"]')!;
}

/** Moves the fake clock on; the mutations already made are delivered first, at the current time. */
async function wait(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'Date']});
  document.body.replaceChildren();
  // <body><div><div role="main"></div></div><aside></aside></body>: the aside is neither the pane
  // nor one of its ancestors.
  const shell = document.createElement('div');
  const main = document.createElement('div');
  main.setAttribute('role', 'main');
  shell.append(main);
  document.body.append(shell, document.createElement('aside'));
  controller = new AbortController();
  started = Date.now();
  calls = [];
  watchMessages(adapter, document, () => {
    calls.push(Date.now() - started);
  }, {signal: controller.signal, debounceMs, maxWaitMs});
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('watchMessages()', () => {
  // Every 10 ms for 400 ms: more often than the quiet time, so only maxWaitMs ends each wait.
  const neverQuiet = Array.from({length: 40}, (_, index) => index * 10);

  test.each<[string, readonly number[], readonly number[]]>([
    ['no change: only the look at the start', [], [0]],
    ['one change: a call once the quiet time has passed', [0], [0, 50]],
    ['a burst: one call, the quiet time after its last change', [0, 10, 20, 30], [0, 80]],
    ['changes further apart than the quiet time: one call each', [0, 60, 120], [0, 50, 110, 170]],
    ['changes that never go quiet: a call every maxWaitMs, then one after they stop', neverQuiet, [0, 120, 240, 360, 440]],
  ])('%s', async (_name, changes, expected) => {
    for (const at of changes) {
      await wait(at - (Date.now() - started));
      pane().append(document.createElement('p'));
    }
    await wait(10 * maxWaitMs);
    expect(calls).toEqual(expected);
  });

  test.each<[string, boolean, () => void]>([
    ['a change in the pane', true, () => {
      pane().append(document.createElement('p'));
    }],
    ['a change in an ancestor of the pane', true, () => {
      document.body.append(document.createElement('footer'));
    }],
    ['a hash change', true, () => {
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }],
    ['a step in the history', true, () => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    }],
    ['a change beside the pane, outside its ancestors', false, () => {
      document.querySelector('aside')!.append(document.createElement('p'));
    }],
    ['an attribute change in the pane', false, () => {
      pane().setAttribute('aria-busy', 'true');
    }],
  ])('%s: noticed, %s', async (_name, noticed, change) => {
    change();
    await wait(10 * debounceMs);
    expect(calls).toEqual(noticed ? [0, debounceMs] : [0]);
  });

  test('a pane replaced by another is noticed, and the new one is watched', async () => {
    const replacement = document.createElement('div');
    replacement.setAttribute('role', 'main');
    pane().replaceWith(replacement);
    await wait(debounceMs);
    expect(calls).toEqual([0, 50]);
    replacement.append(document.createElement('p'));
    await wait(debounceMs);
    expect(calls).toEqual([0, 50, 100]);
  });

  test.each<[string, () => Promise<void>]>([
    ['a change after it', async () => {
      controller.abort();
      pane().append(document.createElement('p'));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }],
    ['a change still waiting for its quiet time', async () => {
      pane().append(document.createElement('p'));
      await wait(debounceMs - 10);
      controller.abort();
    }],
  ])('after abort, nothing calls back: %s', async (_name, changeAndAbort) => {
    await changeAndAbort();
    await wait(10 * debounceMs);
    expect(calls).toEqual([0]);
  });
});
