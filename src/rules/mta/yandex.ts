import type {MtaFamily} from '../types.ts';

const yandexRb = 'sisimai/rb-sisimai lib/sisimai/lhost/yandex.rb (secondary: wording seen in the wild)';
const yandexHelp = 'https://yandex.com/support/mail/bounces/yandex.html and https://yandex.com/support/mail/bounces/other.html (bounces come from Mailer-Daemon; read the Diagnostic Code)';

/** Yandex Mail: Postfix templates (see postfix.ts) with Yandex's own host, sender and headers. */
export default {
  id: 'yandex',
  name: 'Yandex Mail',
  source: `${yandexHelp}; secondary: ${yandexRb}`,
  senders: [
    {text: 'mailer-daemon@yandex.ru', source: `${yandexRb}: From == 'mailer-daemon@yandex.ru'`},
  ],
  headers: [
    {text: 'x-yandex-uniq', source: `${yandexRb}: notice detected by header X-Yandex-Uniq`},
    {text: 'x-yandex-queue-id', source: `${yandexRb}: header comment "X-Yandex-Queue-ID: 367D79E130D"`},
    {text: 'x-yandex-sender', source: `${yandexRb}: header comment "X-Yandex-Sender: rfc822; ..."`},
  ],
  bodyMarkers: [
    {text: 'this is the mail system at host yandex.ru.', source: `${yandexRb}: StartingOf[:message]`},
  ],
} satisfies MtaFamily;
