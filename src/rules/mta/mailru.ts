import type {MtaFamily} from '../types.ts';

const sisimai = 'sisimai/rb-sisimai lib/sisimai/lhost/mailru.rb (secondary: wording seen in the wild)';
const preamble = `${sisimai}: the Russian preamble quoted before the Exim text`;
const mailruSubject = 'Mail.Ru\'s notice as two public repositories keep it: a UI test against Mail.Ru\'s web mail ("Ваше сообщение не доставлено. Mail failure." / "Это письмо создано автоматически сервером Mail.Ru, отвечать на него не нужно.") and a classifier test built from a shop\'s support inbox (the same subject; repositories not named by the search index; secondary: wording seen in the wild)';
const eximText = `${sisimai}: the Exim text quoted after the preamble (based on Sisimai::Lhost::Exim)`;

/** mail.ru: an Exim-based notice with a Russian preamble (no public template; secondary record only). */
export default {
  id: 'mailru',
  name: 'Mail.Ru',
  source: 'sisimai/rb-sisimai lib/sisimai/lhost/mailru.rb (secondary); reference mta-sources.md §23',
  senders: [
    {text: 'mailer-daemon@corp.mail.ru', source: `${sisimai}: From must match "mailer-daemon@...mail.ru"; host as observed in reference mta-sources.md §23`},
  ],
  subjects: [
    {text: 'mail failure', source: `${sisimai}: subject alternatives include "Mail failure" (observed ending ". Mail failure.")`},
    {text: 'ваше сообщение не доставлено', language: 'ru', source: mailruSubject},
  ],
  bodyMarkers: [
    {text: 'это письмо создано автоматически', language: 'ru', source: preamble},
    {text: 'ваше письмо не может быть доставлено одному или нескольким получателям', language: 'ru', source: preamble},
  ],
  // Its fixed lines that only the provider's own notices carry (body markers that name the writer).
  writerMarkers: [
    {text: 'сервером mail.ru', language: 'ru', source: preamble},
  ],
  replyIntroductions: [
    {text: 'smtp error from remote mail server after', source: eximText},
  ],
  permanent: [
    {text: 'this is a permanent error. the following address(es) failed:', source: eximText},
    {text: 'ваше сообщение не доставлено', language: 'ru', source: `${mailruSubject}: its subject ("your message was not delivered")`},
    {text: 'ваше письмо не может быть доставлено одному или нескольким получателям', language: 'ru', source: preamble},
    {text: 'a message that you sent was rejected', source: 'flufl.bounce flufl/bounce/_detectors/simplematch.py (GNU Mailman\'s bounce detectors; secondary: wording seen in the wild, mail.ru)'},
  ],
  stages: [
    {text: 'after rcpt to:', stage: 'RCPT TO', source: eximText},
  ],
  originalMessageMarkers: [
    {text: '------ this is a copy of your message', source: 'sisimai/rb-sisimai lib/sisimai/lhost/mailru.rb (secondary: the Exim-based notice of Mail.Ru: "------ This is a copy of your message, including all the headers. ------")'},
    {text: 'this is a copy of your message', source: 'flufl.bounce flufl/bounce/_detectors/simplematch.py (GNU Mailman\'s bounce detectors; secondary: wording seen in the wild, mail.ru)'},
    {text: '------ this is a copy of the message, including all the headers. ------', source: `${sisimai}: ReBackbone`},
  ],
  recipientHeadings: [
    {text: 'a message that you sent was rejected', source: 'flufl.bounce flufl/bounce/_detectors/simplematch.py (GNU Mailman\'s bounce detectors; secondary: wording seen in the wild, mail.ru)'},
  ],
} satisfies MtaFamily;
