/**
 * A display that wraps a long line breaks it wherever the width ends, inside an address too ("Local
 * mailbox olya.blind" over "yuk@mail.ru is unavailable"): the part below is no address of its own
 * where, joined to the word the line above ends with, it makes an address the notice names whole.
 * Generated at every break point inside the local part of several addresses, in Exim's notice.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

const addresses = ['olya.blindyuk@mail.example', 'alice.smith@example.net', 'support+tickets@help.example.org'];

/** Exim's notice, the remote reply that names the recipient again broken inside its address at `at`. */
function eximNotice(address: string, at: number): string {
  const reply = `550 Message was not accepted -- invalid mailbox. Local mailbox ${address} is unavailable: account is disabled`;
  const cut = reply.indexOf(address) + at;
  return [
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. This is a permanent error. The following address(es) failed:',
    '',
    `${address}:`,
    `SMTP error from remote server for TEXT command, host: mx.example.net (192.0.2.1) reason: ${reply.slice(0, cut)}`,
    reply.slice(cut),
    '',
  ].join('\n');
}

describe.each(addresses)('%s broken inside its local part', (address) => {
  const breaks = Array.from({length: address.indexOf('@') - 1}, (_, index) => index + 1);
  test.each(breaks)('after %i characters: the one recipient', (at) => {
    expect(decodeText(eximNotice(address, at)).recipients.map((recipient) => recipient.recipient)).toEqual([address]);
  });
});

describe('addresses at a line\'s start that continue nothing', () => {
  test.each([
    ['a word above that joins to no address the notice names', 'The following address(es) failed:\n\nbob@example.org:\nSMTP error: 550 unknown user bob\ncarol@example.com: 550 unknown user\n', ['bob@example.org', 'carol@example.com']],
    ['an address above, whose domain the next one does not continue', 'A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\nbob@example.org\ncarol@example.com\n', ['bob@example.org', 'carol@example.com']],
  ])('%s', (_name, text, recipients) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toEqual(recipients);
  });
});
