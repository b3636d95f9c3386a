/**
 * Bongo's notices (bongo-project/bongo src/agents/queue/queue.c, CreateDSNMessage), generated from
 * its template: the heading of each kind of list, each recipient's line ("<final>; originally to
 * <original> (unrecoverable error)"), and each cause's own line, for 1, 2 and 5 recipients, as the
 * raw message (a multipart/report whose Status is 5.0.0 or 4.0.0 and no Diagnostic-Code) and as
 * the text a webmail shows. Every input is written here from the template; src/rules/mta/bongo.ts
 * cites the same file.
 */
import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';

/** The cause lines CreateDSNMessage writes below a recipient, by its reason, and the reason each says (a failure of unknown cause: onhold). */
const causes = [
  ['DELIVER_HOST_UNKNOWN', 'hostunknown', (rcpt: string) => `The host '${rcpt.split('@')[1]}' is unknown or could not be looked up`],
  ['DELIVER_TIMEOUT', 'expired', () => 'The mail system tried to deliver the message for the last 4 days,\r\n\tbut was not able to successfully do so.'],
  ['DELIVER_REFUSED', 'networkerror', (rcpt: string) => `The mail exchanger for domain '${rcpt.split('@')[1]}' refused to talk to us.`],
  ['DELIVER_UNREACHABLE', 'networkerror', (rcpt: string) => `The mail exchanger for domain '${rcpt.split('@')[1]}' was not reachable.`],
  ['DELIVER_USER_UNKNOWN', 'userunknown', (rcpt: string) => `The recipient '${rcpt.split('@')[0]}' is unknown at host '${rcpt.split('@')[1]}'`],
  ['DELIVER_HOPCOUNT_EXCEEDED', 'networkerror', () => 'The message was routed through too many hosts.\r\n\tThis usually indicates a mail loop.'],
  ['DELIVER_FAILURE', 'onhold', () => 'The mail system encountered a delivery failure, code 5.\r\n  \tThis failure could be due to circumstances out of its control,\r\n  \tplease check the transcript for details'],
] as const;

const addresses = ['bob@example.org', 'carol@example.com', 'dan@example.net', 'erin@example.org', 'frank@example.com'];

/** The notice's human-readable part, CR LF as the queue agent writes it. */
function noticeText(recipients: readonly string[], cause: (rcpt: string) => string, pending: boolean): string {
  const heading = pending ? '   ----- The following address(es) have temporary problems -----' : '   ----- The following address(es) had permanent fatal errors -----';
  const lines = recipients.flatMap((rcpt) => [pending ? `<${rcpt}>; originally to ${rcpt}` : `<${rcpt}>; originally to ${rcpt} (unrecoverable error)`, `  \t${cause(rcpt)}`, '']);
  return ['The original message was received Thu, 11 Sep 2008 05:00:32 -0500', 'from ann@example.net', '', heading, ...lines].join('\r\n');
}

function rawNotice(recipients: readonly string[], cause: (rcpt: string) => string, pending: boolean): string {
  const b = '1221127233-13870-mail.example.net';
  const report = recipients.flatMap((rcpt) => ['', `Original-recipient: ${rcpt}`, `Final-recipient: ${rcpt}`, `Action: ${pending ? 'delayed' : 'failed'}`, `Status: ${pending ? '4.0.0' : '5.0.0'}`]);
  return [
    'From: postmaster@mail.example.net', 'To: ann@example.net', 'Subject: Returned mail: User unknown', 'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`, 'Precedence: bulk', '', 'This is a MIME-encapsulated message', '',
    `--${b}`, 'Content-type: text/plain; charset=US-ASCII', '', noticeText(recipients, cause, pending),
    `--${b}`, 'Content-type: message/delivery-status', '', 'Reporting-MTA: dns; mail.example.net', 'Arrival-Date: Thu, 11 Sep 2008 05:00:32 -0500', ...report,
    `--${b}`, 'Content-type: message/rfc822', '', 'From: ann@example.net', 'Subject: Hello', '', 'Hi', '', `--${b}--`, '',
  ].join('\r\n');
}

const cases = causes.flatMap(([name, reason, cause]) => [1, 2, 5].flatMap((count) => [false, true].map((pending) => [name, count, pending, reason, cause] as const)));

describe('Bongo\'s notices, generated from its template', () => {
  test.each(cases)('%s, %i recipient(s), pending %s', async (_name, count, pending, reason, cause) => {
    const recipients = addresses.slice(0, count);
    const kind = pending ? 'delay' : 'bounce';
    for (const result of [await decode(rawNotice(recipients, cause, pending)), decodeText(noticeText(recipients, cause, pending)), decodeText(noticeText(recipients, cause, pending).replace(/\r\n/g, '\n'))]) {
      expect(result.kind).toBe(kind);
      expect(result.recipients.map((found) => [found.recipient, found.permanent])).toEqual(recipients.map((rcpt) => [rcpt, !pending]));
      if (!pending) expect(result.recipients.map((found) => found.reason.id)).toEqual(recipients.map(() => reason));
    }
  });

  test.each([
    ['a sentence that quotes the heading\'s words', 'Our old server listed which address(es) had permanent fatal errors in its reports.'],
    ['the heading of delivered addresses (a confirmation)', '   ----- The following address(es) have been delivered -----\r\n<bob@example.org>\r\n  \tThe message has been successfully delivered.\r\n'],
  ])('%s is no failure', (_name, text) => {
    const result = decodeText(text);
    expect(result.recipients.filter((found) => found.reason.id !== 'delivered')).toEqual([]);
  });
});
