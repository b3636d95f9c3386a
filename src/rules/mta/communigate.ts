import type {MtaFamily} from '../types.ts';

// CommuniGate Pro (Stalker Software, now CommuniGate Systems), a mail server many ISPs and mail
// security services run (AppRiver's servers among them). Its manual documents how it names where a
// message is routed, not its notices' text; the notice's words are public records of it as received.
const routing = 'CommuniGate Pro manual, "E-Mail Transfer" (communigate.ru/CommuniGatePro/Transfer.html): "The message address routing information is presented in the following format: module(queue)address"; "the SMTP Module maintains one queue for each Internet domain" ("SMTP module(domain example.com)")';
const localModule = 'CommuniGate Pro manual, "Local Delivery Module" (communigate.ru/CommuniGatePro/Local.html): "The Local Delivery module processes messages routed to Accounts on your Server"; its records are "marked with the LOCAL tag", and a full Account suspends its "Account Queue": routed as "LOCAL module(account <name>)" in the routing format above';
const bmhSample = 'hippich/PHPMailer-BMH phpmailer-bmh_rules.php (its rule 0231 and the sample it quotes: "Failed to deliver to \'xxxxx@yourdomain.com\'" / "SMTP module(domain domain.com) reports:" / " connection with mx1.mail.domain.com is broken"; secondary: wording seen in the wild)';
const appRiverPreview = 'an AppRiver server\'s notice as a public repository\'s test data keeps its preview (From MAILER-DAEMON@server565.appriver.com, Subject "Undeliverable: <subject>": "Failed to deliver to \'<rcpt>\' SMTP module(domain aol.com) reports: message text rejected by mx-aol.mail.gm0.yahoodns.net: 552 1 Requested mail action aborted, mailbox not found"; repository not named by the search index; secondary: wording seen in the wild)';

/**
 * CommuniGate Pro's notice: for each recipient, "Failed to deliver to '<rcpt>'", then the module
 * and queue that tried ("SMTP module(domain <domain>) reports:") and what it met: the remote
 * server's reply after the host that gave it ("message text rejected by <host>: <reply>"), or a
 * failure of its own ("connection with <host> is broken").
 */
export default {
  id: 'communigate',
  name: 'CommuniGate Pro',
  source: `${routing}; ${localModule}; ${bmhSample}; ${appRiverPreview}`,
  bodyMarkers: [
    {text: 'smtp module(domain ', source: `${routing}; ${bmhSample}`},
    {text: 'message text rejected by ', source: `${appRiverPreview}: the words before the host that refused the message and its reply`},
    {text: 'local module(account ', source: `${routing}; ${localModule}`},
  ],
  recipientLeadIns: [
    {text: 'failed to deliver to \'', source: `${bmhSample}; ${appRiverPreview}`},
  ],
  remoteServerLabels: [
    {text: 'message text rejected by ', source: `${appRiverPreview}: the remote host, then a colon and its reply`},
  ],
  permanent: [
    {text: 'failed to deliver to \'', source: `${bmhSample}; ${appRiverPreview}: the server has given up on the recipient`},
  ],
} satisfies MtaFamily;
