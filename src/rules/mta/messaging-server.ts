import type {MtaFamily} from '../types.ts';

const oracleDoc = 'Sun Java System Messaging Server 6.3 Administration Guide, 10.10 "Controlling Delivery Status Notification Messages", https://docs.oracle.com/cd/E19563-01/819-4428/bgakm/index.html';
const sisimai = 'sisimai/rb-sisimai lib/sisimai/lhost/messagingserver.rb (secondary: wording seen in the wild)';
const sympa = 'sympa-community/sympa wwsympa/Bounce.pm (anabounce, "Rapport PMDF" branch: PMDF is the ancestor of Messaging Server) (secondary: wording seen in the wild)';
const noticesDoc = 'Sun Java System Messaging Server 6.3 Administration Guide, 10.10.4.3 "To Set Notification Message Delivery Intervals", https://docs.oracle.com/cd/E19563-01/819-4428/bgakt/index.html (keywords notices, normalnotices ...: "notices 1 2 3: Transient failure status notification messages are sent after 1 and 2 days for all messages. If the message is still not delivered after 3 days, it is returned to its originator")';
const mailman = (file: string, seenAt: string): string => `flufl.bounce flufl/bounce/_detectors/${file}.py (GNU Mailman's bounce detectors; secondary: wording seen in the wild, ${seenAt})`;

/** Oracle / Sun Java System Messaging Server (iPlanet, PMDF line): Oracle names the return_*.txt templates but their text is secondary here. */
export default {
  id: 'messaging-server',
  name: 'Oracle / Sun Java System Messaging Server',
  source: `${oracleDoc}: per-language templates return_prefix.txt, return_bounced.txt, return_failed.txt, return_timedout.txt, return_delayed.txt, return_deferred.txt, return_suffix.txt, ... (contents not retrieved); wording secondary: sisimai/rb-sisimai lib/sisimai/lhost/messagingserver.rb`,
  subjects: [
    {text: 'delivery notification: ', source: `${sisimai}: Subject starts "Delivery Notification: " (e.g. "Delivery Notification: Delivery has failed")`},
  ],
  bodyMarkers: [
    {text: 'boundary_(id_', source: `${sisimai}: MIME boundary "Boundary_(ID_...)"`},
    {text: 'this report relates to a message you sent with the following header fields:', source: sisimai},
    {text: 'your message cannot be delivered to the following recipients:', source: `${sisimai}; ${sympa}`},
    {text: 'this message was undeliverable due to the following reason:', source: `${mailman('netscape', 'Netscape Messaging Server 3.6 and 4.1, the ancestor of Sun/Oracle\'s')}: the line that opens the bounce section, then "<rcpt>" lines ("Please reply to <...>" names no recipient)`},
    {text: 'your message has been enqueued and undeliverable for', source: `${sympa}: "Your message has been enqueued and undeliverable for <n> day ... to the following recipients"`},
  ],
  senderLeadIns: [
    {text: 'please reply to', source: `${mailman('netscape', 'Netscape Messaging Server 3.6 and 4.1, the ancestor of Sun/Oracle\'s')}: "Please reply to <postmaster@...>" / "if you feel this message to be in error." closes the notice, the postmaster its contact, no recipient`},
  ],
  recipientLeadIns: [
    {text: 'recipient address: ', source: `${sisimai}: "  Recipient address: <rcpt>"`},
    {text: 'original address: ', source: `${sisimai}: "  Original address: <rcpt>"`},
  ],
  replyIntroductions: [
    {text: 'diagnostic code: smtp;', source: `${sisimai}: "  Diagnostic code: smtp;<reply>"`},
  ],
  permanent: [
    {text: 'your message cannot be delivered to the following recipients:', source: sisimai},
    {text: 'this message was undeliverable due to the following reason:', source: `${mailman('netscape', 'Netscape Messaging Server 3.6 and 4.1, the ancestor of Sun/Oracle\'s')}: the line that opens the bounce section, then "<rcpt>" lines ("Please reply to <...>" names no recipient)`},
  ],
  // A message still enqueued at a notice age before the last: the transient failure warning the
  // notices keyword schedules; the server keeps trying until the last age returns the message.
  temporary: [
    {text: 'your message has been enqueued and undeliverable for', source: `${sympa}: its PMDF report "Your message has been enqueued and undeliverable for <n> day ... to the following recipients"; ${noticesDoc}`},
  ],
  headerExcerptLeadIns: [
    {text: 'this report relates to a message you sent with the following header fields:', source: `${sisimai}: the line above the returned message's "Message-id:", "Date:", "From:", "To:", "Subject:" fields, which stand above "Your message cannot be delivered to the following recipients:"`},
  ],
  stages: [
    {text: 'remote smtp server has rejected address', stage: 'RCPT TO', source: `${sisimai}: "  Reason: Remote SMTP server has rejected address"`},
  ],
} satisfies MtaFamily;
