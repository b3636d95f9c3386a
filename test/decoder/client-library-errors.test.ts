// An SMTP client library's error as an application logs it: the library's own words, then the
// server's reply (Nodemailer's SMTPConnection._formatError: the words, ": ", the reply; Python
// smtplib's exceptions: the class, then the code and the text as a tuple; Symfony Mailer's
// UnexpectedResponseException: the codes it expected and got, then 'with message "<reply>"'). Those
// words say the text is a refusal and which command it answered, whatever the reply says, so a
// reply with no enhanced code and no known phrase is still read. A library keeps no queue: where its
// words say the sending failed (`sendFailed`: "Recipient command failed", "SMTPRecipientsRefused"), a
// temporary reply there is a bounce whose cause may pass, not a delay; words that only name the code
// say no more than the reply. Generated from each library's messages around the reply pool.

import {describe, expect, test} from 'vitest';
import {decode, decodeText, type DecodeResult} from '../../src/decoder/index.ts';
import {deliveryReplies, replyPool, sampleOf, unknownWordReplies} from './generate.ts';
import {parseReply} from './templates/common.ts';

/** The server a library's debug log says it talked to, and the provider of that server, as the first recipient is read. */
function answeringServer(log: string): [string | undefined, string | undefined] {
  const [found] = decodeText(log).recipients;
  return [found?.remoteHost, found?.provider?.id];
}

/** Nodemailer's words before the reply (lib/smtp-connection/index.js), with the command each refusal answered. */
const messages: ReadonlyArray<readonly [string, string]> = [
  ['Mail command failed', 'MAIL FROM'],
  ['Recipient command failed', 'RCPT TO'],
  ['Can\'t send mail - all recipients were rejected', 'RCPT TO'],
  ['Data command failed', 'DATA'],
  ['Message failed', 'DATA'],
];

const pool = replyPool();
// Replies to AUTH are a login or a TLS requirement refused, no delivery's outcome: their own table is below.
const replies = [...sampleOf('client provider', deliveryReplies(pool.provider), 4), ...sampleOf('client status', deliveryReplies(pool['status-code']), 4), ...sampleOf('client no code', pool['no-code'], 6)]
  .map((spec) => spec.reply.split('\n').join(' '));

/** Replies no phrase table knows and with no enhanced code: only the library's words make them a refusal. */
const bareReplies = unknownWordReplies;

const generated = messages.flatMap(([message]) => [...replies, ...bareReplies].flatMap((reply) => ['', 'Error: '].map((prefix) => ({
  name: `${prefix}${message}: ${reply.slice(0, 50)}`,
  text: `${prefix}${message}: ${reply}\n`,
  replyCode: parseReply(reply).code,
}))));

/** Python smtplib's exceptions (Lib/smtplib.py), each printed as its arguments' tuple, the text as bytes. */
const smtplibErrors: ReadonlyArray<readonly [string, (code: string, text: string) => string]> = [
  ['SMTPSenderRefused', (code, text) => `smtplib.SMTPSenderRefused: (${code}, b'${text}', 'news@example.net')`],
  ['SMTPRecipientsRefused', (code, text) => `smtplib.SMTPRecipientsRefused: {'bob@example.org': (${code}, b'${text}')}`],
  ['SMTPDataError', (code, text) => `smtplib.SMTPDataError: (${code}, b'${text}')`],
  // Python 2's smtplib: its exceptions' module-less names, the text a str, a unicode address with its prefix.
  ['SMTPRecipientsRefused (Python 2)', (code, text) => `SMTPRecipientsRefused: {u'bob@example.org': (${code}, '${text}')}`],
  // Django's debug page: the class's name and the path as its title, the dict (the exception's value) below.
  ['SMTPRecipientsRefused on a debug page, its value below its title', (code, text) => `SMTPRecipientsRefused at /accounts/signup/\n{'bob@example.org': (${code}, b'${text}')}`],
  // An application's own words around str() of the exception, its class's name left out.
  ['str() after an application\'s words', (code, text) => `Error sending mail: (${code}, b'${text}')`],
  ['str() typed with a CJK keyboard\'s brackets and comma', (code, text) => `邮件发送失败：（${code}，b'${text}')`],
];

/** Symfony Mailer's exception (SmtpTransport.php assertResponseCode), with the code it expected of each command. */
const symfonyErrors: ReadonlyArray<readonly [string, string]> = [['MAIL FROM or RCPT TO', '250'], ['DATA', '354'], ['the data', '250']];

const otherLibraries = [...replies, ...bareReplies].flatMap((reply) => {
  const {code} = parseReply(reply);
  const text = reply.slice(4).replace(/'/g, '');
  return [
    // A library's error is the send's failure, of the reply's class; whether the program that
    // printed it tries again is unknown, so no error of a library is a delay.
    ...smtplibErrors.map(([name, error]) => ({name: `smtplib ${name}: ${reply.slice(0, 40)}`, text: `${error(code, text)}\n`, replyCode: code, recipient: name.startsWith('SMTPRecipientsRefused') ? 'bob@example.org' : undefined,
      kind: 'bounce'})),
    ...symfonyErrors.map(([command, expected]) => ({name: `Symfony Mailer, ${command}: ${reply.slice(0, 40)}`, text: `Expected response code "${expected}" but got code "${code}", with message "${reply}".\n`, replyCode: code, recipient: undefined,
      kind: 'bounce'})),
  ];
});

/**
 * Roundcube's errors (program/localization/en_US/messages.inc, filled in by rcube_smtp.php): the
 * reply's code in brackets before its own words, the reply's words after the address.
 */
const roundcubeErrors: ReadonlyArray<readonly [string, (code: string, text: string) => string, string | undefined]> = [
  ['smtptoerror', (code, text) => `SMTP Error (${code}): Failed to add recipient "bob@example.org" (${text}).`, 'bob@example.org'],
  ['smtpfromerror', (code, text) => `SMTP Error (${code}): Failed to set sender "news@example.net" (${text}).`, undefined],
  ['smtperror, the data refused', (code, text) => `SMTP Error: [${code}] ${text}`, undefined],
];
const roundcubeCases = [...replies, ...bareReplies].flatMap((reply) => {
  const {code} = parseReply(reply);
  return roundcubeErrors.map(([name, error, recipient]) => ({name: `Roundcube ${name}: ${reply.slice(0, 40)}`, text: `${error(code, reply.slice(4))}\n`, replyCode: code, recipient}));
});

describe('generated: Roundcube\'s errors are the refusals they quote, the code before the address', () => {
  test.each(roundcubeCases)('$name', ({text, replyCode, recipient}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.permanent])).toEqual([[recipient, replyCode, replyCode.startsWith('5')]]);
  });

  test.each([
    ['a refused recipient', 'SMTP Error (550): Failed to add recipient "bob@example.org" (No such user here).', 'RCPT TO'],
    ['a refused sender', 'SMTP Error (553): Failed to set sender "news@example.net" (Sender address rejected: not owned by user).', 'MAIL FROM'],
  ] as const)('its words name the command: %s', (_name, text, command) => {
    expect(decodeText(text).recipients[0]?.command).toBe(command);
  });

  test.each([
    // Negative: a bracket that closes a reply's words before an address still ends them ("(reason:
    // 550 5.1.1 User unknown) <next@example.org>": the address after it is the next recipient's).
    ['a closing bracket after the words', 'Delivery failed (reason: 550 5.1.1 User unknown) <bob@example.org>: 550 5.1.1 User unknown', ['bob@example.org']],
  ] as const)('%s', (_name, text, recipients) => {
    expect(decodeText(text).recipients.map((found) => found.recipient)).toEqual(recipients);
  });
});

describe('generated: Python smtplib\'s and Symfony Mailer\'s errors are the refusals they quote', () => {
  test.each(otherLibraries)('$name', ({text, replyCode, recipient, kind}) => {
    const result = decodeText(text);
    expect(result.kind).toBe(kind);
    expect(result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.permanent])).toEqual([[recipient, replyCode, replyCode.startsWith('5')]]);
  });
});

describe('generated: a client library\'s error is the refusal it quotes', () => {
  test.each(generated)('$name', ({text, replyCode}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((recipient) => [recipient.replyCode?.code, recipient.permanent])).toEqual([[replyCode, replyCode.startsWith('5')]]);
  });
});

/**
 * Where a program's log writes records as JSON, the error stands in a string of the record: Docker's
 * json-file driver ({"log": "<line>\\n", "stream": "stderr", "time": ...}), pino's and bunyan's
 * records ({"level": 50, "msg": ..., "err": {"message": ...}}). Every library's error so wrapped reads
 * as it does alone.
 */
const jsonRecords: ReadonlyArray<readonly [string, (line: string) => unknown]> = [
  ['Docker json-file', (line) => ({log: `${line}\n`, stream: 'stderr', time: '2026-03-02T10:00:00.123456789Z'})],
  ['pino', (line) => ({level: 50, time: 1772445600000, pid: 7, msg: 'send failed', err: {type: 'Error', message: line}})],
];
const sampledErrors = [...sampleOf('json library errors', otherLibraries, 12), ...sampleOf('json nodemailer errors', generated, 12)];
const recordCases = sampledErrors.flatMap((item) => jsonRecords.map(([writer, record]) => ({name: `${writer}: ${item.name}`, text: JSON.stringify(record(item.text.trimEnd())), alone: item.text})));

describe('generated: a library\'s error in a JSON log record reads as the error alone', () => {
  test.each(recordCases)('$name', async ({text, alone}) => {
    const project = (result: DecodeResult) => [result.kind, result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.status?.code, found.permanent])];
    const result = await decode(text);
    expect(result.format).toBe('json');
    expect(project(result)).toEqual(project(decodeText(alone)));
  });

  test.each([
    // Negative: a record whose strings hold no reply, or only a delivery's.
    ['a record of no reply', {level: 50, msg: 'send failed', err: {message: 'connect ECONNREFUSED 127.0.0.1:25'}}],
    ['a delivered message\'s record', {level: 30, msg: 'sent', response: '250 2.0.0 OK queued as 4F8A1'}],
    ['a number in a string of prose', {log: 'Order 550 has shipped\n', stream: 'stdout'}],
  ])('%s: nothing failed', async (_name, record) => {
    expect((await decode(JSON.stringify(record))).recipients).toEqual([]);
  });
});

describe('a printed value followed by more text is the text of a program\'s output', () => {
  test.each([
    // Python 2's smtplib: the dict of refused recipients logged, then the traceback of the exception.
    ['smtplib\'s dict, then its traceback', "{u'bob@example.org': (501, '5.1.5 Recipient address reserved by RFC 2606')}\nTraceback (most recent call last):\n  File \"/srv/app/mail.py\", line 443, in send_one\n    server.sendmail(sender, rcpt, message)\n  File \"/usr/lib64/python2.7/smtplib.py\", line 746, in sendmail\n    raise SMTPRecipientsRefused(senderrs)\nSMTPRecipientsRefused: {u'bob@example.org': (501, '5.1.5 Recipient address reserved by RFC 2606')}\n",
      'text', [['bob@example.org', '501', '5.1.5']]],
    // Positive of the other side: a printed payload alone is still read as the payload it prints.
    ['a dict alone, printed by Python', "{'event': 'bounce', 'email': 'bob@example.org', 'reason': '550 5.1.1 user unknown'}\n", 'json', [['bob@example.org', '550', '5.1.1']]],
  ] as const)('%s', async (_name, text, format, recipients) => {
    const result = await decode(text);
    expect([result.format, result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.status?.code])]).toEqual([format, recipients]);
  });
});

describe('Python smtplib\'s dict of refused recipients names each of them', () => {
  test.each([
    ['two recipients, each with its reply', "smtplib.SMTPRecipientsRefused: {'ann@example.org': (550, b'5.1.1 User unknown'), 'bob@example.org': (452, b'4.2.2 Mailbox full')}",
      [['ann@example.org', '550'], ['bob@example.org', '452']]],
    ['Python 2\'s unicode keys', "SMTPRecipientsRefused: {u'ann@example.org': (550, '5.1.1 User unknown'), u'bob@example.org': (550, '5.1.1 User unknown')}",
      [['ann@example.org', '550'], ['bob@example.org', '550']]],
  ] as const)('%s', (_name, text, rows) => {
    expect(decodeText(text).recipients.map((found) => [found.recipient, found.replyCode?.code])).toEqual(rows);
  });
});

describe('the library\'s words say which command was refused', () => {
  test.each(messages)('%s: %s', (message, command) => {
    // The stage decides what a vague reply means: a refused MAIL FROM is about the sender, the
    // library's own words ("command failed:", Sendmail's words for a local mailer) are no cause.
    const reason = decodeText(`Error: ${message}: 550 Go away\n`).recipients[0]?.reason.id;
    expect(reason).not.toBe('mailererror');
    if (command === 'MAIL FROM') expect(reason).toBe('rejected');
  });

  test('a refusal after the data for one recipient over LMTP names that recipient', () => {
    const [recipient] = decodeText('Error: Message failed for recipient bob@example.org: 552 Mailbox over quota\n').recipients;
    expect([recipient?.recipient, recipient?.replyCode?.code, recipient?.reason.id]).toEqual(['bob@example.org', '552', 'mailboxfull']);
  });
});

/**
 * .NET's SmtpException (dotnet/runtime System.Net.Mail: GetMessageForStatus), its own words for the
 * reply's code, then "The server response was: " and the reply with its code dropped: the words stand
 * for the code. "Mailbox unavailable." is .NET's text for 450 and 550 alike: the reply's enhanced code
 * says which, and with none the code stays unknown rather than guessed.
 */
const dotnetMessages: ReadonlyArray<readonly [string, string]> = [
  ['Service not available, closing transmission channel.', '421'],
  ['Error in processing.', '451'],
  ['Insufficient system storage.', '452'],
  ['Syntax error, command unrecognized.', '500'],
  ['Syntax error in parameters or arguments.', '501'],
  ['Bad sequence of commands.', '503'],
  ['User not local; please try a different path.', '551'],
  ['Exceeded storage allocation.', '552'],
  ['Mailbox name not allowed.', '553'],
  ['Transaction failed.', '554'],
];
/** .NET's message for each code, as GetMessageForStatus() chooses it. */
const dotnetMessageOf = new Map(dotnetMessages.map(([message, code]) => [code, message]));
const dotnetReplies = [
  ...replies, ...bareReplies,
  // One reply of each code .NET has words for, so that every message is read.
  ...dotnetMessages.map(([, code]) => `${code} ${code[0]}.0.0 Refused by the server`),
  '550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown', '450 4.2.0 <bob@example.org>: Recipient address rejected: Greylisted',
];
const dotnetCases = dotnetReplies.flatMap((reply) => {
  const {code, status} = parseReply(reply);
  const dropped = reply.slice(4);
  const message = dotnetMessageOf.get(code);
  // SmtpException's words say no more than the reply (a temporary one is a delay); the class of a
  // refused recipient says the sending failed, and nothing retries it.
  if (message !== undefined) return [{name: `${message} ${dropped.slice(0, 40)}`, text: `System.Net.Mail.SmtpException: ${message} The server response was: ${dropped}\n`, replyCode: code, kind: 'bounce'}];
  // "Mailbox unavailable." reads its class from the enhanced code: a reply that has one only.
  if ((code === '450' || code === '550') && status !== undefined) return [{name: `Mailbox unavailable. ${dropped.slice(0, 40)}`, text: `System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: ${dropped}\n`, replyCode: code, kind: 'bounce'}];
  return [];
});

describe('generated: .NET\'s message stands for the code it drops from the reply', () => {
  test.each(dotnetCases)('$name', ({text, replyCode, kind}) => {
    const result = decodeText(text);
    expect(result.recipients.map((found) => found.replyCode?.code)).toEqual([replyCode]);
    expect(result.kind).toBe(kind);
    expect(result.recipients[0]?.evidence.some((item) => item.about === 'replyCode' && item.note.includes('without its code'))).toBe(true);
  });

  test.each([
    ['a reply that kept its code', 'System.Net.Mail.SmtpException: Transaction failed. The server response was: 550 5.1.1 User unknown', '550'],
    ['"Mailbox unavailable." with no enhanced code: the class stays open', 'System.Net.Mail.SmtpFailedRecipientException: Mailbox unavailable. The server response was: User unknown', undefined],
  ] as const)('%s', (_name, text, replyCode) => {
    const result = decodeText(text);
    expect(result.recipients.map((found) => found.replyCode?.code).filter((code) => code !== undefined)).toEqual(replyCode === undefined ? [] : [replyCode]);
    // A refusal either way: its class may stay open, never the kind.
    expect([result.kind, result.recipients.length]).toEqual(['bounce', 1]);
  });

  test('"Mailbox unavailable." over words no table knows, in a stack trace: a refusal whose class is open', () => {
    const result = decodeText('System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: Zzyva qorrim\n   at System.Net.Mail.MailCommand.CheckResponse(SmtpStatusCode statusCode, String response)\n');
    expect([result.kind, result.recipients.map((found) => [found.replyCode?.code, found.permanent])]).toEqual(['bounce', [[undefined, undefined]]]);
  });
});

/**
 * Nodemailer's error object as an application prints it (util.inspect): the message in brackets,
 * then its fields, the server's reply in `response`. A reply to RCPT TO that quotes one address
 * names that recipient, whatever it refused it for.
 */
describe('Nodemailer\'s error object names the recipient its reply to RCPT TO quotes', () => {
  test.each([
    ['550 5.7.1 Unable to relay for bob@example.org', 'bob@example.org'],
    ['550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown', 'bob@example.org'],
    ['554 5.7.1 bob@example.org: Relay access denied', 'bob@example.org'],
    ['550 5.7.1 <news@example.net>: Sender address rejected: Access denied', undefined],
  ] as const)('%s', (reply, recipient) => {
    const text = `{ [Error: Can't send mail - all recipients were rejected]\n  code: 'EENVELOPE',\n  response: '${reply}',\n  responseCode: ${reply.slice(0, 3)},\n  command: 'RCPT TO' }\n`;
    expect(decodeText(text).recipients.map((found) => found.recipient)).toEqual([recipient]);
  });
});

// Nodemailer's debug log names the server before the session: "Resolved <host> as <address>
// [cache miss]" (lib/smtp-connection/index.js connect()); that server refused.
describe('Nodemailer\'s debug log names the server that refused, and its provider', () => {
  test.each([
    ['smtp.gmail.com', 'google'],
    ['smtp.office365.com', 'microsoft365'],
    ['smtp.example.net', undefined],
  ])('%s', (host, provider) => {
    const log = [
      `[2024-05-01 10:00:00] DEBUG [Xy12] Resolved ${host} as 192.0.2.25 [cache miss]`,
      '[2024-05-01 10:00:00] INFO  [Xy12] Connection established to 192.0.2.25:587',
      'Error: Recipient command failed: 550 5.7.1 Unable to relay',
    ].join('\n');
    expect(answeringServer(log)).toEqual([host, provider]);
  });
});

// JavaMail's and Python smtplib's debug output name the server before the session too:
// 'DEBUG SMTP: trying to connect to host "<host>", port 587, isSSL false' (SMTPTransport
// openServer()) and "connect: ('<host>', 587)" (smtplib connect() at debuglevel 1).
describe('JavaMail\'s and smtplib\'s debug output name the server that refused', () => {
  const logs = {
    JavaMail: (host: string) => `DEBUG SMTP: trying to connect to host "${host}", port 587, isSSL false\nDEBUG SMTP: connected to host "${host}", port: 587\ncom.sun.mail.smtp.SMTPAddressFailedException: 550 5.7.1 Unable to relay\n`,
    smtplib: (host: string) => `connect: ('${host}', 587)\nsend: 'rcpt TO:<bob@example.org>\\r\\n'\nreply: b'550 5.7.1 Unable to relay'\nsmtplib.SMTPRecipientsRefused: {'bob@example.org': (550, b'5.7.1 Unable to relay')}\n`,
  };
  test.each(Object.entries(logs).flatMap(([library, log]) => [
    [library, 'smtp.gmail.com', 'google', log] as const,
    [library, 'smtp.office365.com', 'microsoft365', log] as const,
    [library, 'smtp.example.net', undefined, log] as const,
  ]))('%s, %s', (_library, host, provider, log) => {
    expect(answeringServer(log(host))).toEqual([host, provider]);
  });
});

describe('the same words without a reply are no refusal', () => {
  test.each([
    ['the words before a sentence', 'Your message failed: please try again in 550 seconds or so\n'],
    ['an error of the library with no reply', 'Error: Message failed\n    at SMTPConnection._formatError\n'],
    ['the words in a changelog', 'Fixed: Message failed: error objects now carry responseCode\n'],
    ['smtplib\'s error with no reply', 'smtplib.SMTPServerDisconnected: Connection unexpectedly closed\n'],
    ['Symfony\'s words about another message', 'The log said: with message "please call 550 1234 tomorrow"\n'],
    ['a count in brackets, then words', 'We invited guests (550, but fewer came) to the launch.\n'],
  ])('%s', (_name, text) => {
    expect(decodeText(text).recipients.filter((recipient) => recipient.replyCode !== undefined)).toEqual([]);
  });
});

/**
 * PHPMailer's errors (src/PHPMailer.php smtpSend(), src/SMTP.php sendCommand(), its language files):
 * ErrorInfo names each refused recipient after the words of its language, with the reply's text (its
 * codes cut); with SMTPDebug, the refused command and the whole reply come first. PHPMailer keeps no
 * queue, so its error ends the attempt whatever the reply's class.
 */
const phpmailerRecipientsFailed = [
  'SMTP Error: The following recipients failed: ',
  'SMTP-Fehler: Die folgenden Empfänger sind nicht korrekt: ',
  'Erreur SMTP : les destinataires suivants sont en erreur : ',
  'Error SMTP: Los siguientes destinos fallaron: ',
  'SMTP Error: I seguenti indirizzi destinatari hanno generato un errore: ',
  'SMTP-fout: de volgende ontvangers zijn mislukt: ',
  'Erro de SMTP: Os seguintes destinatários falharam: ',
  'Ошибка SMTP: не удалась отправка таким адресатам: ',
  'SMTPエラー: 次の受信者アドレスに 間違いがあります: ',
  'SMTP 错误：收件人地址错误：',
];
const phpmailerCases = phpmailerRecipientsFailed.flatMap((words) => [...replies, ...bareReplies].slice(0, 6).map((reply) => {
  const {code, status} = parseReply(reply);
  const text = reply.slice(4).replace(/^\d\.\d{1,3}\.\d{1,3} /, '');
  return {
    name: `${words.slice(0, 24)} ${reply.slice(0, 30)}`,
    withDebug: `SMTP ERROR: RCPT TO command failed: ${reply}\nMailer Error: ${words}bob@example.org: ${text}\n`,
    errorInfo: `Mailer Error: ${words}bob@example.org: ${text}\n`,
    code,
    status,
  };
}));

describe('generated: PHPMailer\'s error names the refused recipient, and ends the attempt', () => {
  test.each(phpmailerCases)('with its debug output: $name', ({withDebug, code}) => {
    const result = decodeText(withDebug);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.permanent])).toEqual([['bob@example.org', code, code.startsWith('5')]]);
  });

  test.each(phpmailerCases)('ErrorInfo alone: $name', ({errorInfo}) => {
    const result = decodeText(errorInfo);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((found) => found.recipient)).toEqual(['bob@example.org']);
  });

  test('two errors printed with no line between them: the next one\'s "Mailer" is no part of the address', () => {
    const text = 'Mailer Error: SMTP Error: The following recipients failed: bob@example.orgMailer Error: SMTP Error: The following recipients failed: bob@example.org\n';
    expect(decodeText(text).recipients.map((found) => found.recipient)).toEqual(['bob@example.org']);
  });

  // With SMTPDebug at its connection level, PHPMailer's SMTP class first says which server it
  // opens the session with ("Connection: opening to <host>:<port>, ...", src/SMTP.php connect()):
  // that server refused, and names its provider.
  test.each([
    ['smtp.office365.com', 'microsoft365'],
    ['smtp.gmail.com', 'google'],
    ['smtp.mail.yahoo.com', 'yahoo'],
    ['mail.example.net', undefined],
  ])('the server its connection opens names the provider: %s', (host, provider) => {
    const log = [
      `2024-05-01 10:00:00\tConnection: opening to ${host}:587, timeout=300, options=array()`,
      '2024-05-01 10:00:00\tConnection: opened',
      '2024-05-01 10:00:01\tCLIENT -> SERVER: MAIL FROM:<alice@example.net>',
      '2024-05-01 10:00:01\tSERVER -> CLIENT: 250 2.1.0 Sender OK',
      '2024-05-01 10:00:01\tCLIENT -> SERVER: RCPT TO:<bob@example.org>',
      '2024-05-01 10:00:01\tSERVER -> CLIENT: 550 5.7.1 Unable to relay',
      '2024-05-01 10:00:01\tSMTP ERROR: RCPT TO command failed: 550 5.7.1 Unable to relay',
    ].join('\n');
    expect(answeringServer(log)).toEqual([host, provider]);
  });

  // ErrorInfo when the server refused the message's data is that one sentence of its language file
  // ('data_not_accepted'), nothing of the reply after it: alone, however short, it says the send failed at DATA.
  test.each([
    'SMTP Error: data not accepted.',
    'SMTP-Fehler: Daten werden nicht akzeptiert.',
    'Error SMTP: Datos no aceptados.',
    'SMTP Error: Dati non accettati dal server.',
    'SMTP-fout: data niet geaccepteerd.',
    'Erro de SMTP: Dados rejeitados.',
    'Ошибка SMTP: данные не приняты.',
  ].flatMap((words) => [[words, `${words}\n`], [`${words} after "Mailer Error: "`, `Mailer Error: ${words}\n`]]))('the data refused, its whole message: %s', (_name, text) => {
    const result = decodeText(text);
    expect([result.kind, result.recipients.map((found) => [found.recipient, found.replyCode, found.command])]).toEqual(['bounce', [[undefined, undefined, 'DATA']]]);
  });

  test.each([
    ['its words quoted in prose, no address', 'Why do I get "SMTP Error: The following recipients failed" on my contact form?\n'],
    ['another program\'s error of the same length', 'SMTP Error: Could not connect to SMTP host.\n'],
    ['a login refused: no delivery\'s outcome', 'SMTP ERROR: Password command failed: 535 5.7.8 Username and Password not accepted\nSMTP Error: Could not authenticate.\n'],
  ])('%s: no refusal', (_name, text) => {
    expect(decodeText(text).kind).toBe('none');
  });
});

/**
 * The send error of Outlook Express, Windows Mail and Outlook 2002-2003 (Microsoft KB 290842 and
 * 178218): one paragraph naming the refused address and quoting the server's reply whole, as a
 * person copies it from the dialog, on one line or wrapped.
 */
const outlookExpressCases = [...replies, ...bareReplies].flatMap((reply) => {
  const {code} = parseReply(reply);
  const quoted = reply.replace(/'/g, '');
  const dialog = `The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail address was 'bob@example.org'. Subject 'Test', Account: 'mail.example.net', Server: 'smtp.example.net', Protocol: SMTP, Server Response: '${quoted}', Port: 25, Secure(SSL): No, Server Error: ${code}, Error Number: 0x800CCC79`;
  const wrapped = dialog.replace(/(.{1,72})(?: |$)/g, '$1\n');
  // The same dialog in Portuguese, as Microsoft's pt-PT support page quotes it.
  const portuguese = `Não foi possível enviar a mensagem porque um dos destinatários foi rejeitado pelo servidor. O endereço de e-mail rejeitado era "bob@example.org". Assunto: "Teste", Conta: "Teste", Servidor: "smtp.example.net", Protocolo: SMTP, Resposta do Servidor: "${reply.replace(/"/g, '')}", Porta: 25, Secure (SSL): Não, Erro do Servidor: ${code}, Número de Erro: 0x800CCC79.`;
  return [
    {name: `one line: ${reply.slice(0, 40)}`, text: `${dialog}\n`, code},
    {name: `wrapped: ${reply.slice(0, 40)}`, text: wrapped, code},
    {name: `Portuguese: ${reply.slice(0, 40)}`, text: `${portuguese}\n`, code},
  ];
});

describe('generated: Outlook Express\'s send error names the refused recipient and quotes the reply', () => {
  test.each(outlookExpressCases)('$name', ({text, code}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.permanent])).toEqual([['bob@example.org', code, code.startsWith('5')]]);
  });

  test('a temporary reply: the cause may pass, but nothing retries the message', () => {
    const [recipient] = decodeText(outlookExpressCases.find((entry) => entry.code === '451')!.text).recipients;
    expect(recipient?.evidence.some((item) => item.about === 'kind' && item.note.includes('the program that sent it does not retry'))).toBe(true);
  });

  test.each([
    ['the dialog\'s words described in prose', 'Outlook said the message could not be sent because one of the recipients was rejected by the server, but I checked the address.\n'],
  ])('%s: no refusal', (_name, text) => {
    expect(decodeText(text).recipients.filter((found) => found.replyCode !== undefined)).toEqual([]);
  });
});

/**
 * JavaMail's exceptions (com/sun/mail/smtp/SMTPTransport.java) as a Java stack trace prints them:
 * SMTPAddressFailedException for a refused RCPT TO chained under SendFailedException("Invalid
 * Addresses"), SMTPSendFailedException for the data, each one's message the server's reply whole.
 * JavaMail keeps no queue: the exception ends the attempt, a temporary reply included.
 */
const javaMailCases = [...replies, ...bareReplies].flatMap((reply) => {
  const {code} = parseReply(reply);
  return [
    {name: `SMTPAddressFailedException: ${reply.slice(0, 40)}`, text: `javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: ${reply}\n\n\tat com.sun.mail.smtp.SMTPTransport.rcptTo(SMTPTransport.java:1294)\n`, code},
    {name: `SMTPSendFailedException: ${reply.slice(0, 40)}`, text: `Caused by: com.sun.mail.smtp.SMTPSendFailedException: ${reply}\n\tat com.sun.mail.smtp.SMTPTransport.issueSendCommand(SMTPTransport.java:2374)\n`, code},
  ];
});

describe('generated: JavaMail\'s exception is the refusal it quotes, and ends the attempt', () => {
  test.each(javaMailCases)('$name', ({text, code}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((found) => [found.replyCode?.code, found.permanent])).toEqual([[code, code.startsWith('5')]]);
  });

  test('each refused recipient of a chain is one', () => {
    const text = 'Caused by: javax.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 454 4.7.1 <ann@example.org>: Relay access denied\n;\n  nested exception is:\n\tcom.sun.mail.smtp.SMTPAddressFailedException: 454 4.7.1 <bob@example.org>: Relay access denied\n';
    const result = decodeText(text);
    expect([result.kind, result.recipients.map((found) => [found.recipient, found.replyCode?.code])]).toEqual(['bounce', [['ann@example.org', '454'], ['bob@example.org', '454']]]);
  });
});

/**
 * Ruby net/smtp's exceptions (ruby/net-smtp lib/net/smtp.rb: SMTPFatalError for a 5xx reply,
 * SMTPServerBusy for a 4xx one, SMTPSyntaxError for 500), each one's message the server's reply,
 * as a log or a backtrace prints them ("Net::SMTPFatalError: 550 ...") and as Rails' error page and
 * log do ("Net::SMTPFatalError (550 ...)"). The class says no more than the reply's class:
 * SMTPServerBusy is "a temporary error", as its documentation says.
 */
const rubyCases = [...replies, ...bareReplies].flatMap((reply) => {
  const {code} = parseReply(reply);
  const name = code === '500' ? 'SMTPSyntaxError' : code.startsWith('5') ? 'SMTPFatalError' : 'SMTPServerBusy';
  return [
    {name: `Net::${name}: ${reply.slice(0, 40)}`, text: `Net::${name}: ${reply}\n\tfrom /usr/lib/ruby/3.2.0/net/smtp.rb:1076:in \`check_response'\n`, code},
    {name: `Rails: Net::${name} (${reply.slice(0, 40)})`, text: `Completed 500 Internal Server Error in 2105ms\n\nNet::${name} (${reply}):\n  app/controllers/passwords_controller.rb:12:in \`create'\n`, code},
  ];
});

describe('generated: Ruby net/smtp\'s exception is the refusal it quotes', () => {
  test.each(rubyCases)('$name', ({text, code}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((found) => [found.replyCode?.code, found.permanent])).toEqual([[code, code.startsWith('5')]]);
  });

  // The class's name in prose, or another class of the library, with no reply after it, is no refusal.
  test.each([
    'We rescue Net::SMTPFatalError and Net::SMTPServerBusy in the mailer job.',
    'Net::OpenTimeout: execution expired',
  ])('%s', (text) => {
    expect(decodeText(`${text}\n`).recipients.filter((found) => found.replyCode !== undefined)).toEqual([]);
  });
});

/**
 * K-9 Mail's error (NegativeSmtpReplyException: "Negative SMTP reply: " + code + " " + text), as
 * its notification shows it under "Failed to send some messages", the blank after the colon kept or
 * lost in a copy. The message stays in the Outbox: the words say no more than the reply's class.
 */
const k9Cases = [...replies, ...bareReplies].flatMap((reply) => {
  const {code} = parseReply(reply);
  return ['Negative SMTP reply: ', 'Negative SMTP reply:'].map((words) => ({name: `${words}${reply.slice(0, 40)}`, text: `Failed to send some messages\n${words}${reply}\n`, code}));
});

describe('generated: K-9 Mail\'s error is the refusal it quotes', () => {
  test.each(k9Cases)('$name', ({text, code}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((found) => [found.replyCode?.code, found.permanent])).toEqual([[code, code.startsWith('5')]]);
  });

  test('its words without a reply are no refusal', () => {
    expect(decodeText('K-9 shows "Negative SMTP reply" when the server refuses a command.\n').recipients.filter((found) => found.replyCode !== undefined)).toEqual([]);
  });
});

/**
 * A library's exception printed apart from the reply it carries: Ruby's own print of an exception
 * nothing rescued ("...:in 'check_response': <reply> (Net::SMTPFatalError)"), an error tracker's
 * fields ("Error type:" over "Error message:"), a tracker's table copied with its cells apart by
 * tabs, a title over the message. The class names the reply a server's, whatever its words.
 */
const exceptionClasses = ['Net::SMTPFatalError', 'Net::SMTPSyntaxError', 'Net::SMTPUnknownError', 'smtplib.SMTPDataError', 'smtplib.SMTPSenderRefused',
  'com.sun.mail.smtp.SMTPSendFailedException', 'com.sun.mail.smtp.SMTPAddressFailedException', 'System.Net.Mail.SmtpFailedRecipientException'];
const exceptionLayouts: ReadonlyArray<readonly [string, (name: string, reply: string) => string]> = [
  ['an error tracker\'s fields', (name, reply) => `Error type: ${name}\nError message: ${reply}\nWhere: mailer#deliver`],
  ['a tracker\'s table, its cells apart by tabs', (name, reply) => `MESSAGE\t\n100.0%\t${reply}\nERROR CLASS\t${name}`],
  ['a table whose empty cell left two tabs and a space before the reply', (name, reply) => `${name}\t\t \t${reply}`],
  ['a title over the message', (name, reply) => `${name}\n${reply}\napp/mailers/user_mailer.rb:12:in 'welcome'`],
];
const refusalsOnly = bareReplies.filter((reply) => reply.startsWith('5'));
const exceptionCases = [
  ...exceptionClasses.flatMap((name) => exceptionLayouts.flatMap(([layout, print]) => refusalsOnly.map((reply) => ({
    name: `${name}, ${layout}: ${reply}`, text: `${print(name, reply)}\n`, code: reply.slice(0, 3), kind: 'bounce'})))),
  ...refusalsOnly.map((reply) => ({name: `Ruby's print of an uncaught exception: ${reply}`, text: `/usr/lib/ruby/3.2.0/net/smtp.rb:1020:in \`check_response': ${reply} (Net::SMTPFatalError)\n`, code: reply.slice(0, 3), kind: 'bounce'})),
  // SMTPServerBusy is "a temporary error": a failure of the temporary class, the send's outcome all the same.
  {name: 'Net::SMTPServerBusy, a tracker\'s fields: 451 Try later', text: 'Error type: Net::SMTPServerBusy\nError message: 451 Try later\n', code: '451', kind: 'bounce'},
];

describe('generated: a library\'s exception printed apart from the reply it carries', () => {
  test.each(exceptionCases)('$name', ({text, code, kind}) => {
    const result = decodeText(text);
    expect(result.kind).toBe(kind);
    expect(result.recipients.map((found) => [found.replyCode?.code, found.permanent])).toEqual([[code, code.startsWith('5')]]);
  });

  test.each([
    ['the class alone, no reply', 'Net::SMTPFatalError resulting in blank page'],
    ['the class and a number in prose', 'We saw Net::SMTPFatalError about 550 times last week'],
    ['a number in a table\'s cell with no class of a library', 'MESSAGE\t\n100.0%\t550 Message rejected\nCOUNT\t3'],
  ])('%s: no refusal', (_name, text) => {
    expect(decodeText(`${text}\n`).recipients.filter((found) => found.replyCode !== undefined)).toEqual([]);
  });
});

/**
 * Roundcube's errors in other languages (program/localization/<locale>/messages.inc, as
 * src/rules/mta/roundcube.ts cites them): the translated label, the code in brackets or in
 * parentheses, the reply's words; the translated words before the recipient name it.
 */
const translatedErrors: ReadonlyArray<readonly [string, (code: string, text: string) => string, string | undefined, string | undefined]> = [
  ['Spanish smtperror', (code, text) => `Error SMTP: [${code}] ${text}`, undefined, undefined],
  ['French smtperror', (code, text) => `Erreur SMTP : [${code}] ${text}`, undefined, undefined],
  ['German smtperror', (code, text) => `SMTP Fehler: [${code}] ${text}`, undefined, undefined],
  ['Polish smtptoerror', (code, text) => `Błąd SMTP (${code}): Nie można dodać odbiorcy "bob@example.org" (${text}).`, 'bob@example.org', 'RCPT TO'],
  ['Brazilian Portuguese smtptoerror', (code, text) => `Erro SMTP (${code}): Falha ao adicionar o destinatário "bob@example.org" (${text}).`, 'bob@example.org', 'RCPT TO'],
  ['Russian smtptoerror', (code, text) => `SMTP Error (${code}): Невозможно добавить получателя "bob@example.org" (${text}).`, 'bob@example.org', 'RCPT TO'],
  ['Czech smtpfromerror', (code, text) => `Chyba SMTP (${code}): Nelze nastavit odesílatele "news@example.net" (${text}).`, undefined, 'MAIL FROM'],
  ['Simplified Chinese smtpfromerror', (code, text) => `SMTP 错误 (${code}): 添加发件人失败 "news@example.net" (${text})`, undefined, 'MAIL FROM'],
];
const translatedCases = [...replies, ...bareReplies].flatMap((reply) => {
  const {code} = parseReply(reply);
  return translatedErrors.map(([name, error, recipient, command]) => ({name: `Roundcube ${name}: ${reply.slice(0, 40)}`, text: `${error(code, reply.slice(4).replace(/[\w.+-]+@[\w.-]+\.[a-z]{2,}/gi, recipient ?? 'news@example.net'))}\n`, replyCode: code, recipient, command}));
});

describe('generated: Roundcube\'s errors in its other languages are the refusals they quote', () => {
  test.each(translatedCases)('$name', ({text, replyCode, recipient, command}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((found) => [found.recipient, found.replyCode?.code, found.permanent])).toEqual([[recipient, replyCode, replyCode.startsWith('5')]]);
    if (command !== undefined) expect(result.recipients[0]?.command).toBe(command);
  });

  test.each([
    // Negative: the label with no code after it, and prose that names SMTP beside a number.
    ['a translated error of no reply', 'Error SMTP: Conexión con el servidor fallida.'],
    ['a number after the word SMTP in prose', 'El servidor SMTP (2 de 3) está en mantenimiento.'],
  ])('%s: no refusal', (_name, text) => {
    expect(decodeText(text).recipients.filter((found) => found.replyCode !== undefined)).toEqual([]);
  });
});
