/**
 * Exim's refusal of a sender its verification could not confirm names the sender in its first
 * line and says so in its last ("550-Verification failed for <alice@example.net>" / "550-<the
 * callout's reason>" / "550 Sender verify failed", `senderRefusals` of src/rules/mta/exim.ts): that
 * address is no failed recipient, whether the reply stands alone or under a notice that names the
 * recipient. Generated over the callout's reasons as Exim words them and three layouts.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

const sender = 'alice@example.net';
const reasons = ['No Such User Here', 'Unrouteable address', 'Previous (cached) callout verification failure', 'The mail server could not deliver mail to alice@example.net.'];

const reply = (reason: string) => `550-Verification failed for <${sender}>\n550-${reason}\n550 Sender verify failed`;

const layouts: ReadonlyArray<readonly [string, (reason: string) => string, readonly (string | undefined)[]]> = [
  ['the reply pasted alone', (reason) => `${reply(reason)}\n`, [undefined]],
  ['joined onto one line', (reason) => `${reply(reason).replaceAll('\n', ' ')}\n`, [undefined]],
  ['in Postfix\'s notice for the recipient', (reason) => `<bob@example.org>: host mx.example.org[192.0.2.1] said:\n    ${reply(reason).replaceAll('\n', ' ')} (in reply to RCPT TO command)\n`, ['bob@example.org']],
];

describe.each(layouts)('%s', (_layout, render, recipients) => {
  test.each(reasons)('"%s": the sender is no recipient, the refusal is about the sender', (reason) => {
    const result = decodeText(render(reason));
    expect(result.recipients.map((recipient) => recipient.recipient)).toEqual(recipients);
    expect(result.recipients.map((recipient) => recipient.action.id)).toEqual(recipients.map(() => 'fix-sender'));
  });
});

test('a refusal that says nothing of the sender still names the address it refused', () => {
  expect(decodeText('550-Verification failed for <bob@example.org>\n550 Unrouteable address\n').recipients.map((recipient) => recipient.recipient)).toEqual(['bob@example.org']);
});
