/**
 * A complaint feed's report pasted from webmail: its machine-readable part is an attachment there,
 * so the text holds only the human-readable part, which opens with the sentence RFC 5965's and
 * RFC 6591's examples (and report generators such as indimail's qarf) write. Generated here around
 * each kind of report, from each source IP form, with and without lines above, LF and CRLF.
 */
import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';

const kinds = [
  // [the words before "report", the Feedback-Type they name]
  ['an email abuse', 'abuse'],
  ['an Example Mail email abuse', 'abuse'],
  ['an authentication failure', 'auth-failure'],
  ['a spf/dkim authentication-failure', 'auth-failure'],
  ['an opt-out', 'opt-out'],
  ['a fraud', 'fraud'],
] as const;
const origins = ['an email message received from IP 192.0.2.1', 'an email received from IP 192.0.2.1', 'an email message from example.net', 'an email message received from domain example.com, IP 192.0.2.1,'];
const above = ['', 'Subject: FW: hello\n\n'];

describe('a complaint report pasted as text is feedback, of the type its opening names', () => {
  const cases = kinds.flatMap(([words, type]) => origins.flatMap((origin) => above.map((lines) => [`${lines}This is ${words} report for ${origin} on Thu, 5 Mar 2026 10:00:00 +0000.\nFor more information about this format please see http://www.example.org/arf/.\n`, type] as const)));
  test.each(cases)('%j', (text, type) => {
    for (const lineEnd of ['\n', '\r\n']) {
      const result = decodeText(text.replace(/\n/g, lineEnd));
      // An authentication failure report is no complaint: it is acted on as the sender's authentication failed (RFC 6591).
      expect([result.kind, result.feedbackType, result.recipients.map((recipient) => [recipient.reason.id, recipient.action.id])]).toEqual(['feedback', type, [['feedback', type === 'auth-failure' ? 'fix-authentication' : 'suppress']]]);
      expect(result.recipients[0]?.diagnostic).toMatch(/^This is .* report for an email/);
    }
  });

  test.each([
    ['a sentence that does not open "this is a"', 'Please file a report for an email message received from IP 192.0.2.1 with the abuse desk.'],
    ['a bug report', 'This is a bug report: the report for an email view crashes.'],
    ['the words far below the opening', `${'Hello there, how are you?\n'.repeat(40)}This is an email abuse report for an email message received from IP 192.0.2.1.`],
  ])('%s is no report', (_name, text) => {
    expect(decodeText(text).kind).not.toBe('feedback');
  });
});

/** A report as a feedback loop sends it (RFC 5965 §2): its machine-readable part names the type and the recipient. */
function feedbackReport(type: string): string {
  return [
    'From: fbl@isp.example', 'To: reports@example.net', 'Subject: Report', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=feedback-report; boundary="b"', '',
    '--b', 'Content-Type: text/plain', '', 'A report about a message sent from your domain.', '',
    '--b', 'Content-Type: message/feedback-report', '', `Feedback-Type: ${type}`, 'User-Agent: SomeFBL/1.0', 'Version: 1', 'Original-Rcpt-To: bob@isp.example', 'Arrival-Date: Thu, 5 Mar 2026 10:00:00 +0000', '',
    '--b', 'Content-Type: text/rfc822-headers', '', 'From: news@example.net', 'To: bob@isp.example', 'Subject: News', '',
    '--b--', '',
  ].join('\n');
}

describe('a report\'s Feedback-Type says whether a recipient complained', () => {
  // RFC 5965 §7.3's types and the draft's opt-out: a recipient's complaint, stop mailing them.
  test.each(['abuse', 'fraud', 'virus', 'other', 'opt-out'])('%s: a complaint', async (type) => {
    const result = await decode(feedbackReport(type));
    expect([result.kind, result.recipients.map((recipient) => [recipient.recipient, recipient.reason.id, recipient.action.id])]).toEqual(['feedback', [['bob@isp.example', 'feedback', 'suppress']]]);
  });

  test('auth-failure (RFC 6591): the sender\'s authentication failed at the receiver, no one complained', async () => {
    const result = await decode(feedbackReport('auth-failure'));
    expect([result.kind, result.feedbackType, result.recipients.map((recipient) => [recipient.recipient, recipient.reason.id, recipient.reason.title, recipient.action.id, recipient.feedbackType])])
      .toEqual(['feedback', 'auth-failure', [['bob@isp.example', 'feedback', 'SPF, DKIM or DMARC failed', 'fix-authentication', 'auth-failure']]]);
  });

  test('not-spam (RFC 6430): the message was reported as no spam, nothing to act on', async () => {
    const result = await decode(feedbackReport('not-spam'));
    expect([result.kind, result.recipients]).toEqual(['none', []]);
  });
});
