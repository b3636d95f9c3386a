// Mail programs and client libraries that keep no queue print the server's refusal in their own
// words and stop: Go's Gomail, go-mail and Go Simple Mail, msmtp, Mutt, mailx, curl,
// gen_smtp (Erlang, Elixir) and Thunderbird; the PMail server's log does the same. Their words say
// the text is a refusal and, where they name it, which command and which recipient; the reply's
// code says its class where they keep it.
// Generated from each program's message (src/rules/mta/<program>.ts cites it) around the reply pool.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {deliveryReplies, replyPool, sampleOf, unknownWordReplies} from './generate.ts';
import {parseReply} from './templates/common.ts';

const pool = replyPool();
const replies = [...sampleOf('programs coded', deliveryReplies(pool.provider.concat(pool['status-code'])), 8), ...sampleOf('programs no code', pool['no-code'], 4)]
  .map((spec) => spec.reply.split('\n').join(' '));

interface ProgramError {
  readonly program: string;
  /** The program's message around a reply: its code, its text without the code, and the whole line. */
  readonly render: (reply: {code: string; text: string; whole: string}) => string;
  readonly recipient?: string;
  readonly command?: string;
  /** Whether the message keeps the reply's code. */
  readonly keepsCode: boolean;
}

const programs: readonly ProgramError[] = [
  {program: 'Gomail', render: ({whole}) => `gomail: could not send email 1: ${whole}`, keepsCode: true},
  {program: 'go-mail, RCPT TO', render: ({whole}) => `send failed: sending SMTP RCPT TO command: ${whole}, affected recipient(s): bob@example.org, affected message ID: <17724456.42@app.example.net>`,
    recipient: 'bob@example.org', command: 'RCPT TO', keepsCode: true},
  {program: 'go-mail, the data', render: ({whole}) => `send failed: closing SMTP DATA writer: ${whole}`, command: 'DATA', keepsCode: true},
  {program: 'Go Simple Mail, the greeting', render: ({whole}) => `Mail Error on smtp dial: ${whole}`, command: 'CONNECT', keepsCode: true},
  {program: 'msmtp', render: ({whole}) => `msmtp: recipient address bob@example.org not accepted by the server\nmsmtp: server message: ${whole}\nmsmtp: could not send mail (account default from /home/ann/.msmtprc)`,
    recipient: 'bob@example.org', command: 'RCPT TO', keepsCode: true},
  {program: 'msmtp\'s log line', render: ({whole}) => `Mar 02 10:00:00 host=smtp.example.net tls=on auth=on user=ann from=ann@example.net recipients=bob@example.org smtpstatus=${whole.slice(0, 3)} smtpmsg='${whole.replace(/'/g, '?')}' errormsg='the server did not accept the mail' exitcode=EX_UNAVAILABLE`,
    recipient: 'bob@example.org', keepsCode: true},
  {program: 'Mutt', render: ({whole}) => `SMTP session failed: ${whole}`, keepsCode: true},
  {program: 'mailx', render: ({whole}) => `smtp-server: ${whole}\n. . . message not sent.`, keepsCode: true},
  {program: 'gen_smtp, Erlang', render: ({whole, code}) => `{error,${code.startsWith('4') ? 'retries_exceeded' : 'no_more_hosts'},{${code.startsWith('4') ? 'temporary' : 'permanent'}_failure,"mx.example.org",<<"${whole}\\r\\n">>}}`, keepsCode: true},
  {program: 'gen_smtp through Swoosh, Elixir', render: ({whole, code}) => `{:error, {:${code.startsWith('4') ? 'retries_exceeded' : 'no_more_hosts'}, {:${code.startsWith('4') ? 'temporary' : 'permanent'}_failure, ~c"mx.example.org", "${whole}\\r\\n"}}}`, keepsCode: true},
  {program: 'PMail\'s log', render: ({whole}) => `[error][2024-11-02 00:12:28][ac1000036724fdeb][/srv/pmail/server/utils/send/send.go:114][0xc0001ad160] 邮件投递失败${whole}`, keepsCode: true},
  {program: 'PMail\'s log and its forwarding rule\'s error', render: ({whole}) => `[error][2024-11-02 00:12:28][ac1000036724fdeb][/srv/pmail/server/utils/send/send.go:114][0xc0001ad160] 邮件投递失败${whole}\n[error][2024-11-02 00:12:28][ac1000036724fdeb][/srv/pmail/server/services/rule/rule.go:86]Forward Error:以下收件人投递失败：bob@example.org`,
    recipient: 'bob@example.org', keepsCode: true},
  {program: 'Thunderbird, RCPT TO', render: ({text}) => `Sending of the message failed.\nAn error occurred while sending mail. The mail server responded:\n${text}.\nPlease check the message recipient "bob@example.org" and try again.`,
    recipient: 'bob@example.org', command: 'RCPT TO', keepsCode: false},
  {program: 'Thunderbird, MAIL FROM', render: ({text}) => `Sending of the message failed.\nAn error occurred while sending mail. The mail server responded:  ${text}. Please verify that your email address is correct in your account settings and try again.`,
    command: 'MAIL FROM', keepsCode: false},
  {program: 'Thunderbird in German', render: ({text}) => `Fehler beim Senden der Nachricht: Der Mail-Server antwortete:\n${text}.\nBitte überprüfen Sie die E-Mail-Adresse des Empfängers "bob@example.org" und wiederholen Sie den Vorgang.`,
    recipient: 'bob@example.org', command: 'RCPT TO', keepsCode: false},
  {program: 'Thunderbird in German, MAIL FROM', render: ({text}) => `Fehler beim Senden der Nachricht. Der Mail-Server antwortete: ${text}. Bitte überprüfen Sie, ob Ihre E-Mail-Adresse in den Konten-Einstellungen stimmt und wiederholen Sie den Vorgang.`,
    command: 'MAIL FROM', keepsCode: false},
  {program: 'Thunderbird in German, the message', render: ({text}) => `Fehler beim Senden der Nachricht. Der Mail-Server antwortete:  ${text}. Bitte überprüfen Sie die Nachricht und wiederholen Sie den Vorgang.`,
    command: 'DATA', keepsCode: false},
  {program: 'Thunderbird in French', render: ({text}) => `Une erreur est survenue lors de l’envoi de l’e-mail. Le serveur de courrier a répondu :\n${text}.\nVeuillez vérifier l’adresse du destinataire bob@example.org et essayer à nouveau.`,
    recipient: 'bob@example.org', command: 'RCPT TO', keepsCode: false},
];

/** Thunderbird since 91 shows the reply without its code and its enhanced code (SmtpClient.sys.mjs _parse). */
const withoutCodes = (reply: string) => reply.replace(/^\d{3}[ -](?:\d\.\d{1,3}\.\d{1,3} )?/, '');

const cases = programs.flatMap((program) => [...replies, ...unknownWordReplies].map((whole) => {
  const {code} = parseReply(whole);
  // A reply's own address stands for the one the program names: one recipient, as one was refused.
  const line = program.recipient === undefined ? whole : whole.replace(/[\w.+-]+@[\w.-]+\.[a-z]{2,}/gi, program.recipient);
  return {name: `${program.program}: ${whole.slice(0, 50)}`, program, code, text: program.render({code, text: withoutCodes(line), whole: line})};
}));

describe('generated: a mail program\'s error is the refusal it quotes, and ends the attempt', () => {
  test.each(cases)('$name', ({program, code, text}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    const [found] = result.recipients;
    expect(result.recipients).toHaveLength(1);
    expect([found!.recipient, found!.replyCode?.code]).toEqual([program.recipient, program.keepsCode ? code : undefined]);
    if (program.keepsCode) expect(found!.permanent).toBe(code.startsWith('5'));
  });
});

describe('the program\'s words name the command refused', () => {
  test.each(cases.filter(({program}) => program.command !== undefined && program.keepsCode).filter((item, index) => index % 4 === 0))('$name', ({program, text}) => {
    expect(decodeText(text).recipients[0]?.command).toBe(program.command);
  });
});

describe('Thunderbird\'s words name the command refused, its reply without codes', () => {
  test.each(cases.filter(({program}) => program.program.startsWith('Thunderbird') && program.command !== undefined).filter((item, index) => index % 4 === 0))('$name', ({program, text}) => {
    expect(decodeText(text).recipients[0]?.command).toBe(program.command);
  });
});

describe('the same words without a server\'s reply are no refusal', () => {
  test.each([
    ['Mutt, a broken connection', 'SMTP session failed: read error'],
    ['msmtp, no server', 'msmtp: cannot connect to smtp.example.net, port 587: Connection refused\nmsmtp: could not send mail (account default from /home/ann/.msmtprc)'],
    ['Thunderbird, no server', 'Sending of the message failed.\nThe message could not be sent because connecting to Outgoing server (SMTP) smtp.example.net failed. The server may be unavailable or is refusing SMTP connections.'],
    ['gen_smtp, a refused connection', '{error,retries_exceeded,{network_failure,"mx.example.org",{error,econnrefused}}}'],
    ['a session whose recipient was accepted', '>>> RCPT TO:<bob@example.org>\n<<< 250 2.1.5 Ok'],
  ])('%s', (_name, text) => {
    const result = decodeText(text);
    expect([result.kind, result.recipients.filter((found) => /^[45]/.test(found.replyCode?.code ?? found.status?.code ?? ''))]).not.toEqual(expect.arrayContaining(['bounce']));
    expect(result.recipients.filter((found) => /^[45]/.test(found.replyCode?.code ?? found.status?.code ?? ''))).toEqual([]);
  });
});

describe('PMail\'s error names the recipients its delivery failed for', () => {
  test.each([
    ['one recipient', 'Forward Error:以下收件人投递失败：bob@example.org', ['bob@example.org']],
    ['two, as it joins them', 'Forward Error:以下收件人投递失败：bob@example.org,carol@example.net', ['bob@example.org', 'carol@example.net']],
  ])('%s', (_name, text, recipients) => {
    const result = decodeText(`${text}\n`);
    expect([result.kind, result.recipients.map((found) => found.recipient)]).toEqual(['bounce', recipients]);
  });

  test('its words of a failed delivery with no reply after them are no refusal', () => {
    expect(decodeText('[info] 邮件投递失败的处理说明：请联系管理员\n').kind).toBe('none');
  });
});
