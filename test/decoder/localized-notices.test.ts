// Notices in the languages of the extension's users, decoded the same as their English twins:
// Exchange Online's new-style NDR, Outlook's rendering of an NDR in the KB 284204 layout and Gmail's
// "Address not found" notice, each rendered from its
// template's words (test/decoder/templates) around many replies, as a webmail shows it and as a raw
// message with and without its delivery-status part; the same notices in the typography webmails
// and mail servers give them; and ordinary mail in those languages that names the same words.

import {describe, expect, test} from 'vitest';
import {decode, type DecodeResult} from '../../src/decoder/index.ts';
import {defaultRemoteIp, remoteHostOf, replyPool, type ReplySpec, sampleOf} from './generate.ts';
import {parseReply, plainOriginal, type Rendered, type RenderOptions, type TemplateRecipient} from './templates/common.ts';
import {exchangeOnlineNotice, type OnlineLanguage, type OnlineWords, onlineWords} from './templates/exchange.ts';
import {gmailNotice, type NotFoundLanguage, notFoundWords} from './templates/gmail.ts';

type Form = 'webmail' | 'raw with report' | 'raw without report';
const forms: readonly Form[] = ['webmail', 'raw with report', 'raw without report'];

/** What a diagnosis is compared on: everything the popup and the history show of it. */
function diagnosisOf(result: DecodeResult) {
  return {
    kind: result.kind,
    recipients: result.recipients.map((found) => ({
      recipient: found.recipient,
      replyCode: found.replyCode?.code,
      status: found.status?.code,
      reason: found.reason.id,
      permanent: found.permanent,
      hardBounce: found.hardBounce,
      provider: found.provider?.id,
    })),
  };
}

/** One notice rendered twice: in a language, and in English. */
interface Twins {
  readonly localized: (withReport: boolean) => Rendered;
  readonly english: (withReport: boolean) => Rendered;
}

function inputOf(twin: (withReport: boolean) => Rendered, form: Form): string {
  return form === 'webmail' ? twin(true).webmail : twin(form === 'raw with report').raw;
}

function optionsFor(spec: ReplySpec): RenderOptions {
  return {remoteHost: remoteHostOf(spec.provider), remoteIp: defaultRemoteIp, original: plainOriginal};
}

function shorten(text: string): string {
  const line = text.replace(/\n/g, '⏎');
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}

/** Asserts that the localized notice decodes as its English twin, and that the twin names its recipient with its reply code. */
async function expectSameAsEnglish(twins: Twins, form: Form, recipient: TemplateRecipient): Promise<void> {
  const localized = diagnosisOf(await decode(inputOf(twins.localized, form)));
  const english = diagnosisOf(await decode(inputOf(twins.english, form)));
  expect(english.recipients.map((found) => [found.recipient, found.replyCode])).toEqual([[recipient.address, parseReply(recipient.reply).code]]);
  expect(localized).toEqual(english);
}

const pool = replyPool();
const addresses = ['alice@example.com', 'bob.smith@example.net', 'carol+news@example.org', 'dave_ops@mail.example.com'];

/** Exchange Online writes one notice per recipient: replies of every kind, the same sample for every language. */
const exchangeReplies: readonly ReplySpec[] = [
  ...sampleOf('localized exchange provider', pool.provider, 14),
  ...sampleOf('localized exchange status', pool['status-code'], 14),
  ...sampleOf('localized exchange no code', pool['no-code'], 3),
  ...sampleOf('localized exchange multi-line', pool['multi-line'], 4),
  ...sampleOf('localized exchange wrapped', pool.wrapped, 2),
];

/** Gmail's "Address not found" notice answers a 5.1.1: the replies of the pool that carry one. */
const notFoundReplies: readonly ReplySpec[] = Object.values(pool).flat().filter((spec) => parseReply(spec.reply).status === '5.1.1');

const onlineLanguages = Object.keys(onlineWords) as OnlineLanguage[];
const notFoundLanguages = Object.keys(notFoundWords) as NotFoundLanguage[];

function exchangeTwins(recipient: TemplateRecipient, options: RenderOptions, language: OnlineLanguage): Twins {
  return {
    localized: (withReport) => exchangeOnlineNotice(recipient, options, language, withReport),
    english: (withReport) => exchangeOnlineNotice(recipient, options, undefined, withReport),
  };
}

describe('the replies the tables render', () => {
  test('hold every kind of reply, and enough of Gmail\'s "Address not found"', () => {
    expect(new Set(exchangeReplies.map((spec) => spec.source))).toEqual(new Set(['provider', 'status-code', 'no-code', 'multi-line', 'wrapped']));
    expect(notFoundReplies.length).toBeGreaterThanOrEqual(4);
  });
});

describe.each(onlineLanguages)('Exchange Online NDR in %s decodes as its English twin', (language) => {
  const cases = exchangeReplies.flatMap((spec, index) => forms.map((form) => ({form, spec, address: addresses[index % addresses.length]!, reply: shorten(spec.reply)})));
  test.each(cases)('$form | $reply', async ({form, spec, address}) => {
    const recipient = {address, reply: spec.reply};
    await expectSameAsEnglish(exchangeTwins(recipient, optionsFor(spec), language), form, recipient);
  });
});

/**
 * Outlook's rendering of an NDR in the KB 284204 layout (src/rules/mta/exchange.ts cites each
 * language's words): its headline, the original's subject and time, the heading, then each
 * recipient quoted with the time and the generating server's bracketed reply.
 */
const outlookWords = {
  en: {headline: 'Your message did not reach some or all of the intended recipients.', subject: 'Subject:', sent: 'Sent:', heading: 'The following recipient(s) cannot be reached:', on: 'on'},
  de: {headline: 'Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.', subject: 'Betreff:', sent: 'Gesendet am:', heading: 'Folgende(r) Empfänger kann/können nicht erreicht werden:', on: 'am'},
  es: {headline: 'Algunos de los destinatarios no recibieron su mensaje.', subject: 'Asunto:', sent: 'Enviado el:', heading: 'No se puede localizar a los destinatarios siguientes:', on: 'en'},
  ja: {headline: 'このメールは、受信者全員または一部に届きませんでした。', subject: '件名:', sent: '送信日時:', heading: '以下の受信者にメールを配信できません:', on: ''},
} as const;

function outlookNotice(language: keyof typeof outlookWords, recipient: TemplateRecipient): string {
  const words = outlookWords[language];
  const reply = recipient.reply.split('\n')[0]!;
  const status = parseReply(reply).status ?? `${reply[0]}.0.0`;
  return `${words.headline}\n\n${words.subject} Quarterly report\n${words.sent} 02.03.2026 09:58\n\n${words.heading}\n\n'${recipient.address}' ${words.on === '' ? '' : `${words.on} `}02.03.2026 10:00\n            <EX01.example.org #${status} smtp;${reply}>\n`;
}

describe.each(['de', 'es', 'ja'] as const)('Outlook\'s rendering of an NDR (KB 284204 layout) in %s decodes as its English twin', (language) => {
  const cases = exchangeReplies.map((spec, index) => ({spec, address: addresses[index % addresses.length]!, reply: shorten(spec.reply)}));
  test.each(cases)('$reply', async ({spec, address}) => {
    const recipient = {address, reply: spec.reply};
    const english = diagnosisOf(await decode(outlookNotice('en', recipient)));
    expect([english.kind, ...english.recipients.map((found) => [found.recipient, found.replyCode])]).toEqual(['bounce', [address, parseReply(spec.reply.split('\n')[0]!).code]]);
    expect(diagnosisOf(await decode(outlookNotice(language, recipient)))).toEqual(english);
  });
});

/** The same NDR when the generating server gave no reply, only its own words under the recipient: the headline alone says the failure is final. */
describe.each(['en', 'de', 'es', 'ja'] as const)('Outlook\'s rendering of an NDR (KB 284204 layout) in %s with no reply under the recipient', (language) => {
  test.each(addresses)('%s', async (address) => {
    const words = outlookWords[language];
    const text = `${words.headline}\n\n${words.subject} Quarterly report\n${words.sent} 02.03.2026 09:58\n\n${words.heading}\n\n  ${address} 02.03.2026 10:00\n  The requested operation failed.\n`;
    const result = await decode(text);
    expect([result.kind, result.recipients.map((found) => [found.recipient, found.permanent])]).toEqual(['bounce', [[address, true]]]);
  });
});

describe.each(notFoundLanguages)('Gmail\'s "Address not found" in %s decodes as its English twin', (language) => {
  const cases = notFoundReplies.flatMap((spec, index) => forms.map((form) => ({form, spec, address: addresses[index % addresses.length]!, reply: shorten(spec.reply)})));
  test.each(cases)('$form | $reply', async ({form, spec, address}) => {
    const recipient = {address, reply: spec.reply};
    const options = optionsFor(spec);
    await expectSameAsEnglish({
      localized: (withReport) => gmailNotice([recipient], options, language, withReport),
      english: (withReport) => gmailNotice([recipient], options, undefined, withReport),
    }, form, recipient);
  });

  test.each(['webmail', 'raw with report'] as const)('two recipients, each with its own reply (%s)', async (form) => {
    const recipients = [
      {address: 'alice@example.com', reply: '550 5.1.1 The email account that you tried to reach does not exist.'},
      {address: 'bob.smith@example.net', reply: '550-5.1.1 Requested action not taken for this recipient\n550 5.1.1 Please quote reference 8F3A2C1D when asking'},
    ];
    const options = {remoteHost: 'mx.example.net', remoteIp: defaultRemoteIp, original: plainOriginal};
    const localized = diagnosisOf(await decode(inputOf((withReport) => gmailNotice(recipients, options, language, withReport), form)));
    const english = diagnosisOf(await decode(inputOf((withReport) => gmailNotice(recipients, options, undefined, withReport), form)));
    expect(localized.recipients.map((found) => found.recipient)).toEqual(['alice@example.com', 'bob.smith@example.net']);
    expect(localized).toEqual(english);
  });
});

describe('the German notice of issue 13, as Outlook on the web shows it', () => {
  const recipient = {address: 'alice@example.com', reply: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'};
  const options = {remoteHost: 'mx.example.net', remoteIp: defaultRemoteIp, original: plainOriginal};

  test.each(forms)('gives the recipient, 550, 5.1.10, the reason, Microsoft and permanent, as in English (%s)', async (form) => {
    const german = diagnosisOf(await decode(inputOf((withReport) => exchangeOnlineNotice(recipient, options, 'de', withReport), form)));
    expect(german).toEqual({
      kind: 'bounce',
      recipients: [{recipient: 'alice@example.com', replyCode: '550', status: '5.1.10', reason: 'userunknown', permanent: true, hardBounce: true, provider: 'microsoft365'}],
    });
    expect(german).toEqual(diagnosisOf(await decode(inputOf((withReport) => exchangeOnlineNotice(recipient, options, undefined, withReport), form))));
  });

  test('reads its "Gemeldeter Fehler" line as the reply, not its "Statuscode" line', async () => {
    const [found] = (await decode(exchangeOnlineNotice(recipient, options, 'de').webmail)).recipients;
    expect(found?.diagnostic).toMatch(/^Gemeldeter Fehler:\s+550 5\.1\.10 RESOLVER\.ADR\.RecipientNotFound/);
  });
});

/**
 * The same words as a webmail or a mail server may type them: the labels' colons full-width, with
 * a no-break space or none before them; the whole text decomposed (NFD) or with typographic
 * apostrophes. Each variant must still decode as the English twin.
 */
const labelVariants: readonly {name: string; label: (label: string) => string}[] = [
  {name: 'labels with a no-break space before the colon', label: (label) => label.replace(/\s*[:：]$/, '\u00a0:')},
  {name: 'labels with a narrow no-break space before the colon', label: (label) => label.replace(/\s*[:：]$/, '\u202f:')},
  {name: 'labels with a plain colon', label: (label) => label.replace(/\s*[:：]$/, ':')},
  {name: 'labels with a full-width colon', label: (label) => label.replace(/\s*[:：]$/, '：')},
];

const textVariants: readonly {name: string; text: (text: string) => string}[] = [
  {name: 'decomposed accents (NFD)', text: (text) => text.normalize('NFD')},
  {name: 'typographic apostrophes', text: (text) => text.replace(/'/g, '\u2019')},
];

function withLabels(words: OnlineWords, label: (label: string) => string): OnlineWords {
  return Object.fromEntries(Object.entries(words).map(([key, value]) => [key, typeof value === 'string' && /[:：]$/.test(value) ? label(value) : value])) as unknown as OnlineWords;
}

describe.each(onlineLanguages)('Exchange Online NDR in %s, in the typography it may come in', (language) => {
  const recipient = {address: 'alice@example.com', reply: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'};
  const options = {remoteHost: 'mx.example.net', remoteIp: defaultRemoteIp, original: plainOriginal};
  const englishWebmail = exchangeOnlineNotice(recipient, options).webmail;

  test.each(labelVariants)('$name', async ({label}) => {
    const words = withLabels(onlineWords[language], label);
    const original = onlineWords[language];
    // The variant renders the same notice with its labels retyped.
    const webmail = Object.entries(original).reduce((text, [key, value]) => (typeof value === 'string' ? text.split(value).join(words[key as keyof OnlineWords] as string) : text),
      exchangeOnlineNotice(recipient, options, language).webmail);
    expect(diagnosisOf(await decode(webmail))).toEqual(diagnosisOf(await decode(englishWebmail)));
  });

  test.each(textVariants)('$name', async ({text}) => {
    const webmail = text(exchangeOnlineNotice(recipient, options, language).webmail);
    expect(diagnosisOf(await decode(webmail))).toEqual(diagnosisOf(await decode(englishWebmail)));
  });
});

describe.each(notFoundLanguages)('Gmail\'s "Address not found" in %s, in the typography it may come in', (language) => {
  const recipient = {address: 'alice@example.com', reply: '550 5.1.1 The email account that you tried to reach does not exist.'};
  const options = {remoteHost: 'mx.example.net', remoteIp: defaultRemoteIp, original: plainOriginal};
  const englishWebmail = gmailNotice([recipient], options).webmail;

  test.each([
    ...textVariants,
    {name: 'its reply heading with a full-width colon', text: (text: string) => {
      const response: string | undefined = (notFoundWords[language] as {response?: string}).response;
      return response === undefined ? text : text.replace(response, response.replace(/\s*:$/, '：'));
    }},
  ])('$name', async ({text}) => {
    const webmail = text(gmailNotice([recipient], options, language).webmail);
    expect(diagnosisOf(await decode(webmail))).toEqual(diagnosisOf(await decode(englishWebmail)));
  });
});

/** An ordinary message from a person, as a raw message. */
function personalMessage(subject: string, body: string): string {
  return [
    'From: Jonas Beispiel <jonas@example.de>',
    'To: Anna <anna@example.org>',
    `Subject: =?utf-8?B?${Buffer.from(subject, 'utf8').toString('base64')}?=`,
    'Date: Mon, 2 Mar 2026 10:00:00 +0100',
    'Message-ID: <20260302100000.1@example.de>',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
  ].join('\n');
}

describe('ordinary mail that names a notice\'s words is not a notice', () => {
  const mails = [
    {
      name: 'a German mail about a status code and a reported error',
      subject: 'Fehler im Statuscode-Dashboard',
      body: 'Hallo Anna,\n\nder Statuscode der Schnittstelle ist seit gestern falsch.\nGemeldeter Fehler: Anmeldung schlägt fehl, siehe Ticket von anna@example.org.\nDie Datei konnte nicht übermittelt werden.\n\nViele Grüße\nJonas',
    },
    {
      name: 'a French mail about a status code and a reported error',
      subject: 'Erreur signalée sur le portail',
      body: 'Bonjour,\n\nCode d\u2019état\u00a0: inconnu depuis la mise à jour.\nErreur signalée\u00a0: la page ne s\u2019affiche plus pour claire@example.fr.\nLe fichier n\u2019a pas pu être remis à temps.\n\nCordialement,\nJonas',
    },
    {
      name: 'a Japanese mail about a status code and a reported error',
      subject: '状態コードのエラーについて',
      body: 'お疲れ様です。\n\n状態コード：不明\n報告されたエラー：ログインできません。詳細は tanaka@example.jp に確認してください。\n\nよろしくお願いします。',
    },
    {
      name: 'a Dutch mail about a status code',
      subject: 'Statuscode van de website',
      body: 'Hoi Anna,\n\nStatuscode: onbekend. Gerapporteerde fout: de pagina laadt niet voor piet@example.nl.\n\nGroet,\nJonas',
    },
  ];

  test.each(mails)('$name, as text', ({body}) => {
    return decode(body).then((result) => expect(diagnosisOf(result)).toEqual({kind: 'none', recipients: []}));
  });

  test.each(mails)('$name, as a raw message', async ({subject, body}) => {
    expect(diagnosisOf(await decode(personalMessage(subject, body)))).toEqual({kind: 'none', recipients: []});
  });
});

/** A text whose UTF-8 a page or a paste bin read as Windows-1252 ("couldnâ€™t", "signalÃ©e"), as pasted from there. */
function readAsWindows1252(text: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
}

describe('a localized notice whose UTF-8 was read as Windows-1252 decodes as the notice itself', () => {
  const exchangeCases = onlineLanguages.flatMap((language) => exchangeReplies.slice(0, 6).map((spec, index) => ({name: `Exchange Online, ${language}`, language, spec, address: addresses[index % addresses.length]!})));
  test.each(exchangeCases)('$name: $spec.reply', async ({language, spec, address}) => {
    const text = exchangeOnlineNotice({address, reply: spec.reply}, optionsFor(spec), language, true).webmail;
    const garbled = readAsWindows1252(text);
    expect(garbled === text).toBe(!/[^\t\n\x20-\x7e]/.test(text));
    expect(diagnosisOf(await decode(garbled))).toEqual(diagnosisOf(await decode(text)));
  });

  const gmailCases = notFoundLanguages.flatMap((language) => notFoundReplies.slice(0, 4).map((spec, index) => ({name: `Gmail, ${language}`, language, spec, address: addresses[index % addresses.length]!})));
  test.each(gmailCases)('$name: $spec.reply', async ({language, spec, address}) => {
    const text = gmailNotice([{address, reply: spec.reply}], optionsFor(spec), language, true).webmail;
    expect(diagnosisOf(await decode(readAsWindows1252(text)))).toEqual(diagnosisOf(await decode(text)));
  });

  test.each([
    ['Portuguese words that hold an Ã', 'bob@example.org: 550 5.1.1 SÃO PAULO não recebe'],
    ['a character beyond Windows-1252 beside the sequence', 'bob@example.org: 550 5.1.1 Ã© 配信不能'],
  ])('%s stay as they are', async (_name, text) => {
    expect((await decode(text)).recipients[0]?.diagnostic).toBe(text);
  });
});

/**
 * Gmail's other notices in the languages their words were seen in (src/rules/mta/gmail.ts cites
 * each): the delay ("Delivery incomplete") in Russian, Chinese, French and Japanese, and the
 * "Message not delivered" failure in French, around temporary and permanent replies. A delay
 * notice says the server still retries whatever class its reply has; a failure notice says it gave up.
 */
const gmailOtherNotices = {
  'ru delay': (rcpt: string, reply: string) => `** Пока не доставлено **\n\nПри доставке сообщения получателю ${rcpt} возникла временная ошибка. Gmail будет повторять попытки в течение 46 ч.\n\nОтвет удаленного сервера:\n${reply}\n`,
  'zh delay': (rcpt: string, reply: string) => `发生临时性问题，无法将您的邮件递送至 ${rcpt}。在接下来的 47 小时内，Gmail 会重新尝试递送。如果邮件始终无法递送，系统会通知您。\n\n以下为远程服务器的响应：\n${reply}\n`,
  'fr delay': (rcpt: string, reply: string) => `** Message non distribué **\n\nUn problème temporaire est survenu lors de la distribution de votre message à ${rcpt}.\n\nRéponse du serveur distant :\n${reply}\n`,
  'ja delay': (rcpt: string, reply: string) => `** 配信未完了 **\n\n${rcpt} へのメールの配信中に一時的な問題が発生しました。Gmail は 46 時間再試行し、配信できなかった場合はお知らせします。\n\n応答:\n\n${reply}\n`,
  'fr failure': (rcpt: string, reply: string) => `** Message non distribué **\n\nUn problème est survenu lors de la distribution de votre message à ${rcpt}.\n\nRéponse du serveur distant :\n${reply}\n`,
} as const;

describe('Gmail\'s delay and "Message not delivered" notices in other languages', () => {
  const replies = ['421 4.7.0 Try again later, closing connection.', '452 4.2.2 The email account that you tried to reach is over quota.', '550 5.7.1 Relaying denied.'];
  const cases = Object.entries(gmailOtherNotices).flatMap(([name, render]) => replies.map((reply) => ({name, reply, text: render('alice@example.com', reply)})));
  test.each(cases)('$name | $reply', async ({name, reply, text}) => {
    const result = await decode(text);
    const delay = name.endsWith('delay');
    expect(result.kind).toBe(delay ? 'delay' : 'bounce');
    expect(result.recipients.map((found) => [found.recipient, found.replyCode?.code])).toEqual([['alice@example.com', reply.slice(0, 3)]]);
    if (delay) expect(result.recipients[0]!.permanent).toBe(false);
  });
});

/**
 * Exchange's NDR in Russian (the classic layout, as src/rules/mta/exchange.ts cites it), pasted
 * alone or under its subject, around replies of both classes (Exchange gives up on a 4.4.7 expiry or
 * a lost connection as on a 5xx): the notice says the message was returned, so it is a bounce.
 */
describe('Exchange\'s NDR in Russian', () => {
  const russian = (rcpt: string, reply: string) => [
    'Не удалось выполнить доставку следующим получателям или группам:', '', rcpt, '',
    'Попытайтесь повторно отправить это сообщение позже или обратитесь к получателю напрямую.', '', '',
    'Диагностические сведения для администраторов:', '', 'Формирующий сервер: mail.example.net', '', rcpt, `#${reply} ##`, '',
  ].join('\n');
  test.each([
    ['a mailbox full, permanent', '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException', 'mailboxfull', true],
    ['a lost connection, given up', '< #4.4.2 X-Postfix; lost connection with mx.example.org[192.0.2.25] while receiving the initial server greeting> #SMTP#', 'networkerror', false],
    ['an expiry after a temporary reply', '550 4.4.7 QUEUE.Expired; message expired', 'expired', false],
  ])('the Russian classic layout: %s', async (_name, reply, reason, permanent) => {
    for (const text of [russian('alice@example.com', reply), `Тема: Не удается доставить: Отчёт\n${russian('alice@example.com', reply)}`]) {
      const result = await decode(text);
      expect(result.kind).toBe('bounce');
      expect(result.recipients.map((found) => [found.recipient, found.reason.id, found.permanent])).toEqual([['alice@example.com', reason, permanent]]);
    }
  });

});

/**
 * Exchange's user information alone, in the recipient's language, as a person copies it from the
 * top of the NDR (no diagnostic part): its words for a full mailbox say the cause.
 */
describe('Exchange\'s user information for a full mailbox, in other languages', () => {
  test.each([
    ['German', 'Ihre Nachricht konnte nicht zugestellt werden.\nalice@example.com (alice@example.com)\nDas Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen.', 'mailboxfull'],
    ['Spanish', 'No se ha podido realizar la entrega a estos destinatarios o listas de distribución:\nalice@example.com\nEl buzón del destinatario está lleno y no puede aceptar mensajes.', 'mailboxfull'],
    // The same words about another mailbox name no full mailbox of the recipient's.
    ['German, the sender\'s own mailbox', 'Ihr Postfach ist fast voll.\nalice@example.com', undefined],
  ])('%s', async (_name, text, reason) => {
    const result = await decode(text);
    expect(result.recipients.map((found) => found.reason.id)).toEqual(reason === undefined ? [] : [reason]);
  });
});

/**
 * Exchange Online's "<server> rejected your message to the following email addresses" NDR in
 * German (src/rules/mta/exchange.ts cites its record), around replies of several kinds: it decodes
 * as its English twin.
 */
describe('Exchange Online\'s "rejected your message" NDR in German decodes as its English twin', () => {
  const render = (german: boolean, rcpt: string, reply: string) => [
    `mx.example.org ${german ? 'hat Ihre Nachricht an die folgenden E-Mail-Adressen zurückgewiesen.' : 'rejected your message to the following email addresses:'}`, '',
    `${rcpt} (${rcpt})`, '',
    german ? 'Ihre Nachricht konnte nicht zugestellt werden.' : 'Your message couldn\'t be delivered.', '',
    german ? 'Für E-Mail-Administratoren' : 'For email admins', '', '',
    `mx.example.org ${german ? 'hat diesen Fehler ausgegeben:' : 'gave this error:'}`, reply, '',
  ].join('\n');
  test.each([
    '550 5.1.1 <alice@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
    '<alice@example.com>: Recipient address rejected: Message rejected due to: SPF fail - not authorized.',
    '452 4.2.2 Mailbox full',
    '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
  ])('%s', async (reply) => {
    const german = await decode(render(true, 'alice@example.com', reply));
    expect(german.kind).toBe('bounce');
    expect(diagnosisOf(german)).toEqual(diagnosisOf(await decode(render(false, 'alice@example.com', reply))));
  });
});
