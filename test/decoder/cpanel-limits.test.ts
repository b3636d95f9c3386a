// cPanel's Exim holds a domain's outgoing mail past its hourly limits (src/rules/mta/cpanel.ts):
// over the emails-per-hour limit a message is deferred ("Message will be reattempted later"), past
// the share it queues it is discarded ("Message discarded."), and past the failed-or-deferred limit
// the domain may send nothing this hour. Its words are the sending side's own limit, pasted alone,
// in a log line or in the bounce that quotes them.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

const limits = [
  ['the emails-per-hour limit', 'Domain example.com has exceeded the max emails per hour (3/2 (150%)) allowed.'],
  ['the failed-or-deferred limit', 'Domain example.com has exceeded the max defers and failures per hour (10/10 (100%)) allowed.'],
] as const;

describe('cPanel\'s hourly limits', () => {
  test.each(limits.flatMap(([limit, line]) => [
    [`${limit}, discarded`, `${line} Message discarded.`, 'bounce', true],
    [`${limit}, to be reattempted`, `${line} Message will be reattempted later`, 'delay', false],
    [`${limit}, in Exim's bounce`, `This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  bob@example.org\n    ${line} Message discarded.\n`, 'bounce', true],
    [`${limit}, in Exim's log`, `2026-03-02 10:15:02 1vK0aB-000123-Cd == bob@example.org R=enforce_mail_permissions defer (-1): "${line} Message will be reattempted later"`, 'delay', false],
  ] as const))('%s', (_name, text, kind, permanent) => {
    const result = decodeText(text);
    expect(result.kind).toBe(kind);
    expect(result.recipients.map((recipient) => [recipient.reason.id, recipient.permanent])).toEqual([['speeding', permanent]]);
  });

  test('an outgoing mail hold, in Exim\'s log', () => {
    const result = decodeText('2019-10-08 15:55:52.777 [17077] 1iHA5w-0005Yx-RF == bob@example.org R=enforce_mail_permissions defer (-1): "Domain example.com has an outgoing mail hold. Message will be reattempted later"');
    expect([result.kind, result.recipients.map((recipient) => [recipient.recipient, recipient.reason.id, recipient.permanent])]).toEqual(['delay', [['bob@example.org', 'speeding', false]]]);
  });

  test.each([
    ['a hosting page that explains the limit', 'If you send too much, cPanel limits how many emails per hour a domain may send. Ask us to raise your hourly limit.'],
    ['a note that a message was discarded', 'Your draft was discarded. The message will be reattempted later by the app.'],
  ])('%s is no bounce', (_name, text) => {
    expect(decodeText(text).kind).not.toBe('bounce');
  });
});
