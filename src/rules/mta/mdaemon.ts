import type {MtaFamily} from '../types.ts';

const failed = 'Obs: MDaemon PRO v10.0.4 failure notice quoted in the comments of a Java bounce parser (eris.parser.providers.MDaemonProParser, ParserMDaemonDSN; repository not identified in the code index) (secondary: wording seen in the wild)';
const delayed = 'Obs: MDaemon delay notice (2022) quoted in a support-ticket export (Jira SNB-235; repository not identified in the code index) (secondary: wording seen in the wild)';
const unknownUser = 'Obs: MDaemon PRO v13.0.5 "no such user" notice quoted in the same Java parser (eris.parser.providers.MDaemonProParser) (secondary: wording seen in the wild)';
const sympa = 'sympa-community/sympa wwsympa/Bounce.pm (anabounce, "Rapport MDaemon" branch: "<rcpt> - no such user here.") (secondary: wording seen in the wild)';
const settings = 'MDaemon help "DSN Settings" (Queues » Mail Queues/DSN » DSN Settings), https://help.mdaemon.com/MDaemon/jp/queues_dsn-options.html; English mirror of the v17.5 help: mdaemon.dutaint.co.id/mdaemon/17.5/queues_dsn-options.htm';
const mailman = (file: string, seenAt: string): string => `flufl.bounce flufl/bounce/_detectors/${file}.py (GNU Mailman's bounce detectors; secondary: wording seen in the wild, ${seenAt})`;

/** MDaemon (Alt-N / MDaemon Technologies): the vendor documents only settings (subjects are configurable), so the wording is from observed notices. */
export default {
  id: 'mdaemon',
  name: 'MDaemon',
  source: `${settings} (the transient and permanent DSN subjects are site-configurable, session transcripts can be turned off); wording from observed notices only`,
  senders: [
    {text: 'mdaemon at ', source: `${failed}: From "MDaemon at <domain>" <MDaemon@<domain>>`},
  ],
  subjects: [
    {text: 'permanent delivery failure', source: `${failed}: default permanent DSN subject (configurable: ${settings})`},
    {text: ' - user unknown!', source: `${unknownUser}: Subject "Warning: <rcpt> - User unknown!"`},
  ],
  headers: [
    {text: 'x-mddsn-message', source: `${failed}: "X-MDDSN-Message: Yes"`},
  ],
  bodyMarkers: [
    {text: 'mdaemon delivery status notification', source: `${failed}; ${delayed}: banner "MDaemon Delivery Status Notification - http://www.altn.com/dsn/"`},
    {text: '--- session transcript ---', source: `${failed}; ${delayed}`},
    {text: ' - no such user here.', source: `${unknownUser}: body line "<rcpt> - no such user here."; ${sympa}`},
  ],
  recipientLeadIns: [
    {text: 'failed address:', source: `${delayed}: "Failed address: <rcpt>"`},
  ],
  recipientHeadings: [
    {text: 'the following addresses did not receive a copy of your message:', source: `${mailman('simplematch', 'turbosport.com, "something called MDaemon 3.5.2 ???"')}: start line, then "> <rcpt>" lines up to "--- Session Transcript ---"`},
  ],
  replyIntroductions: [
    {text: ': <-- ', source: `${delayed}: transcript lines "<date> <time>: <-- <reply>" (server replies; "-->" marks the commands sent)`},
  ],
  permanent: [
    {text: 'the attached message had permanent fatal delivery errors', source: failed},
    {text: 'the attached message has been removed from the mdaemon mail queue', source: `${failed}: "After one or more unsuccessful delivery attempts the attached message has been removed from the MDaemon mail queue on this server."`},
    {text: 'your message was not delivered to one or more recipients', source: `${failed}: banner "YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS"`},
    {text: 'permanent delivery failure', source: `${failed}: default permanent DSN subject (configurable: ${settings})`},
  ],
  temporary: [
    {text: 'the attached message had temporary non-fatal delivery errors', source: delayed},
    {text: 'this is a warning message only - you do not need to resend your message', source: delayed},
    {text: 'mdaemon is configured to automatically retry delivery', source: delayed},
    {text: 'subsequent attempts to deliver this message are pending', source: delayed},
    {text: 'days left to get delivered', source: `${delayed}: transcript end "This message is 0 days old; it has 2 days left to get delivered"`},
  ],
} satisfies MtaFamily;
