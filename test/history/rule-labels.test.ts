import {describe, expect, test, vi} from 'vitest';
import {providerName, reasonAdvice, reasonTitle} from '../../src/history/rule-labels.ts';
import {reasons} from '../../src/rules/reasons/index.ts';

vi.mock('webextension-polyfill', async () => import('../shared/fake-browser.ts'));

describe('reasonTitle()', () => {
  test.each([
    ['userunknown', 'The address does not exist'],
    ['mailboxfull', 'The mailbox is full'],
    // An id the rules do not know (kept by another version) shows as it is.
    ['nosuchreason', 'nosuchreason'],
    ['', ''],
  ])('%s', (id, title) => {
    expect(reasonTitle(id)).toBe(title);
  });
});

describe('reasonAdvice()', () => {
  test('a permanent failure gets the reason\'s action', () => {
    expect(reasonAdvice('userunknown', false)).toEqual({summary: reasons.userunknown.action.summary, steps: reasons.userunknown.action.steps});
  });

  test('failures all temporary get the temporary action, where the reason has one', () => {
    expect(reasonAdvice('mailboxfull', true)?.summary).toBe(reasons.mailboxfull.temporaryAction?.summary);
    expect(reasonAdvice('mailboxfull', true)?.summary).not.toBe(reasons.mailboxfull.action.summary);
  });

  test('and the action where it has none', () => {
    expect(reasonAdvice('userunknown', true)?.summary).toBe(reasons.userunknown.action.summary);
  });

  test('no advice for an unknown reason', () => {
    expect(reasonAdvice('nosuchreason', false)).toBeUndefined();
  });
});

describe('providerName()', () => {
  test.each([
    ['google', 'Google (Gmail / Google Workspace)'],
    ['nosuchprovider', 'nosuchprovider'],
  ])('%s', (id, name) => {
    expect(providerName(id)).toBe(name);
  });
});
