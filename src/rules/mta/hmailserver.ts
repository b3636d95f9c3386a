import type {MtaFamily} from '../types.ts';

// hMailServer, the Windows mail server (hmailserver/hmailserver).
const messages = 'hmailserver/hmailserver hmailserver/source/DBScripts/CreateTablesMYSQL.sql (default hm_servermessages rows SEND_FAILED_NOTIFICATION and MESSAGE_UNDELIVERABLE)';
const deliverer = 'hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPDeliverer.cpp (SubmitErrorLog_: "Subject: <MESSAGE_UNDELIVERABLE>: <subject>", the recipients\' errors in %MACRO_RECIPIENTS%)';
const client = 'hmailserver/hmailserver hmailserver/source/Server/SMTP/SMTPClientConnection.cpp (_UpdateRecipientWithError: "   Error Type: SMTP", "   Remote server (<ip>) issued an error.", "   hMailServer sent: <command>", "   Remote server replied: <reply>")';
const external = 'hmailserver/hmailserver hmailserver/source/Server/SMTP/ExternalDelivery.cpp (_CollectDeliveryResult and _RescheduleDelivery: "<rcpt>" on its own line above its error; "Tried <n> time(s)" once the retries are used up)';
const daemon = 'hmailserver/hmailserver hmailserver/source/Server/Common/Util/MailerDaemonAddressDeterminer.cpp ("mailer-daemon@<host>")';

/**
 * hMailServer: a plain text notice (its words an administrator can change) listing each failed
 * recipient on a line of its own above the error: the remote server's address, the command it
 * refused and its reply's last line.
 */
export default {
  id: 'hmailserver',
  name: 'hMailServer',
  source: `${messages}; ${deliverer}; ${client}; ${external}`,
  senders: [
    {text: 'mailer-daemon@', source: daemon},
  ],
  subjects: [
    {text: 'message undeliverable: ', source: `${deliverer}; ${messages}: "Message undeliverable"`},
  ],
  bodyMarkers: [
    {text: 'your message did not reach some or all of the intended recipients.', source: `${messages}: SEND_FAILED_NOTIFICATION's first line (Exchange's words)`},
    {text: 'error type: smtp', source: `${client}; ExternalDelivery.cpp _HandleNoRecipientServers writes it too`},
  ],
  recipientHeadings: [
    {text: 'the following recipient(s) could not be reached:', source: `${messages}: then each recipient on a line of its own (${external})`},
  ],
  replyIntroductions: [
    {text: 'remote server replied:', source: `${client}: "   Remote server replied: <reply>", the last line of the reply (InternalParseData passes over the lines whose fourth character is "-")`},
  ],
  permanent: [
    {text: 'your message did not reach some or all of the intended recipients.', source: `${messages}; ${external}: a notice is written for a recipient refused for good or whose retries are used up, never while it retries`},
  ],
  stages: [
    {text: 'hmailserver sent: rcpt to:', stage: 'RCPT TO', source: `${client}: the command the remote server refused`},
    {text: 'hmailserver sent: mail from:', stage: 'MAIL FROM', source: `${client}: the command the remote server refused (every recipient then carries the same error)`},
  ],
} satisfies MtaFamily;
