// @vitest-environment happy-dom
/**
 * watchMessages(): settles after changes, not on each; notices a replaced pane and URL changes; and
 * stops everything when its signal aborts.
 */
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {watchMessages} from '../../src/content/watch.ts';

const adapter = {findPane: (document: Document) => document.querySelector('[role="main"]') ?? undefined};
const debounceMs = 30;
let controller: AbortController;
let calls: number;

/** Waits for the debounce to pass, and a little more. */
async function settled(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, debounceMs * 3));
}

function pane(): Element {
  return document.querySelector('[role="main"]')!;
}

beforeEach(() => {
  document.body.replaceChildren();
  const shell = document.createElement('div');
  const main = document.createElement('div');
  main.setAttribute('role', 'main');
  shell.append(main);
  document.body.append(shell);
  controller = new AbortController();
  calls = 0;
  watchMessages(adapter, document, () => {
    calls++;
  }, {signal: controller.signal, debounceMs, maxWaitMs: 1000});
});

afterEach(() => {
  controller.abort();
});

describe('watchMessages()', () => {
  test('looks once at the start', () => {
    expect(calls).toBe(1);
  });

  test('a burst of changes in the pane makes one call, after the quiet time', async () => {
    for (let index = 0; index < 10; index++) {
      pane().append(document.createElement('p'));
    }
    expect(calls).toBe(1);
    await settled();
    expect(calls).toBe(2);
  });

  test('a pane replaced by another is noticed, and the new one is watched', async () => {
    const replacement = document.createElement('div');
    replacement.setAttribute('role', 'main');
    pane().replaceWith(replacement);
    await settled();
    expect(calls).toBe(2);
    replacement.append(document.createElement('p'));
    await settled();
    expect(calls).toBe(3);
  });

  test('a hash change is noticed', async () => {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settled();
    expect(calls).toBe(2);
  });

  test('a change outside the pane and its ancestors is not', async () => {
    pane().parentElement!.before(document.createElement('aside'));
    document.querySelector('aside')!.append(document.createElement('p'));
    await settled();
    // The <aside> was added to <body>, an ancestor of the pane: that one call, then no more.
    const after = calls;
    document.querySelector('aside')!.append(document.createElement('p'));
    await settled();
    expect(calls).toBe(after);
  });

  test('after abort, nothing calls back', async () => {
    controller.abort();
    pane().append(document.createElement('p'));
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settled();
    expect(calls).toBe(1);
  });

  test('changes that never go quiet still settle, at most every maxWaitMs', async () => {
    const stop = new AbortController();
    let fastCalls = 0;
    watchMessages(adapter, document, () => {
      fastCalls++;
    }, {signal: stop.signal, debounceMs: 50, maxWaitMs: 120});
    const started = Date.now();
    while (Date.now() - started < 400) {
      pane().append(document.createElement('i'));
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    stop.abort();
    // One at the start, then one per ~120 ms of constant change.
    expect(fastCalls).toBeGreaterThanOrEqual(3);
    expect(fastCalls).toBeLessThanOrEqual(5);
  });
});
