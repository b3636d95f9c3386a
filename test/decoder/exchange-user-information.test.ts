// Exchange's classic NDR puts its user information for a missing mailbox under each recipient, in
// the words of its version (2007: "The recipient's e-mail address was not found in the recipient's
// e-mail system."; 2010: "The e-mail address you entered couldn't be found."; 2013 and later, the
// same with "email"). A copy of the notice may keep only that part: the words alone say the
// address does not exist (src/rules/reasons/user-unknown.ts, src/rules/recipient-phrases.ts).

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';

const userInformation = [
  ['2007', 'The recipient\'s e-mail address was not found in the recipient\'s e-mail system. Microsoft Exchange will not try to redeliver this message for you. Please check the e-mail address and try resending this message, or provide the following diagnostic text to your system administrator.'],
  ['2010', 'The e-mail address you entered couldn\'t be found. Please check the recipient\'s e-mail address and try to resend the message. If the problem continues, please contact your helpdesk.'],
  ['2013 and later', 'The email address you entered couldn\'t be found. Please check the recipient\'s email address and try to resend the message. If the problem continues, please contact your helpdesk.'],
] as const;

const diagnostic = (recipient: string) => `\nDiagnostic information for administrators:\n\nGenerating server: EX1.corp.example.com\n\n${recipient}\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n`;

describe('Exchange\'s user information for a missing mailbox', () => {
  const layouts = [
    ['the notice whole', (text: string, recipient: string) => `Delivery has failed to these recipients or groups:\n\n${recipient}\n${text}\n${diagnostic(recipient)}`],
    ['the user information alone, its diagnostic cut off', (text: string, recipient: string) => `Delivery has failed to these recipients or groups:\n\n${recipient}\n${text}\n`],
    ['as HTML, its part pasted from the delimiter', (text: string, recipient: string) => `--b1\nContent-Type: text/html; charset="us-ascii"\n\n<html><body><p><b>Delivery has failed to these recipients or groups:</b></p>\n<p><a href="mailto:${recipient}">${recipient}</a><br>\n${text}<br>\n</p></body></html>\n--b1--\n`],
  ] as const;

  test.each(userInformation.flatMap(([version, text]) => layouts.map(([layout, write]) => [`${version}, ${layout}`, write(text, 'bob@example.org')] as const)))('%s', async (_name, input) => {
    const result = await decode(input);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((found) => [found.recipient, found.reason.id, found.permanent])).toEqual([['bob@example.org', 'userunknown', true]]);
  });

  test.each([
    ['a form\'s message about an address', 'Sorry, the e-mail address you entered couldn\'t be found in our customer records. Please sign up first.'],
    ['a person asking about it', 'Why does my CRM say the email address you entered couldn\'t be found for bob@example.org?'],
  ])('%s is no bounce', async (_name, text) => {
    const result = await decode(text);
    expect(result.kind).not.toBe('bounce');
  });
});
