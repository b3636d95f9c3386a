/**
 * A notice that quotes no server's reply speaks for its writer: Google Groups' refusal of a post
 * (its wording as Sisimai's record quotes it, sisimai/rb-sisimai lib/sisimai/lhost/googlegroups.rb)
 * pasted as text is a bounce, its reason from its words, its provider from its help link, its
 * diagnostic the refusal rather than the greeting. A notice that quotes a reply is about the server
 * that gave it, whatever links its writer adds. Every input is written here.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

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
