/**
 * Mail.Ru failure notice: a Russian preamble, then the text of an Exim of the era before 4.86 (no
 * MIME structure, no delivery-status part), the original after Exim's old copy marker.
 *
 * Mail.Ru publishes no template; its wording is on public record only in Sisimai's decoder, as
 * recorded in shared/reference/mta-sources.md §23:
 * - sisimai/rb-sisimai lib/sisimai/lhost/mailru.rb and sisimai/p5-sisimai lib/Sisimai/Lhost/MailRu.pm
 *   ("based on Exim"): From "mailer-daemon@…mail.ru", a Message-Id ending ".mail.ru>", the subject
 *   alternatives ("Mail delivery failed: returning message to sender" first), the preamble quoted in
 *   their comment ("Это письмо создано автоматически" / "сервером Mail.Ru, отвечать на него не" /
 *   "нужно." / "К сожалению, Ваше письмо не может" / "быть доставлено одному или нескольким" /
 *   "получателям:" / a row of asterisks), the Exim text after it ("This message was created
 *   automatically by mail delivery software.", "A message that you sent could not be delivered to
 *   one or more of its" / "recipients. This is a permanent error. The following address(es)
 *   failed:"), the recipient block ("  <rcpt>" / "    SMTP error from remote mail server after RCPT
 *   TO:<rcpt>:" / "    host <host> [<ip>]: <reply>"), the X-Failed-Recipients header, and the copy
 *   marker "------ This is a copy of the message, including all the headers. ------";
 * - the message "SMTP error from remote mail server after RCPT TO:<rcpt>: host <host> [<ip>]: <reply>"
 *   is the one Sisimai's Exim modules cite from Exim's transports/smtp.c; Exim/exim src/src/deliver.c
 *   `print_address_error()` prints it indented by four, starting a new line after any ": " once 45
 *   characters of the line are out, and a new line for each line of a multi-line reply;
 * - the "retry timeout exceeded" Exim appends (retry.c, as Sisimai's Exim and MailRu modules cite
 *   it) when it gives up on a temporary reply.
 * The charset and transfer encoding of the Russian text are not on record: UTF-8, 8bit here.
 */
import {
  type FamilyTemplate, field, message, noticeDate, parseReply, type Rendered, type RenderOptions, replyClass, sender,
  type TemplateRecipient,
} from './common.ts';

const mailruHost = 'f10.corp.mail.ru';

const preamble = `Это письмо создано автоматически
сервером Mail.Ru, отвечать на него не
нужно.

К сожалению, Ваше письмо не может
быть доставлено одному или нескольким
получателям:

**********************
`;

/**
 * An address's error message as Exim's print_address_error() writes it: indented by four, a new
 * line after ": " once past 45 characters (the space that follows makes the fourth of the indent),
 * a new line for each line of a multi-line reply (`\n` here, as string_printing() escapes it).
 */
function printedError(text: string): string {
  let out = '    ';
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '\n') {
      out += '\n    ';
      count = 0;
      continue;
    }
    out += char;
    count++;
    if (char === ':' && /\s/.test(text[index + 1] ?? '') && count > 45) {
      out += '\n   ';
      count = 0;
    }
  }
  return out;
}

function recipientBlock(recipient: TemplateRecipient, options: RenderOptions): string {
  const temporary = replyClass(parseReply(recipient.reply)) === '4';
  const error = `SMTP error from remote mail server after RCPT TO:<${recipient.address}>: host ${options.remoteHost} [${options.remoteIp}]: ${recipient.reply}${temporary ? ': retry timeout exceeded' : ''}`;
  return `  ${recipient.address}\n${printedError(error)}`;
}

function render(recipients: readonly TemplateRecipient[], options: RenderOptions): Rendered {
  const text = `${preamble}
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

${recipients.map((recipient) => recipientBlock(recipient, options)).join('\n\n')}

------ This is a copy of the message, including all the headers. ------

${options.original}`;
  const raw = message([
    'Return-path: <>',
    'From: Mail Delivery System <mailer-daemon@corp.mail.ru>',
    `To: ${sender}`,
    field('X-Failed-Recipients', recipients.map((recipient) => recipient.address).join(', ')),
    'Subject: Mail delivery failed: returning message to sender',
    `Message-Id: <E1vAbCe-000ABD-Zz@${mailruHost}>`,
    `Date: ${noticeDate}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
  ], text);
  return {raw, webmail: text};
}

export const mailru: FamilyTemplate = {
  id: 'mailru',
  kind: 'bounce',
  render,
  hostInRaw: true,
  hostInWebmail: true,
  replyInWebmail: true,
  saysExpired: true,
  multipleRecipients: true,
};
