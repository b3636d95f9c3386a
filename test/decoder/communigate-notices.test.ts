// CommuniGate Pro's notices as they are pasted: the lines of the sample PHPMailer-BMH quotes (CR LF
// ends, a failure of its own with no code), and the one-line preview of an AppRiver server's notice
// (the remote host's reply). The words are those src/rules/mta/communigate.ts cites; the generated
// tests render the notice around every reply.

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';

describe('CommuniGate Pro notices', () => {
  test.each([
    ['its own failure, CR LF', 'Failed to deliver to \'bob@example.org\'\r\nSMTP module(domain example.org) reports:\r\n connection with mx1.mail.example.org is broken\r\n', 'networkerror', null],
    ['the remote reply, lines', 'Failed to deliver to \'bob@example.org\'\nSMTP module(domain example.org) reports:\n message text rejected by mx.example.org: 550 5.1.1 <bob@example.org>... User unknown\n', 'userunknown', '550'],
    ['the remote reply, one line', 'Failed to deliver to \'bob@example.org\' SMTP module(domain example.org) reports: message text rejected by mx.example.org: 552 1 Requested mail action aborted, mailbox not found', 'userunknown', '552'],
    // The Local Delivery module's report on an Account it stores mail for (manual, "Local Delivery Module").
    ['the local account full', 'Failed to deliver to \'bob@example.org\'\nLOCAL module(account bob) reports:\n account is full (quota exceeded)\n', 'mailboxfull', null],
  ])('%s: a final failure for its recipient', async (_name, text, reason, code) => {
    const result = await decode(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((found) => [found.recipient, found.reason.id, found.replyCode?.code ?? null, found.permanent])).toEqual([['bob@example.org', reason, code, true]]);
  });

  test.each([
    ['a person\'s sentence', 'We failed to deliver to \'Acme Ltd\' the parcel you ordered; please call us.'],
    ['a log of parcels', 'Failed to deliver to the warehouse on time: 3 parcels.\nFailed to deliver to \'Dock 4\': closed.'],
  ])('%s is no notice', async (_name, text) => {
    const result = await decode(text);
    expect(result.kind).toBe('none');
  });
});

// The notice's opening in another language (a webmail shows only the body): the module's line,
// written by the server whatever the language of its template, makes it a notice.
describe('CommuniGate Pro\'s module line under an opening in another language', () => {
  test.each([
    ['LOCAL module(account bob@example.org) reports:\n account is full (quota exceeded)', 'mailboxfull'],
    ['SMTP module(domain example.org) reports:\n message text rejected by mx.example.org: 550 5.1.1 <bob@example.org>... User unknown', 'userunknown'],
  ])('%s', async (moduleLines, reason) => {
    const result = await decode(`Fehler bei der Zustellung an 'bob@example.org'\n${moduleLines}\n`);
    expect([result.kind, result.recipients[0]?.recipient, result.recipients[0]?.reason.id]).toEqual(['bounce', 'bob@example.org', reason]);
  });
});
