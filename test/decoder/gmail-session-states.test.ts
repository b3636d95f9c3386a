/**
 * Gmail's legacy failure notice ends the remote server's reply with the state its session was in
 * ("... (state 14)."): sisimai's lib/sisimai/lhost/gmail.rb StateTable records which SMTP command
 * each state is (6 MAIL, 13 EHLO, 14 RCPT, 15/17/18 DATA). The stage is read from it, and used: a
 * recipient refused after the message data had been accepted at RCPT TO, so the words "no such
 * user" there are a filter's, not a missing mailbox.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

function legacyFailure(reply: string, state: number): string {
  return [
    'This is an automatically generated Delivery Status Notification',
    '',
    'Delivery to the following recipient failed permanently:',
    '',
    '     bob@example.org',
    '',
    'Technical details of permanent failure:',
    'Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: '
      + `${reply.slice(0, 3)} ${reply} (state ${state}).`,
    '',
  ].join('\n');
}

describe('the session state names the stage', () => {
  test.each([
    [6, 'MAIL FROM'],
    [13, 'HELO'],
    [14, 'RCPT TO'],
    [15, 'DATA'],
    [17, 'DATA'],
    [18, 'DATA'],
  ])('(state %i) is %s', (state, stage) => {
    const [diagnosis] = decodeText(legacyFailure('550 5.7.1 Message refused', state)).recipients;
    expect(diagnosis?.command).toBe(stage);
  });

  test('a state the table does not list names no stage', () => {
    const [diagnosis] = decodeText(legacyFailure('550 5.7.1 Message refused', 99)).recipients;
    expect(diagnosis?.command).toBeUndefined();
  });
});

describe('the stage decides what "no such user" means', () => {
  test.each([
    ['550 <bob@example.org> No such user here', 14, 'userunknown'],
    ['550 <bob@example.org> No such user here', 17, 'filtered'],
    ['550 Unknown user bob@example.org', 18, 'filtered'],
  ])('%s (state %i): %s', (reply, state, reason) => {
    const [diagnosis] = decodeText(legacyFailure(reply, state)).recipients;
    expect(diagnosis?.reason.id).toBe(reason);
  });
});
