import type {MtaFamily} from '../types.ts';

const notify = 'smail-3.2.0.108 src/notify.c (log_banner, addr_error_banner, text_banner, lines 61-66; "Subject: mail failed, %s" line 1052; " %s ... failed: %s" line 846), as sisimai/go-sisimai eb (FeSmail3) and sisimai/rb-sisimai lib/sisimai/lhost/deutschetelekom.rb quote it';
const telekom = 'sisimai/rb-sisimai lib/sisimai/lhost/deutschetelekom.rb (Deutsche Telekom\'s and T-Online\'s fork of Smail 3: its own banner before the returned header, " <rcpt>" then the reply indented; secondary: wording seen in the wild)';

/** Smail 3, and the fork of it that Deutsche Telekom (T-Online) runs. */
export default {
  id: 'smail',
  name: 'Smail 3 / Deutsche Telekom',
  source: `${notify}; ${telekom}`,
  senders: [
    {text: 'mailer-daemon@t-online.de', source: `${telekom}: "From: Mail Delivery System <Mailer-Daemon@t-online.de>"`},
  ],
  subjects: [
    {text: 'mail failed, ', source: notify},
  ],
  headers: [
    {text: 'x-toi-msgid', source: `${telekom}: T-Online's header "X-TOI-MSGID"`},
  ],
  bodyMarkers: [
    {text: '|------------------------- message log follows: -------------------------|', source: notify},
    {text: '|------------------------- failed addresses follow: ---------------------|', source: notify},
  ],
  recipientHeadings: [
    {text: '|------------------------- failed addresses follow: ---------------------|', source: `${notify}: each failed address on a line of its own below it`},
  ],
  permanent: [
    {text: '|------------------------- failed addresses follow: ---------------------|', source: `${notify}: the addresses the message is returned for`},
  ],
  originalMessageMarkers: [
    {text: '|------------------------- message text follows: ------------------------|', source: notify},
    {text: '|------------------------- message header follows: ----------------------|', source: telekom},
  ],
} satisfies MtaFamily;
