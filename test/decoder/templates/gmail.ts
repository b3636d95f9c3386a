/**
 * Gmail / Google Workspace notices, current layout: failure ("** Address not found **",
 * "** Message not delivered **") and delay ("** Delivery incomplete **" ... "Gmail will retry for
 * N more hours").
 *
 * Source: Google's own pages for sender and subject (support.google.com/mail/answer/6596:
 * "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification
 * (Failure)"); the layout from samples and sisimai gmail.rb / gsuite.rb, as recorded in
 * shared/reference/mta-sources.md §18 and ndr-formats.md §1: the "** ... **" headings, "Your message
 * wasn't delivered to <rcpt> because the address couldn't be found, or is unable to receive mail.",
 * "The response from the remote server was:", the delay sentence "There was a temporary problem
 * delivering your message to <rcpt>. Gmail will retry for N more hours. You'll be notified if the
 * delivery fails permanently.", the subject "Delivery Status Notification (Delay)", the report's
 * "Reporting-MTA: dns; googlemail.com" and "X-Original-Message-ID:". Gmail shows a multi-line reply
 * on one line. "There was a problem delivering your message to <rcpt>." is the heading text of
 * "Message not delivered" in samples.
 */
import {
  arrivalDate, deliveryStatus, diagnosticField, type FamilyTemplate, field, joinedReply, message, multipart, noticeDate,
  parseReply, quotedPrintable, type Rendered, type RenderOptions, sender, statusOrGeneric, type TemplateRecipient,
} from './common.ts';

const boundary = '000000000000a1b2c3d4e5f60718';

/**
 * "** Message blocked **" heads a refusal for policy ("Your message to <rcpt> has been blocked. See
 * technical details below for more information."), as notices quoted in public show it (the
 * qemu-devel list, 2023, over a Microsoft 365 "Access denied"; repositories' fixtures over Gmail's
 * own spam block and Mimecast's security policies). Which replies Gmail heads so is its own choice:
 * here, those of an enhanced code of the security or policy subject (X.7.X).
 */
function failureBlock(recipient: TemplateRecipient): string {
  const reply = parseReply(recipient.reply);
  const notFound = reply.status === '5.1.1';
  const blocked = reply.status?.startsWith('5.7.') === true;
  const [heading, sentence, help] = notFound
    ? ['** Address not found **', `Your message wasn't delivered to ${recipient.address} because the address couldn't be found, or is unable to receive mail.`, '6596']
    : blocked
      ? ['** Message blocked **', `Your message to ${recipient.address} has been blocked. See technical details below for more information.`, '7720']
      : ['** Message not delivered **', `There was a problem delivering your message to ${recipient.address}. See the technical details below, or try resending in a few minutes.`, '7720'];
  return [
    heading,
    '',
    sentence,
    '',
    `Learn more here: https://support.google.com/mail/answer/${help}`,
    '',
    'The response from the remote server was:',
    joinedReply(recipient.reply),
  ].join('\n');
}

/** The lines of Gmail's "Address not found" block in one language. */
interface NotFoundBlockWords {
  readonly heading: string;
  readonly sentence: (recipient: string) => string;
  readonly learnMore?: string;
  /** The line over the remote reply; absent where no copy in the language showed it, and the reply follows the sentence. */
  readonly response?: string;
}

/** The help link of Gmail's "Address not found" notice (the German one's). */
const helpLink = 'https://support.google.com/mail/?p=NoSuchUser';

/**
 * Gmail's "Address not found" block in the languages Gmail writes it in (the sender's account
 * language; subject, sender and the remote reply stay English), each from where it was seen:
 * German from deltachat/deltachat-core-rust test-data/message/gmail_ndn.eml, a notice received in
 * 2020 ("** Die Adresse wurde nicht gefunden **", "Ihre Nachricht wurde nicht an ... zugestellt,
 * weil ...", "Hier erfahren Sie mehr:", "Antwort:"); Spanish from a notice received in 2018 and
 * kept whole in a public repository's data dump ("** No se ha encontrado la dirección **", "Tu
 * mensaje no se ha entregado a ... porque ...", "Encontrarás más información en el siguiente
 * enlace:", "La respuesta fue:"); Portuguese from two public repositories' tests, which copy its
 * heading without asterisks and its sentence, and the reply's heading in English; French, Italian
 * and Japanese from public
 * repositories' test fixtures that copy such notices (src/rules/mta/gmail.ts cites them), not
 * confirmed from a Google page. Japanese was seen flattened to one line: its heading's asterisks
 * are the English layout's. The fixtures were trimmed of the help link every Gmail notice carries
 * (the English and the German one do): its words in those languages unseen, the link stands alone.
 */
export const notFoundWords = {
  de: {
    heading: '** Die Adresse wurde nicht gefunden **',
    sentence: (recipient: string) => `Ihre Nachricht wurde nicht an ${recipient} zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann.`,
    learnMore: 'Hier erfahren Sie mehr: https://support.google.com/mail/?p=NoSuchUser',
    response: 'Antwort:',
  },
  fr: {
    heading: '** Adresse introuvable **',
    sentence: (recipient: string) => `Votre message n'a pas pu être envoyé à ${recipient}, car l'adresse est introuvable ou ne peut pas recevoir de messages.`,
    learnMore: helpLink,
    response: 'La réponse était\u00a0:',
  },
  it: {
    heading: '** Indirizzo non trovato **',
    sentence: (recipient: string) => `Il tuo messaggio non è stato recapitato a ${recipient} perché l'indirizzo risulta inesistente o non può ricevere email.`,
    learnMore: helpLink,
    response: 'La risposta del server remoto è:',
  },
  es: {
    heading: '** No se ha encontrado la dirección **',
    sentence: (recipient: string) => `Tu mensaje no se ha entregado a ${recipient} porque no se ha encontrado la dirección o esta no puede recibir correo.`,
    learnMore: 'Encontrarás más información en el siguiente enlace: https://support.google.com/mail/?p=NoSuchUser',
    response: 'La respuesta fue:',
  },
  pt: {
    heading: 'Endereço não encontrado',
    sentence: (recipient: string) => `Sua mensagem não foi entregue a ${recipient} porque o endereço não foi encontrado ou não pode receber e-mails.`,
    learnMore: helpLink,
    response: 'The response was:',
  },
  ja: {
    heading: '** アドレス不明 **',
    sentence: (recipient: string) => `アドレスが見つからなかったか、メールを受信できないアドレスであるため、メールは ${recipient} に配信されませんでした。`,
    learnMore: helpLink,
    response: 'リモート サーバーからの応答:',
  },
  // Russian, Chinese, Polish and Korean from the records src/rules/mta/gmail.ts cites (a user's
  // paste of the Korean web view, which keeps no reply; its heading without asterisks).
  ru: {
    heading: '** Адрес не найден **',
    sentence: (recipient: string) => `Сообщение не доставлено, так как адрес ${recipient} не найден или не принимает входящие письма.`,
    learnMore: helpLink,
    response: 'Ответ удаленного сервера:',
  },
  zh: {
    heading: '** 找不到地址 **',
    sentence: (recipient: string) => `由于系统找不到电子邮件地址 ${recipient}，或该地址无法接收邮件，因此无法递送您的邮件。`,
    learnMore: `了解详情 ${helpLink}`,
    response: '响应如下：',
  },
  pl: {
    heading: 'Nie znaleziono adresu',
    sentence: (recipient: string) => `Wiadomość nie została dostarczona, ponieważ nie znaleziono adresu odbiorcy (${recipient}) lub odbiorca nie może odebrać wiadomości.`,
    learnMore: helpLink,
    response: 'Odpowiedź otrzymana z serwera zdalnego:',
  },
  ko: {
    heading: '주소를 찾을 수 없음',
    sentence: (recipient: string) => `${recipient} 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다.`,
    learnMore: helpLink,
  },
} as const satisfies Record<string, NotFoundBlockWords>;

export type NotFoundLanguage = keyof typeof notFoundWords;

function localizedFailureBlock(recipient: TemplateRecipient, language: NotFoundLanguage): string {
  const words: NotFoundBlockWords = notFoundWords[language];
  return [
    words.heading, '', words.sentence(recipient.address), '', ...(words.learnMore ? [words.learnMore, ''] : []), ...(words.response ? [words.response] : []), joinedReply(recipient.reply),
  ].join('\n');
}

function delayBlock(recipient: TemplateRecipient): string {
  return [
    '** Delivery incomplete **',
    '',
    `There was a temporary problem delivering your message to ${recipient.address}. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.`,
    '',
    'The response from the remote server was:',
    joinedReply(recipient.reply),
  ].join('\n');
}

/**
 * How a notice is rendered: failure or delay, its language (English when left out), whether it
 * carries a delivery-status part, and whether its text is quoted-printable (as a notice in a
 * language beyond ASCII is; an English one is too when it is the twin of one).
 */
interface Layout {
  readonly delay: boolean;
  readonly language?: NotFoundLanguage;
  readonly withReport?: boolean;
  readonly quoted?: boolean;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions, {delay, language, withReport = true, quoted = language !== undefined}: Layout): Rendered {
  const block = (recipient: TemplateRecipient): string => (delay ? delayBlock(recipient) : language ? localizedFailureBlock(recipient, language) : failureBlock(recipient));
  const text = `\n${recipients.map(block).join('\n\n\n')}\n`;
  const report = deliveryStatus(
    ['Reporting-MTA: dns; googlemail.com', `Arrival-Date: ${arrivalDate}`, 'X-Original-Message-ID: <20260302095800.4AB12C0FFEE@example.org>'],
    recipients.map((recipient) => [
      `Final-Recipient: rfc822; ${recipient.address}`,
      `Action: ${delay ? 'delayed' : 'failed'}`,
      `Status: ${statusOrGeneric(parseReply(recipient.reply))}`,
      `Remote-MTA: dns; ${options.remoteHost}. (${options.remoteIp}, the server for the domain ${recipient.address.split('@')[1]}.)`,
      diagnosticField(joinedReply(recipient.reply)),
      `Last-Attempt-Date: ${noticeDate.replace('+0000', '-0800 (PST)')}`,
      ...(delay ? ['Will-Retry-Until: Wed, 4 Mar 2026 09:58:00 -0800 (PST)'] : []),
    ]),
  );
  const body = multipart(boundary, [
    !quoted
      ? {headers: ['Content-Type: text/plain; charset="UTF-8"'], body: text}
      : {headers: ['Content-Type: text/plain; charset="UTF-8"', 'Content-Transfer-Encoding: quoted-printable'], body: quotedPrintable(text)},
    ...(withReport ? [{headers: ['Content-Type: message/delivery-status'], body: report}] : []),
    {headers: ['Content-Type: message/rfc822'], body: options.original},
  ]);
  const raw = message([
    'Return-Path: <>',
    `Received: by mx.example.com with SMTP id a11csp123456wrb; ${noticeDate}`,
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    `To: ${sender}`,
    ...(delay ? [] : [field('X-Failed-Recipients', recipients.map((recipient) => recipient.address).join(', '))]),
    `Subject: Delivery Status Notification (${delay ? 'Delay' : 'Failure'})`,
    'References: <20260302095800.4AB12C0FFEE@example.org>',
    'In-Reply-To: <20260302095800.4AB12C0FFEE@example.org>',
    'Message-ID: <69a5a0b0.050a0220.1234.abcd.GMR@mx.example.com>',
    `Date: ${noticeDate}`,
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    field('Content-Type', withReport ? `multipart/report; boundary="${boundary}"; report-type=delivery-status` : `multipart/mixed; boundary="${boundary}"`),
  ], body);
  return {raw, webmail: text};
}

/**
 * Gmail's failure notice to `recipients`, in English (`language` left out) or in one of the
 * languages of `notFoundWords` (its "Address not found" block, whatever the reply), with or without
 * its delivery-status part; its text quoted-printable, whatever the language.
 */
export function gmailNotice(recipients: readonly TemplateRecipient[], options: RenderOptions, language?: NotFoundLanguage, withReport = true): Rendered {
  return render(recipients, options, {delay: false, language, withReport, quoted: true});
}

export const gmail: FamilyTemplate = {
  id: 'gmail',
  kind: 'bounce',
  render: (recipients, options) => render(recipients, options, {delay: false}),
  statusField: statusOrGeneric,
  hostInRaw: true,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: true,
};

export const gmailDelay: FamilyTemplate = {
  id: 'gmail-delay',
  kind: 'delay',
  render: (recipients, options) => render(recipients, options, {delay: true}),
  statusField: statusOrGeneric,
  hostInRaw: true,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: true,
};

/**
 * Gmail's legacy delay notice (until about 2015), one recipient a notice, as sisimai's
 * lib/sisimai/lhost/google.rb quotes it in its comments: "THIS IS A WARNING MESSAGE ONLY." /
 * "Delivery to the following recipient has been delayed:", the address indented, "Message will
 * be retried for 2 more day(s)", then "Technical details of temporary failure:" and Gmail's
 * sentence around the reply ("... The error that the other server returned was: 450 450 4.2.2
 * ..."), no delivery-status part, and "----- Original message -----" above the original.
 */
function renderLegacyDelay(recipients: readonly TemplateRecipient[], options: RenderOptions): Rendered {
  const [recipient] = recipients as [TemplateRecipient];
  const reply = joinedReply(recipient.reply);
  const text = [
    'This is an automatically generated Delivery Status Notification',
    '',
    'THIS IS A WARNING MESSAGE ONLY.',
    '',
    'YOU DO NOT NEED TO RESEND YOUR MESSAGE.',
    '',
    'Delivery to the following recipient has been delayed:',
    '',
    `     ${recipient.address}`,
    '',
    'Message will be retried for 2 more day(s)',
    '',
    'Technical details of temporary failure:',
    'Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: '
      + `${reply.slice(0, 3)} ${reply} (state 14).`,
    '',
  ].join('\n');
  const raw = message([
    'Return-Path: <>',
    `Received: by 10.114.1.2 with SMTP id a11csp123456wrb; ${noticeDate}`,
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    `To: ${sender}`,
    'Subject: Delivery Status Notification (Delay)',
    'Message-ID: <69a5a0b0.050a0220.1234.abcd.GMR@mx.example.com>',
    `Date: ${noticeDate}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=ISO-8859-1',
  ], `${text}\n----- Original message -----\n\n${options.original}`);
  return {raw, webmail: text};
}

export const gmailLegacyDelay: FamilyTemplate = {
  id: 'gmail-legacy-delay',
  kind: 'delay',
  render: renderLegacyDelay,
  hostInRaw: false,
  hostInWebmail: false,
  replyInWebmail: true,
  multipleRecipients: false,
};
