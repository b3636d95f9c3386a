// JMAP's EmailSubmission (RFC 8621 §7), as a JMAP client shows a sent message's fate: its
// deliveryStatus, keyed by each recipient's address, holds the last SMTP reply for that recipient
// (smtpReply) and whether it was delivered ("yes"), failed ("no"), is still queued ("queued") or
// is unknown. Generated around replies of every kind, whole, compact and as an element cut from
// the list a /get response returns.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyPool, sampleOf} from './generate.ts';
import {parseReply} from './templates/common.ts';

/** An EmailSubmission with the properties RFC 8621 §7 gives it, and the delivery status of each recipient. */
function submission(statuses: Record<string, {delivered: string; smtpReply: string}>): Record<string, unknown> {
  return {
    id: 'es1', identityId: 'id1', emailId: 'M1', threadId: 'T1',
    envelope: {mailFrom: {email: 'alice@example.net'}, rcptTo: Object.keys(statuses).map((email) => ({email}))},
    sendAt: '2026-03-02T10:00:00Z', undoStatus: 'final',
    deliveryStatus: Object.fromEntries(Object.entries(statuses).map(([address, status]) => [address, {...status, displayed: 'unknown'}])),
    dsnBlobIds: [], mdnBlobIds: [],
  };
}

const layouts: readonly (readonly [string, (value: Record<string, unknown>) => string])[] = [
  ['pretty-printed', (value) => JSON.stringify(value, undefined, 2)],
  ['compact', (value) => JSON.stringify(value)],
  // An element selected out of a /get response's "list", the comma after it kept.
  ['cut from its list', (value) => `${JSON.stringify(value, undefined, 4)},`],
];

const pool = replyPool();
const replies = [...sampleOf('jmap-status', pool['status-code'], 12), ...sampleOf('jmap-provider', pool.provider, 12)]
  .filter(({reply}) => !reply.includes('\n') && /^[45]/.test(reply));

describe('generated: a JMAP EmailSubmission\'s failed recipients, with their servers\' replies', () => {
  const cases = replies.flatMap(({reply}) => layouts.map(([layout, print]) => ({name: `${layout}: ${reply.slice(0, 50)}`, reply, print})));

  test.each(cases)('$name', ({reply, print}) => {
    const {code} = parseReply(reply);
    const text = print(submission({
      'bob@example.org': {delivered: 'no', smtpReply: reply},
      'carol@example.net': {delivered: 'yes', smtpReply: '250 2.0.0 OK queued as 4AB12C'},
    }));
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    // The delivered recipient is no failure.
    expect(result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.permanent])).toEqual([['bob@example.org', code, code.startsWith('5')]]);
  });
});

describe('what the delivery status says of each recipient', () => {
  test('a recipient still queued is a delay, its reply temporary', () => {
    const result = decodeText(JSON.stringify(submission({'bob@example.org': {delivered: 'queued', smtpReply: '451 4.7.1 Greylisted, please try again later'}})));
    expect(result.kind).toBe('delay');
    expect(result.recipients.map((found) => [found.recipient, found.permanent])).toEqual([['bob@example.org', false]]);
  });

  test('a submission whose every recipient was delivered is a delivery', () => {
    const result = decodeText(JSON.stringify(submission({'bob@example.org': {delivered: 'yes', smtpReply: '250 2.0.0 OK'}})));
    expect(result.kind).toBe('delivered');
  });

  test('a submission whose delivery status is not known (null) reports nothing', () => {
    const result = decodeText(JSON.stringify({...submission({}), deliveryStatus: null}));
    expect(result.kind).toBe('none');
    expect(result.recipients).toEqual([]);
  });
});
