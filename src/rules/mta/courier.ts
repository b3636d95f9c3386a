import type {MtaFamily} from '../types.ts';

const dsn = 'svarshavchik/courier courier/courier/module.dsn/dsn.C (dodsn, format_del_info: "     <host>:", " >>> <sent>", " <<< <reply>", " *** <error>")';
const header = 'svarshavchik/courier courier/courier/module.dsn/dsnheader.txt.in';
const failed = 'svarshavchik/courier courier/courier/module.dsn/dsnfailed.txt';
const delayed = 'svarshavchik/courier courier/courier/module.dsn/dsndelayed.txt';
const deliveryLog = 'svarshavchik/courier courier/courier/libs/comctlfile.c (ctlfile_append_reply: a delivery is logged as "id=<id>,from=<sender>,addr=<rcpt>: <reply line>", then "id=<id>,from=<sender>,addr=<rcpt>,status: failure | deferred | success")';
const sent = 'svarshavchik/courier courier/courier/module.esmtp/esmtpclient.c (sent(): the command logged before the reply; parsedatareply logs "DATA" for both DATA replies); shape " >>> RCPT TO:<rcpt>" per reference mta-sources.md §5';

/** Courier MTA (the default dsn*.txt templates, which a site may edit). */
export default {
  id: 'courier',
  name: 'Courier MTA',
  source: 'svarshavchik/courier: courier/courier/module.dsn/dsn.C and dsn*.txt, courier/courier/libs/comdsn.C, courier/courier/module.esmtp/esmtpclient.c',
  senders: [
    {text: 'courier mail server at', source: 'svarshavchik/courier courier/courier/libs/comdsn.C (config_dsnfrom: "Courier mail server at ~ <@>")'},
  ],
  subjects: [
    {text: 'notice: mail delivery status.', source: 'svarshavchik/courier courier/courier/module.dsn/dsnsubjectnotice.txt'},
    {text: 'warning: delayed mail.', source: 'svarshavchik/courier courier/courier/module.dsn/dsnsubjectwarn.txt'},
  ],
  bodyMarkers: [
    {text: 'this is a delivery status notification from', source: header},
    {text: 'running the courier mail server, version', source: header},
    {text: 'the original message was received on', source: header},
  ],
  recipientLeadIns: [
    {text: '>>> rcpt to:<', source: sent},
    {text: ',addr=<', source: `${deliveryLog}: the recipient, after the sender's from=<...>`},
  ],
  replyIntroductions: [
    {text: '<<< ', source: dsn},
  ],
  permanent: [
    {text: ',status: failure', source: deliveryLog},
    {text: 'your message to the following recipients cannot be delivered:', source: failed},
  ],
  temporary: [
    {text: ',status: deferred', source: deliveryLog},
    {text: 'delays in delivering your message', source: delayed},
    {text: 'this is an advisory notice only; it is sent only to notify you about a temporary delay', source: delayed},
    {text: 'additional attempts to deliver your message will be made.', source: delayed},
    {text: 'warning: delayed mail.', source: 'svarshavchik/courier courier/courier/module.dsn/dsnsubjectwarn.txt'},
  ],
  stages: [
    {text: '>>> mail from:<', stage: 'MAIL FROM', source: sent},
    {text: '>>> rcpt to:<', stage: 'RCPT TO', source: sent},
    {text: '>>> data', stage: 'DATA', source: sent},
  ],
  originalMessageMarkers: [
    {text: 'the original message follows as a separate attachment.', source: 'svarshavchik/courier courier/courier/module.dsn/dsnfooter.txt'},
  ],
  // Its delivery log's verdict of a recipient the next hop or the mailbox accepted.
  delivered: [
    {text: ',status: success', source: deliveryLog},
  ],
} satisfies MtaFamily;
