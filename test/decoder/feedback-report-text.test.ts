/**
 * A complaint feed's report pasted from webmail: its machine-readable part is an attachment there,
 * so the text holds only the human-readable part, which opens with the sentence RFC 5965's and
 * RFC 6591's examples (and report generators such as indimail's qarf) write. Generated here around
 * each kind of report, from each source IP form, with and without lines above, LF and CRLF.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

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
      expect([result.kind, result.feedbackType, result.recipients.map((recipient) => recipient.reason.id)]).toEqual(['feedback', type, ['feedback']]);
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
