import {describe, expect, test, vi} from 'vitest';
import type {RecipientDiagnosis} from '../../src/decoder/types.ts';
import {addressAdvice, lowerFirst, type Tone, verdictOf, worstFirst} from '../../src/shared/verdict.ts';
import {autoReply, delivered, diagnosisOf, hardBounce, permanentPolicy, temporary, unknownClass} from '../popup/diagnoses.ts';

vi.mock('webextension-polyfill', async () => import('./fake-browser.ts'));

describe('verdictOf()', () => {
  test.each<[string, RecipientDiagnosis, Tone, string]>([
    ['a hard bounce', hardBounce, 'permanent', 'Permanent failure: the address does not exist'],
    ['another permanent failure', permanentPolicy, 'permanent', 'Permanent failure: flagged as spam'],
    ['a title that starts with an acronym', diagnosisOf({reason: {id: 'authfailure', title: 'SPF, DKIM or DMARC failed'}}), 'permanent', 'Permanent failure: SPF, DKIM or DMARC failed'],
    ['a temporary failure', temporary, 'temporary', 'Temporary: the server will retry'],
    ['a failure of unknown class', unknownClass, 'unknown', 'Not delivered: unknown cause'],
    ['a delivery', delivered, 'delivered', 'Delivered'],
    ['an automatic reply', autoReply, 'notice', 'Automatic reply: the message was delivered'],
    ['a complaint', diagnosisOf({reason: {id: 'feedback', title: 'Spam complaint report'}, hardBounce: false, feedbackType: 'abuse'}), 'notice', 'Spam complaint: the recipient reported your mail'],
    ['an authentication failure report, no complaint', diagnosisOf({reason: {id: 'feedback', title: 'SPF, DKIM or DMARC failed'}, hardBounce: false, feedbackType: 'auth-failure'}), 'notice', 'Authentication failure report: your mail failed SPF, DKIM or DMARC at the receiver'],
  ])('says %s in words and with its tone', (_name, diagnosis, tone, text) => {
    expect(verdictOf(diagnosis)).toEqual({tone, text});
  });

  test.each<[string, RecipientDiagnosis, string]>([
    ['a temporary failure', temporary, 'Permanent'],
    ['a permanent failure', hardBounce, 'Temporary'],
    ['a failure of unknown class', unknownClass, 'Permanent'],
    ['a delivery', delivered, 'failure'],
  ])('never calls %s what it is not', (_name, diagnosis, word) => {
    expect(verdictOf(diagnosis).text).not.toContain(word);
  });
});

describe('lowerFirst()', () => {
  test.each([
    ['The address does not exist', 'the address does not exist'],
    ['SPF, DKIM or DMARC failed', 'SPF, DKIM or DMARC failed'],
    ['A', 'A'],
    ['', ''],
  ])('%j → %j', (title, expected) => {
    expect(lowerFirst(title)).toBe(expected);
  });
});

describe('worstFirst()', () => {
  test.each<[string, RecipientDiagnosis[], RecipientDiagnosis[]]>([
    ['hard bounces before other permanent failures', [permanentPolicy, hardBounce], [hardBounce, permanentPolicy]],
    ['permanent before temporary', [temporary, permanentPolicy], [permanentPolicy, temporary]],
    ['unknown class between permanent and temporary', [temporary, unknownClass, hardBounce], [hardBounce, unknownClass, temporary]],
    ['deliveries and automatic replies last', [delivered, autoReply, temporary], [temporary, autoReply, delivered]],
    ['all six', [delivered, temporary, autoReply, unknownClass, permanentPolicy, hardBounce], [hardBounce, permanentPolicy, unknownClass, temporary, autoReply, delivered]],
    ['one recipient as it is', [temporary], [temporary]],
    ['nothing as nothing', [], []],
  ])('puts %s', (_name, recipients, expected) => {
    expect(worstFirst(recipients)).toEqual(expected);
  });

  test('keeps the bounce\'s order among equally bad recipients, and leaves the input alone', () => {
    const first = diagnosisOf({recipient: 'first@example.com'});
    const second = diagnosisOf({recipient: 'second@example.com'});
    const input = [temporary, first, second];
    expect(worstFirst(input).map(({recipient}) => recipient)).toEqual(['first@example.com', 'second@example.com', 'full@example.com']);
    expect(input).toEqual([temporary, first, second]);
  });
});

describe('addressAdvice()', () => {
  const withAction = (id: RecipientDiagnosis['action']['id']): RecipientDiagnosis => diagnosisOf({hardBounce: false, action: {id, summary: '', steps: []}});

  test.each<[string, RecipientDiagnosis, string]>([
    ['a hard bounce', hardBounce, 'Yes: remove this address from your lists'],
    ['a hard bounce whatever its action', diagnosisOf({action: {id: 'wait', summary: '', steps: []}}), 'Yes: remove this address from your lists'],
    ['an authentication failure', withAction('fix-authentication'), 'No: keep the address; the sender must fix something'],
    ['a blocklisting', withAction('request-delisting'), 'No: keep the address; the sender must fix something'],
    ['spam content', withAction('fix-content'), 'No: keep the address; the sender must fix something'],
    ['a full mailbox', withAction('contact-recipient'), 'No: keep the address; the problem is on the recipient\'s side'],
    ['a deferral', withAction('wait'), 'No: keep the address; it may accept mail later'],
    ['an expired retry', withAction('retry'), 'No: keep the address; it may accept mail later'],
    ['a moved mailbox', withAction('fix-address'), 'No, but this address cannot receive mail: correct it'],
    ['a complaint', withAction('suppress'), 'No, but stop sending to it'],
    ['a delivery', delivered, 'No: nothing to remove'],
  ])('for %s', (_name, diagnosis, advice) => {
    expect(addressAdvice(diagnosis)).toBe(advice);
  });
});
