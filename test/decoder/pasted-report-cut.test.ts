/**
 * A notice pasted with its report cut short: the text lists every failed recipient (Postfix's
 * "<address>: reason" lines, bounce_templates.c), the report's fields only the first one's, as a
 * selection or a forum post ends them, with or without the notice's header fields above. Every
 * recipient the text lists is still a failed recipient; a MIME message's report is whole and speaks
 * alone. Written for this test around Postfix's template.
 */
import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';

const recipients = ['ann@example.org', 'bob@example.net', 'carol@example.com'];

function notice(lines: readonly string[], reported: readonly string[]): string {
  return [
    'This is the mail system at host mail.example.net.',
    '',
    'I\'m sorry to have to inform you that your message could not',
    'be delivered to one or more recipients. It\'s attached below.',
    '',
    '                   The mail system',
    '',
    ...lines.flatMap((line) => [line, '']),
    'Reporting-MTA: dns; mail.example.net',
    '',
    ...reported.flatMap((address) => [`Final-Recipient: rfc822; ${address}`, 'Action: failed', 'Status: 5.7.1', '']),
  ].join('\n');
}

const listed = {
  'prose of the local server': (address: string) => `<${address}>: Spam message rejected`,
  'a remote server\'s reply': (address: string) => `<${address}>: host mx.example.org[192.0.2.1] said: 550 5.7.1 Spam message rejected (in reply to end of DATA command)`,
};

describe('pasted text whose report names fewer recipients than its list', () => {
  test.each(Object.entries(listed))('%s: every listed recipient', (_name, line) => {
    const result = decodeText(notice(recipients.map(line), recipients.slice(0, 1)));
    expect(result.recipients.map((recipient) => recipient.recipient)).toEqual(recipients);
    expect(result.recipients.every((recipient) => recipient.reason.id === 'spamdetected')).toBe(true);
  });

  // A paste that starts with the notice's own header fields reads as a message, but one without
  // MIME parts: its report fields are still text, cut short the same way.
  const headerFields = [
    ['the header fields a webmail shows', 'From: MAILER-DAEMON@mail.example.net (Mail Delivery System)\nTo: sender@example.net\nSubject: Undelivered Mail Returned to Sender\nDate: Wed, 17 Oct 2018 09:43:13 +0200\n\n'],
    ['with a plain-text content type', 'From: MAILER-DAEMON@mail.example.net\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n'],
  ] as const;
  test.each(headerFields.flatMap(([fields, head]) => Object.entries(listed).map(([layout, line]) => [fields, layout, head, line] as const)))('%s, %s: every listed recipient', async (_fields, _layout, head, line) => {
    const result = await decode(`${head}${notice(recipients.map(line), recipients.slice(0, 1))}`);
    expect(result.format).toBe('raw-message');
    expect(result.recipients.map((recipient) => recipient.recipient)).toEqual(recipients);
  });

  // Exchange's older DSN ("Delivery to the following recipients failed.", its heading over the
  // list), pasted with the table a webmail shows of the returned message's fields: an address there
  // with a label and no words of failure is no recipient, in whatever language the labels are.
  test.each([
    ['Portuguese labels', 'Assunto     Hello\nRemetente   alice@example.net\nPara    bob@example.org\nData    Ter 21:13'],
    ['German labels', 'Betreff     Hello\nAbsender    alice@example.net\nAn    bob@example.org'],
  ])('a report pasted with a table of the original\'s fields (%s): its recipient alone', (_name, table) => {
    const text = ['This is an automatically generated Delivery Status Notification.', '', 'Delivery to the following recipients failed.', '', '   bob@example.org', '',
      'Reporting-MTA: dns;mail.example.net', '', 'Final-Recipient: rfc822;bob@example.org', 'Action: failed', 'Status: 5.1.0', '', table, ''].join('\n');
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toEqual(['bob@example.org']);
  });

  test('a whole report and its list give each recipient once', () => {
    const result = decodeText(notice(recipients.map(listed['a remote server\'s reply']), recipients));
    expect(result.recipients.map((recipient) => recipient.recipient)).toEqual(recipients);
  });

  test('a message\'s report speaks alone: its text lists no more', async () => {
    const text = notice(recipients.map(listed['prose of the local server']), []);
    const message = [
      'From: MAILER-DAEMON@mail.example.net',
      'To: sender@example.net',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      text,
      '--b',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mail.example.net',
      '',
      'Final-Recipient: rfc822; ann@example.org',
      'Action: failed',
      'Status: 5.7.1',
      '',
      '--b--',
      '',
    ].join('\n');
    expect((await decode(message)).recipients.map((recipient) => recipient.recipient)).toEqual(['ann@example.org']);
  });
});

describe('pasted text whose report is cut inside its recipient\'s address', () => {
  // The selection ends within the last field's value ("Final-Recipient: rfc822; viviana@ideagroup.it"
  // cut to "rfc822; vivian"): every cut before the "@" of each listed address.
  const cuts = recipients.flatMap((address) => Array.from({length: address.indexOf('@')}, (_, index) => [address, address.slice(0, index + 1)] as const));
  test.each(cuts)('%s, its report cut to "%s"', (address, cut) => {
    const text = `${notice([listed['a remote server\'s reply'](address)], [])}Final-Recipient: rfc822; ${cut}`;
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toEqual([address]);
  });

  test.each([
    ['a cut that starts one listed address alone', 'Final-Recipient: rfc822; an', ['ann@example.org', 'bob@example.net']],
    ['a local name that starts no listed address', 'Final-Recipient: rfc822; zed', ['zed', 'ann@example.org', 'bob@example.net']],
    ['a whole address beside another listed one', 'Final-Recipient: rfc822; bob@example.net', ['bob@example.net', 'ann@example.org']],
  ])('two listed recipients, the report %s', (_name, field, want) => {
    const text = `${notice([listed['a remote server\'s reply']('ann@example.org'), listed['a remote server\'s reply']('bob@example.net')], [])}${field}`;
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toEqual(want);
  });
});
