import type {MtaFamily} from '../types.ts';

const imail = 'sisimai/rb-sisimai lib/sisimai/lhost/imailserver.rb (secondary: wording seen in the wild)';
const mailman = (file: string, seenAt: string): string => `flufl.bounce flufl/bounce/_detectors/${file}.py (GNU Mailman's bounce detectors; secondary: wording seen in the wild, ${seenAt})`;

/** Ipswitch / Progress IMail Server (SMTP32): no vendor template is public, so every text is secondary (sisimai's decoder). */
export default {
  id: 'imail',
  name: 'Ipswitch / Progress IMail',
  source: 'No public Ipswitch / Progress template or documentation of the notice text found; secondary: sisimai/rb-sisimai lib/sisimai/lhost/imailserver.rb',
  subjects: [
    {text: 'undeliverable mail', source: `${imail}: Subject "Undeliverable Mail"`},
  ],
  bodyMarkers: [
    {text: 'body of message generated response:', source: imail},
    {text: 'additional rcpt to generated following response:', source: `${imail} (ReSMTP rcpt)`},
  ],
  recipientLeadIns: [
    {text: 'unknown user:', source: `${imail}: "Unknown user: <rcpt>"`},
    {text: 'user mailbox exceeds allowed size:', source: `${imail}: ReFailures mailboxfull, a line "<error>: <rcpt>" ("User mailbox exceeds allowed size: <rcpt>")`},
    {text: 'undeliverable to ', source: `${imail}: "undeliverable to <rcpt>"`},
    {text: 'attempts:', source: `${imail}: "Delivery failed <n> attempts: <rcpt>" (ReFailures expired: /\\ADelivery failed \\d+ attempts/); ${mailman('smtp32', 'X-Mailer: <SMTP32 v...>, an IMail host')}: address prefix "delivery failed[^:]*:"`},
    {text: 'invalid final delivery userid:', source: `${mailman('smtp32', 'X-Mailer: <SMTP32 v...>, an IMail host')}: address prefix "delivery userid[^:]*:"; the full words from ${mailman('simplematch', 'andrew.ac.jp')}: "Invalid final delivery userid:", ended by IMail's "Original message follows."`},
  ],
  replyIntroductions: [
    {text: 'body of message generated response:', source: imail},
    {text: 'unexpected connection response from server:', source: `${imail} (ReSMTP conn)`},
    {text: 'unexpected response to ehlo/helo:', source: `${imail} (ReSMTP ehlo)`},
    {text: 'server response to mail from:', source: `${imail} (ReSMTP mail)`},
    {text: 'additional rcpt to generated following response:', source: `${imail} (ReSMTP rcpt)`},
    {text: 'data command generated response:', source: `${imail} (ReSMTP data)`},
  ],
  stages: [
    {text: 'smtp connection failed,', stage: 'CONNECT', source: `${imail} (ReSMTP conn)`},
    {text: 'unexpected connection response from server:', stage: 'CONNECT', source: `${imail} (ReSMTP conn)`},
    {text: 'unexpected response to ehlo/helo:', stage: 'HELO', source: `${imail} (ReSMTP ehlo)`},
    {text: 'server response to mail from:', stage: 'MAIL FROM', source: `${imail} (ReSMTP mail)`},
    {text: 'additional rcpt to generated following response:', stage: 'RCPT TO', source: `${imail} (ReSMTP rcpt)`},
    {text: 'data command generated response:', stage: 'DATA', source: `${imail} (ReSMTP data)`},
  ],
  originalMessageMarkers: [
    {text: 'original message follows.', source: `${imail}: ReBackbone "Original message follows."`},
  ],
  permanent: [
    {text: 'undeliverable mail', source: `${imail}: Subject "Undeliverable Mail"`},
    {text: 'delivery failed ', followedBy: ' attempts:', source: `${imail}: "Delivery failed <n> attempts: <rcpt>", the retries given up (ReFailures expired: /\\ADelivery failed \\d+ attempts/)`},
  ],
} satisfies MtaFamily;
