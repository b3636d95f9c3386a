/**
 * A notice that quotes no server's reply speaks for its writer: Google Groups' refusal of a post
 * (its wording as Sisimai's record quotes it, sisimai/rb-sisimai lib/sisimai/lhost/googlegroups.rb)
 * pasted as text is a bounce, its reason from its words, its provider from its help link, its
 * diagnostic the refusal rather than the greeting. A notice that quotes a reply is about the server
 * that gave it, whatever links its writer adds. Every input is written here.
 */
import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';
import {mtaFamilies, providerOfFamily} from '../../src/rules/mta/index.ts';

const groupsNotice = (greeting: string) => `${greeting}

We're writing to let you know that the group you tried to contact (team-list) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:

 * You might have spelled or formatted the group name incorrectly.
 * The owner of the group may have removed this group.
 * You may need to join the group before receiving permission to post.
 * This group may not be open to posting.

If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/.

Thanks,

Google Groups
`;

describe('a notice with no reply in it: its writer refused', () => {
  test.each([
    ['with its greeting', 'Hello ann@example.com,'],
    ['without its greeting', ''],
  ])('Google Groups\' refusal of a post, pasted %s', (_name, greeting) => {
    for (const lineEnd of ['\n', '\r\n']) {
      const result = decodeText(groupsNotice(greeting).replace(/\n/g, lineEnd));
      const [first] = result.recipients;
      expect([result.kind, first?.reason.id, first?.provider?.id, first?.permanent]).toEqual(['bounce', 'rejected', 'google', true]);
      expect(first?.diagnostic).toMatch(/^We're writing to let you know/);
    }
  });

  // Amazon SES's own notice (its opening line as Sisimai's record quotes it, lhost/amazonses.rb)
  // lists its recipients below that line: the line names the writer for each of them.
  test.each([
    [['bob@example.org']],
    [['bob@example.org', 'carol@example.com', 'dan@example.net']],
  ])('Amazon SES\'s notice naming no reply, its recipients %j below its opening line', (recipients) => {
    const text = `Delivery Status Notification (Failure)\n\nAn error occurred while trying to deliver the mail to the following recipients:\n${recipients.join('\n')}\n`;
    const found = decodeText(text).recipients;
    expect(found.map((recipient) => [recipient.recipient, recipient.provider?.id])).toEqual(recipients.map((recipient) => [recipient, 'amazon-ses']));
  });

  // Facebook's own notice opens with its writer's line (sisimai/rb-sisimai lib/sisimai/lhost/facebook.rb,
  // StartingOf); its statement of failure is the template's, its reply stays in the report.
  test.each([
    ['its opening line and statement', 'This message was created automatically by Facebook.\n\nBased on the email preferences of the person you\'re trying to email, this message could not be delivered.\n', 'facebook'],
    ['its statement alone', 'Based on the email preferences of the person you\'re trying to email, this message could not be delivered.\n', undefined],
  ])('Facebook\'s notice pasted, %s', (_name, text, provider) => {
    const result = decodeText(text);
    expect([result.kind, result.recipients[0]?.provider?.id]).toEqual(['bounce', provider]);
  });

  test('a list of recipients under words no writer marks names no provider', () => {
    const found = decodeText('Delivery Status Notification (Failure)\n\nThe following recipients failed:\nbob@example.org\n').recipients;
    expect(found.map((recipient) => recipient.provider)).toEqual(found.map(() => undefined));
  });

  test('a notice that quotes a server\'s reply is about that server, not about its writer\'s help links', () => {
    const text = `This is the mail system at host relay.example.net.

<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)

If you have questions, visit the Help Center at https://groups.google.com/support/.
`;
    const [first] = decodeText(text).recipients;
    expect([first?.reason.id, first?.provider]).toEqual(['userunknown', undefined]);
  });
});

/**
 * A raw notice of the same writer, its delivery report beside it: the report's Status field is the
 * reporting server's own (RFC 3464 §2.3.4), no other server's reply, so the writer still answers
 * for the recipient, as it does when the notice's text is pasted alone. A Diagnostic-Code that
 * quotes a server's reply names that server instead.
 */
function reportedNotice(notice: string, fields: string): string {
  return [
    'From: Mail Delivery Subsystem <mailer-daemon@relay.example.net>', 'To: ann@example.com', 'Subject: Delivery Status Notification (Failure)',
    'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', '',
    '--b', 'Content-Type: text/plain; charset=UTF-8', '', notice, '',
    '--b', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; relay.example.net', '', 'Final-Recipient: rfc822; bob@example.org', 'Action: failed', fields, '',
    '--b--', '',
  ].join('\r\n');
}

const gmailNotice = '** Address not found **\r\n\r\nYour message wasn\'t delivered to bob@example.org because the address couldn\'t be found.';

describe('a raw notice whose report quotes no reply: its writer refused', () => {
  test.each([
    ['Status alone, 5.0.0', gmailNotice, 'Status: 5.0.0', 'google'],
    ['Status alone, 4.0.0', gmailNotice, 'Status: 4.0.0', 'google'],
    ['Status alone under a notice no writer marks', 'Your message could not be delivered to bob@example.org.', 'Status: 5.0.0', undefined],
    ['a Diagnostic-Code quoting a server\'s reply', gmailNotice, 'Status: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown', undefined],
  ])('%s', async (_name, notice, fields, provider) => {
    const result = await decode(reportedNotice(notice, fields));
    expect([result.kind, result.recipients[0]?.recipient, result.recipients[0]?.provider?.id]).toEqual(['bounce', 'bob@example.org', provider]);
    // The same notice's text pasted alone names the same writer.
    if (provider !== undefined) expect(decodeText(notice).recipients[0]?.provider?.id).toBe(provider);
  });
});

// Generated from every provider's own notice lines (`writerMarkers`, each cited in its family's
// file): each such line above a report that gives a Status alone names its provider.
const writerLines = mtaFamilies.flatMap((family) => {
  const provider = providerOfFamily(family);
  return provider === undefined ? [] : (family.writerMarkers ?? []).map((marker) => [family.name, marker.text, provider] as const);
});

describe('every provider\'s own notice line above a report that quotes no reply names that provider', () => {
  test.each(writerLines)('%s: "%s"', async (_family, line, provider) => {
    const result = await decode(reportedNotice(`${line}\r\n\r\nYour message could not be delivered to bob@example.org.`, 'Status: 5.0.0'));
    expect([result.kind, result.recipients[0]?.provider?.id]).toEqual(['bounce', provider]);
  });
});
