import type {MtaFamily} from '../types.ts';

const gmx = 'sisimai/rb-sisimai lib/sisimai/lhost/gmx.rb (secondary: wording seen in the wild)';
const einsUndEins = 'sisimai/rb-sisimai lib/sisimai/lhost/einsundeins.rb (secondary: wording seen in the wild)';
const ionosHelp = 'IONOS Help, "Error Messages Caused by Undeliverable Email" (ionos.com/help/email/troubleshooting-mail-basicmail-business/error-messages-caused-by-undeliverable-email; ionos.de "Fehlermeldungen bei unzustellbarer E-Mail"): "Your message couldn\'t be delievered to all recipients. The following recipients are not reachable: \'<rcpt>\' 550 must be authenticated"';

/** GMX, WEB.DE and 1&1 (United Internet): notices written by their own outbound servers. */
export default {
  id: 'gmx',
  name: 'GMX / WEB.DE / 1&1 (United Internet)',
  source: 'https://postmaster.gmx.com/en/error-messages (reply structure); sisimai/rb-sisimai lib/sisimai/lhost/gmx.rb, einsundeins.rb (secondary, notice layout)',
  senders: [
    {text: '"mail delivery system"', source: `${einsUndEins}: From starts with "\\"Mail Delivery System\\""`},
  ],
  subjects: [
    {text: 'mail delivery failed: returning message to sender', source: `${einsUndEins}: Subject; also GMX per reference mta-sources.md §22`},
  ],
  headers: [
    {text: 'x-gmx-antispam', source: `${gmx}: required header (also carried by other mail GMX handled)`},
  ],
  bodyMarkers: [
    {text: 'this message was created automatically by mail delivery software', source: `${gmx}, ${einsUndEins}: StartingOf`},
    {text: 'your message couldn\'t be delievered to all recipients', source: `${ionosHelp}: the notice's opening, its spelling`},
  ],
  recipientHeadings: [
    {text: 'the following recipients are not reachable:', source: `${ionosHelp}: "The following recipients are not reachable: '<rcpt>' <reply>"`},
  ],
  replyIntroductions: [
    {text: 'smtp error from remote server after', source: `${gmx}: "SMTP error from remote server after RCPT command:" / "host: <host>" / "<reply>"`},
    {text: 'smtp error from remote server for', source: `${einsUndEins}: "SMTP error from remote server for TEXT command, host: <host> reason: <reply>"`},
  ],
  permanent: [
    {text: 'this is a permanent error. the following address failed:', source: `${gmx}: "This is a permanent error. The following address / failed:"`},
    {text: 'delivery retry timeout exceeded', source: `${gmx}: "Reason:" / "delivery retry timeout exceeded"`},
    {text: 'mail delivery failed: returning message to sender', source: `${einsUndEins}: Subject; also GMX per reference mta-sources.md §22`},
  ],
  stages: [
    {text: 'smtp error from remote server after rcpt command', stage: 'RCPT TO', source: gmx},
    {text: 'smtp error from remote server for text command', stage: 'DATA', source: `${einsUndEins}: TEXT is read as DATA`},
  ],
  originalMessageMarkers: [
    {text: '--- the header of the original message is following. ---', source: `${gmx}, ${einsUndEins}: ReBackbone`},
  ],
} satisfies MtaFamily;
