import type {MtaFamily} from '../types.ts';

const yandexRb = 'sisimai/rb-sisimai lib/sisimai/lhost/yandex.rb (secondary: wording seen in the wild)';
/** Yandex's own notice template, Russian then English, as a public repository keeps it (secondary: wording seen in the wild). */
const yandexTemplate = 'Yandex\'s notice template as a public repository keeps it (a Postfix bounce template file, failure_template and success_template, From mailer-daemon@yandex.ru, Subject "Недоставленное сообщение"): "Это письмо отправлено почтовым сервером $mydomain." / "К сожалению, мы вынуждены сообщить Вам о том, что Ваше письмо не может" / "быть отправлено одному или нескольким адресатам. Технические подробности можно найти ниже." / "**********" / the English Postfix text; the success template "Письмо успешно доставлено" / "Ваше письмо было успешно доставлено указанному адресату (или адресатам," (repository not named by the search index; its subject is the one a tool reading a Yandex inbox selects bounces by, and its opening the one Yandex\'s own test of a notice\'s first line quotes; secondary: wording seen in the wild)';
const yandexHelp = 'https://yandex.com/support/mail/bounces/yandex.html and https://yandex.com/support/mail/bounces/other.html (bounces come from Mailer-Daemon; read the Diagnostic Code)';

/** Yandex Mail: Postfix templates (see postfix.ts) with Yandex's own host, sender and headers. */
export default {
  id: 'yandex',
  name: 'Yandex Mail',
  source: `${yandexHelp}; secondary: ${yandexRb}`,
  senders: [
    {text: 'mailer-daemon@yandex.ru', source: `${yandexRb}: From == 'mailer-daemon@yandex.ru'`},
  ],
  subjects: [
    {text: 'недоставленное сообщение', language: 'ru', source: `${yandexTemplate}: the failure notice's subject ("undelivered message")`},
  ],
  headers: [
    {text: 'x-yandex-uniq', source: `${yandexRb}: notice detected by header X-Yandex-Uniq`},
    {text: 'x-yandex-queue-id', source: `${yandexRb}: header comment "X-Yandex-Queue-ID: 367D79E130D"`},
    {text: 'x-yandex-sender', source: `${yandexRb}: header comment "X-Yandex-Sender: rfc822; ..."`},
  ],
  bodyMarkers: [
    {text: 'это письмо отправлено почтовым сервером', language: 'ru', source: `${yandexTemplate}: its opening ("this message was sent by the mail server")`},
  ],
  // Its fixed lines that only the provider's own notices carry (body markers that name the writer).
  writerMarkers: [
    {text: 'this is the mail system at host yandex.ru.', source: `${yandexRb}: StartingOf[:message]`},
  ],
  permanent: [
    {text: 'к сожалению, мы вынуждены сообщить вам о том, что ваше письмо не может', language: 'ru', source: `${yandexTemplate}: "we regret to tell you that your message cannot be sent"`},
    {text: 'недоставленное сообщение', language: 'ru', source: `${yandexTemplate}: the failure notice's subject`},
  ],
  delivered: [
    // A subject, but among the words of a confirmation, not `subjects`: every family's subjects
    // mark a notice of failure or delay wherever a message is recognised.
    {text: 'письмо успешно доставлено', language: 'ru', source: `${yandexTemplate}: the success notice's subject ("message delivered")`},
    {text: 'ваше письмо было успешно доставлено указанному адресату', language: 'ru', source: `${yandexTemplate}: the success notice ("your message was delivered to the recipient")`},
  ],
} satisfies MtaFamily;
