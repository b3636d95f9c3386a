/**
 * Wording of old mail servers and services, as Mail::DeliveryStatus::BounceParser records it
 * (rjbs/Mail-DeliveryStatus-BounceParser lib/Mail/DeliveryStatus/BounceParser.pm: its reason
 * phrases, its preprocessors' layouts and its tests for what is no bounce). Every input is written
 * here with example addresses; none is taken from its test corpus.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

/** A refusal answering RCPT TO, as Postfix words it: the reply's words alone decide the reason. */
const refusedAtRcpt = (reply: string) => `<bob@example.com>: host mx.example.com[192.0.2.1] said: ${reply} (in reply to RCPT TO command)`;

describe('the reason, from phrases servers write for a missing, disabled or unreachable address', () => {
  test.each([
    ['550 Mailbox unknown', 'userunknown'],
    ['550 Recipient not recognized', 'userunknown'],
    ['550 User bob is unknown', 'userunknown'],
    ['550 Requested mailbox was not found', 'userunknown'],
    ['550 Recipient is unavailable', 'userunknown'],
    ['550 Sorry, no user here by that name', 'userunknown'],
    ['550 Address not known here', 'userunknown'],
    ['550 This system doesn\'t handle mail for that user', 'userunknown'],
    ['550 Receiver not found: bob', 'userunknown'],
    ['550 Inactive user', 'suspend'],
    ['550 User is inactive', 'suspend'],
    ['550 Account discontinued', 'suspend'],
    ['550 Account is currently unavailable', 'suspend'],
    ['550 Address is administratively disabled', 'suspend'],
    ['550 Account not activated', 'suspend'],
    ['550 Your mail could not be delivered because they are not accepting mail from list@example.org', 'rejected'],
    ['550 No Data record of requested type', 'hostunknown'],
  ] as const)('%s: %s', (reply, reason) => {
    expect(decodeText(refusedAtRcpt(reply)).recipients[0]?.reason.id).toBe(reason);
  });

  test.each([
    ['550 Service is unavailable', ['userunknown', 'suspend']],
    ['550 Inactivity timeout', ['suspend']],
    ['451 Host not found, try again', ['hostunknown']],
    ['554 This domain is not accepting mail', ['rejected']],
    ['550 Unknown command', ['userunknown']],
  ] as const)('%s is not %j', (reply, not) => {
    expect(not).not.toContain(decodeText(refusedAtRcpt(reply)).recipients[0]?.reason.id);
  });
});
