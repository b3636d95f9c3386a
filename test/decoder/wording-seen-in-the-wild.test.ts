/**
 * Wording of old mail servers and services, as Mail::DeliveryStatus::BounceParser records it
 * (rjbs/Mail-DeliveryStatus-BounceParser lib/Mail/DeliveryStatus/BounceParser.pm: its reason
 * phrases, its preprocessors' layouts and its tests for what is no bounce). Every input is written
 * here with example addresses; none is taken from its test corpus.
 */
import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';
import {postfixRefusal} from './templates/common.ts';

/** A refusal answering RCPT TO, as Postfix words it: the reply's words alone decide the reason. */
const refusedAtRcpt = (reply: string) => postfixRefusal(reply, {recipient: 'bob@example.com', host: 'mx.example.com'});

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

/** A plain notice from a mail server's postmaster, with `body` as its text. */
const plainNotice = (subject: string, body: string) => `From: Mail Delivery System <postmaster@mx.example.net>
To: list@example.org
Subject: ${subject}
Date: Thu, 19 Sep 2002 13:51:40 -0700
Content-Type: text/plain

${body}
`;

describe('the kind, from words that say the message was delivered, forwarded or is still being tried', () => {
  test.each([
    ['a delivery report', 'Delivery report', 'Your message (hello) was delivered to the following recipient(s):\n    bob@example.com\n', 'delivered'],
    ['a forwarding notice', 'Address change', 'bob@example.com has a new e-mail address. The new e-mail address is robert@example.net and the service has automatically forwarded your message. Please update your address book.\n', 'delivered'],
    ['an address-change notice', 'Re: hello', 'The email address bob@example.com has changed to robert@example.net.\nYour message has been forwarded to the new address.\n', 'delivered'],
    ['a transient error, no code', 'Mail delivery problem', 'A transient error occurred while delivering your message to bob@example.com.\nThe server will keep trying.\n', 'delay'],
    // Not so: the words that say it failed.
    ['a failure list', 'Undeliverable mail', 'Your message was not delivered to the following recipient(s):\n    bob@example.com\n\nUser unknown\n', 'bounce'],
    ['a forwarding that failed', 'Undeliverable mail', 'Your message could not be forwarded to the following recipient:\n    bob@example.com\n\n550 5.1.1 User unknown\n', 'bounce'],
    ['a transient error turned permanent by its code', 'Undeliverable mail', 'After a transient error, delivery to bob@example.com failed:\n550 5.1.1 User unknown\n', 'bounce'],
  ] as const)('%s: %s', async (_name, subject, body, kind) => {
    expect((await decode(plainNotice(subject, body))).kind).toBe(kind);
  });
});

describe('a recipient named inside an X.400 address', () => {
  test.each([
    ['Exchange IMS: dda:SMTP=', 'did not reach the following recipient(s):\n\nc=US;a= ;p=Example;o=Site;dda:SMTP=bob@example.com; on Thu, 19 Sep 2002 10:00:00 -0700\n\tThe recipient name is not recognized\n', 'bob@example.com'],
    ['RFC 2156: rfc-822=', 'did not reach the following recipient(s):\n\nc=US;a= ;p=Example;o=Site;rfc-822=bob@example.com; on Thu, 19 Sep 2002 10:00:00 -0700\n\tThe recipient name is not recognized\n', 'bob@example.com'],
    // Not so: a web address whose query names an address, which is no X.400 attribute.
    ['a link', 'did not reach the following recipient(s):\n\nhttps://help.example.net/?to=smtp=bob@example.com\n', undefined],
  ] as const)('%s', (_name, text, recipient) => {
    expect(decodeText(text).recipients[0]?.recipient).toBe(recipient);
  });
});

const groupWise = (from: string, returnedTo: string | undefined) => `X-Mailer: Novell GroupWise 5.2
Date: Thu, 19 Sep 2002 13:52:48 -0700
From: ${from}
To: list@example.org
Subject: Message status - undeliverable
Mime-Version: 1.0
Content-Type: multipart/mixed; boundary="=_B"

--=_B
Content-Type: text/plain; charset=US-ASCII
Content-Disposition: inline

The message that you sent was undeliverable to the following:
        bobsmith (user not found)

Possibly truncated original message follows:
${returnedTo === undefined ? '' : `
--=_B
Content-Type: message/rfc822

From: list@example.org
To: Bob Smith
 <${returnedTo}>
Subject: hi

hello
`}
--=_B--
`;

const compuServe = `From: Postmaster <postmaster@service.example.net>
To: list@example.org
Subject: Undeliverable Message
Date: Wed, 18 Sep 2002 12:40:20 -0400

Receiver not found: bobsmith


Your message could not be delivered as addressed.

--- Returned Message ---

From: list@example.org
Subject: hello
`;

const airMail = `From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.net>
To: list@example.org
Subject: Mail Delivery Problem
Date: Thu, 19 Sep 2002 10:00:00 -0700
Content-Type: text/plain

Sorry list@example.org. Your mail to the following recipients could not be delivered because they are not accepting mail from list@example.org:
\tbobsmith
\tcarol.jones
`;

describe('a recipient named by its local part alone, completed from the returned original or the notice\'s sender', () => {
  test.each([
    ['GroupWise: the returned original\'s To', groupWise('Mailer-Daemon@gw.example.com', 'bobsmith@corp.example.com'), ['bobsmith@corp.example.com']],
    ['GroupWise: no original, the sender\'s domain', groupWise('Mailer-Daemon@example.com', undefined), ['bobsmith@example.com']],
    ['CompuServe: "Receiver not found: <name>"', compuServe, ['bobsmith@service.example.net']],
    ['AOL AirMail: bare names under the heading', airMail, ['bobsmith@mail.example.net', 'carol.jones@mail.example.net']],
    // Not so: a notice that names an address names its recipients so; a person's message completes nothing.
    ['an address named too', plainNotice('Undeliverable mail', 'Your message could not be delivered to the following recipients:\n\n  bob@example.com\n  postmaster\n'), ['bob@example.com']],
    ['no notice\'s sender', groupWise('Alice <alice@example.com>', undefined).replace('Message status - undeliverable', 'Re: hi'), []],
    ['a sentence under the heading', plainNotice('Undeliverable mail', 'The message that you sent was undeliverable to the following:\n    Please contact your administrator.\n'), []],
    ['a heading without its colon', plainNotice('Undeliverable mail', 'Your mail to the following recipients could not be delivered\n    bobsmith\n'), []],
  ] as const)('%s', async (_name, message, recipients) => {
    const result = await decode(message);
    expect(result.recipients.map((recipient) => recipient.recipient).filter((recipient) => recipient !== undefined)).toEqual(recipients);
  });

  test('AOL AirMail: the heading says why', async () => {
    expect((await decode(airMail)).recipients.map((recipient) => recipient.reason.id)).toEqual(['rejected', 'rejected']);
  });

  test.each([
    ['the returned original\'s To', 'Receiver not found: bobsmith\n\n--- Returned Message ---\n\nFrom: list@example.org\nTo: bobsmith@example.com\nSubject: hi\n', 'bobsmith@example.com'],
    ['another local part in the original', 'Receiver not found: bobsmith\n\n--- Returned Message ---\n\nFrom: list@example.org\nTo: carol@example.com\nSubject: hi\n', undefined],
    ['no original', 'Receiver not found: bobsmith\n', undefined],
  ] as const)('pasted text: %s', (_name, text, recipient) => {
    expect(decodeText(text).recipients[0]?.recipient).toBe(recipient);
  });
});

/** Sendmail's notice: its list of failed addresses, then the transcript of its session with the next server. */
const sendmailTranscript = (listed: readonly string[], exchanges: readonly [rcpt: string, reply: string][]) => `The original message was received at Thu, 19 Sep 2002 13:51:36 -0700 (MST)
from daemon@localhost

   ----- The following addresses had permanent fatal errors -----
${listed.map((address) => `<${address}>\n    (expanded from: <${address}>)`).join('\n')}

   ----- Transcript of session follows -----
... while talking to smtp-local.example.com.:
${exchanges.map(([rcpt, reply]) => `>>> RCPT To:<${rcpt}>\n<<< ${reply}`).join('\n')}
${listed.map((address) => `550 <${address}>... User unknown`).join('\n')}
   ----- Message header follows -----
`;

describe('a transcript\'s RCPT TO that a relay rewrote is the listed recipient\'s, not another recipient', () => {
  test.each([
    ['rewritten to another domain', sendmailTranscript(['bob@example.com'], [['bob@smtp-local.example.com', '550 <bob@smtp-local.example.com>... User unknown']]), [['bob@example.com', 'RCPT TO', 'userunknown']]],
    ['two recipients, both rewritten', sendmailTranscript(['bob@example.com', 'carol@example.com'], [['bob@mx.example.com', '550 <bob@mx.example.com>... User unknown'], ['carol@mx.example.com', '550 <carol@mx.example.com>... User unknown']]), [['bob@example.com', 'RCPT TO', 'userunknown'], ['carol@example.com', 'RCPT TO', 'userunknown']]],
    // Not so: the same address, or another local part, is named as it stands.
    ['not rewritten', sendmailTranscript(['bob@example.com'], [['bob@example.com', '550 <bob@example.com>... User unknown']]), [['bob@example.com', 'RCPT TO', 'userunknown']]],
    ['another local part', sendmailTranscript(['bob@example.com'], [['robert@example.net', '550 <robert@example.net>... User unknown']]), [['bob@example.com', undefined, 'userunknown'], ['robert@example.net', 'RCPT TO', 'userunknown']]],
  ] as const)('%s', (_name, text, expected) => {
    expect(decodeText(text).recipients.map((recipient) => [recipient.recipient, recipient.command, recipient.reason.id])).toEqual(expected);
  });
});

describe('an address as old servers write it in their lists', () => {
  const listed = (line: string) => `Your message could not be delivered to the following recipients:\n\n   ${line}\n`;
  test.each([
    ['with its type, as Exchange writes a proxy address', 'SMTP:bob@example.com', 'bob@example.com'],
    ['with its type in lower case', 'smtp:bob@example.com', 'bob@example.com'],
    ['run into Sendmail\'s dots', 'bob@example.com...User unknown', 'bob@example.com'],
    ['in parentheses', '(bob@example.com)', 'bob@example.com'],
    // Not so: a domain with an empty label is none, and a field's colon still makes no list line.
    ['an empty label', 'bob@example..com', undefined],
    ['a header field', 'Reply-To: bob@example.com', undefined],
  ] as const)('%s: %s', (_name, line, recipient) => {
    expect(decodeText(listed(line)).recipients[0]?.recipient).toBe(recipient);
  });
});

describe('a challenge-response request, told by the header its system names itself in', () => {
  const message = (agent: string, body: string) => `From: bob-confirm-1234@example.com
To: list@example.org
Subject: Re: hello
X-Delivery-Agent: ${agent}
Date: Thu, 19 Sep 2002 13:51:40 -0700

${body}
`;
  test.each([
    ['TMDA', message('TMDA/1.1.12 (Macallan)', 'Hello, I am bob@example.com.\nPlease reply to this message to have yours delivered.\n'), 'autoreply'],
    // Not so: another agent, or TMDA's header on a notice with a server's refusal in it.
    ['another agent', message('maildrop', 'Hello, I am bob@example.com.\nPlease reply to this message to have yours delivered.\n'), 'none'],
    ['a refusal', message('TMDA/1.1.12 (Macallan)', '<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n'), 'bounce'],
  ] as const)('%s', async (_name, input, kind) => {
    expect((await decode(input)).kind).toBe(kind);
  });
});

describe('an automatic reply told by its own words, when its subject and headers say nothing', () => {
  const reply = (from: string, subject: string, body: string) => `From: ${from}
To: list@example.org
Subject: ${subject}
Date: Thu, 19 Sep 2002 13:51:40 -0700

${body}
`;
  test.each([
    ['out of the office', reply('Bob <bob@example.com>', 'Re: hello', 'Your message to bob@example.com has been received. I am out of the office until Monday and will reply then.'), true],
    ['on vacation', reply('bob@example.com', 'Re: hello', 'I am on vacation. Your message to bob@example.com will not be read until I return on 3 October.'), true],
    ['an automated reply', reply('bob@example.com', 'Re: hello', 'This is an automated reply: the mailbox bob@example.com is read once a week.'), true],
    // Not so: a notice's sender or subject, a server's code, a long message.
    ['a notice\'s sender', reply('MAILER-DAEMON@mx.example.net', 'Re: hello', 'Your message to bob@example.com could not be delivered: the recipient is out of the office and the mailbox is closed.'), false],
    ['a server\'s code', reply('bob@example.com', 'Re: hello', 'I am out of the office.\n\n<carol@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)'), false],
    ['a long message', reply('bob@example.com', 'Re: hello', `Your message to carol@example.com was forwarded while I am on holiday.\n${'A line of an ordinary long letter that goes on and on.\n'.repeat(60)}`), false],
  ] as const)('%s', async (_name, input, autoReply) => {
    expect((await decode(input)).kind === 'autoreply').toBe(autoReply);
  });
});
