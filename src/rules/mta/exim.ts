import type {MtaFamily} from '../types.ts';

const bounce = 'Exim/exim src/src/deliver.c (deliver_message: failed-address message; send_bounce_message() in newer trees)';
const warning = 'Exim/exim src/src/deliver.c (deliver_message: delay warning; send_warning_message() in newer trees)';
const checkResponse = 'Exim/exim src/src/transports/smtp.c (check_response: "SMTP error from remote mail server after %s%s: %s", "Remote host closed connection in response to %s%s")';
const syncResponses = 'Exim/exim src/src/transports/smtp.c (sync_responses: "SMTP error from remote mail server after RCPT TO:<%s>: %s", "SMTP timeout after RCPT TO:<%s>")';
const smtpCommand = 'Exim/exim src/src/transports/smtp.c (smtp_setup_conn: smtp_command = "initial connection", then smtp_command = big_buffer, the command just sent: "EHLO <name>", "MAIL FROM:<...>", "DATA"; smtp_deliver: smtp_command = "end of data")';
const oldCopy = 'Exim/exim src/src/deliver.c before commit 50dc7409 (4.86 moved the copy into a MIME part), as quoted with line numbers (deliver.c:6423-6426) in sisimai\'s Exim module';

/** Exim 4 (and the hosts that keep its default texts: cPanel, Debian, many ISPs). */
export default {
  id: 'exim',
  name: 'Exim',
  source: 'Exim/exim: src/src/deliver.c, src/src/transports/smtp.c, src/src/retry.c, src/src/route.c (texts overridable by bounce_message_file / warn_message_file)',
  senders: [
    {text: 'mail delivery system <mailer-daemon@', source: 'Exim/exim src/src/moan.c (moan_write_from), older src/src/deliver.c: "From: Mail Delivery System <Mailer-Daemon@%s>"'},
  ],
  subjects: [
    {text: 'mail delivery failed: returning message to sender', source: `${bounce}: "Subject: Mail delivery failed%s" with ": returning message to sender"`},
    {text: 'mail delivery failed', source: `${bounce}: the subject when the bounce goes to an errors address, not the sender`},
  ],
  headers: [
    {text: 'x-failed-recipients', source: `${bounce}: "X-Failed-Recipients: "`},
  ],
  recipientHeaders: [
    {text: 'x-failed-recipients', source: `${bounce}: "X-Failed-Recipients: " then every failed address, separated by ", "`},
  ],
  bodyMarkers: [
    {text: 'this message was created automatically by mail delivery software.', source: bounce},
    {text: 'a message that you sent could not be delivered to one or more of its recipients.', source: bounce},
    {text: 'could not be delivered to one or more of its recipients. the following address(es) failed:', source: `${bounce}: "A message sent by <sender> could not be delivered ..."`},
    {text: 'the following text was generated during the delivery attempt', source: `${bounce}: pipe/file transport output`},
  ],
  recipientLeadIns: [
    {text: ' ** ', source: 'Exim/exim doc/doc-docbook/spec.xfpt, chapter "Log files": the flag "**" opens the main log line of a failed delivery ("==" a deferred one, "=>" a delivery)'},
    {text: 'after rcpt to:<', source: syncResponses},
  ],
  replyIntroductions: [
    {text: 'smtp error from remote mail server after', source: checkResponse},
    {text: 'smtp error from remote mailer after', source: 'sisimai/rb-sisimai lib/sisimai/lhost/mailru.rb, mxlogic.rb ReCommands "SMTP error from remote (?:mail server|mailer) after" (secondary: wording seen in the wild, older Exim releases)'},
  ],
  permanent: [
    {text: 'this is a permanent error. the following address(es) failed:', source: bounce},
    {text: 'retry timeout exceeded', source: 'Exim/exim src/src/retry.c (retry_update: "retry timeout exceeded", "%s: retry timeout exceeded")'},
    {text: 'all hosts have been failing for a long time and were last tried after this message arrived', source: 'Exim/exim src/src/transports/smtp.c (expired host retry: transport_return = FAIL)'},
    {text: 'retry time not reached for any host after a long failure period', source: 'Exim/exim src/src/transports/smtp.c (expired host retry with delay_after_cutoff: transport_return = FAIL)'},
    {text: 'unrouteable address', source: 'Exim/exim src/src/route.c (route_address: "Unrouteable address" when no router accepts; the address fails)'},
    {text: 'a message that you sent could not be delivered to one or more of its recipients.', source: bounce},
    {text: 'mail delivery failed: returning message to sender', source: `${bounce}: "Subject: Mail delivery failed%s" with ": returning message to sender"`},
  ],
  temporary: [
    {text: 'has not yet been delivered to one or more of its recipients after more than', source: warning},
    {text: 'to which the message has not yet been delivered', source: `${warning}: "The address%s to which the message has not yet been delivered %s:"`},
    {text: 'delay reason:', source: `${warning}: print_address_error(addr, f, "Delay reason: ")`},
    {text: 'no action is required on your part. delivery attempts will continue for', source: warning},
    {text: 'this warning may be repeated at intervals if the message remains undelivered.', source: warning},
  ],
  stages: [
    {text: 'after initial connection', stage: 'CONNECT', source: smtpCommand},
    {text: 'in response to initial connection', stage: 'CONNECT', source: checkResponse},
    {text: 'after ehlo ', stage: 'HELO', source: smtpCommand},
    {text: 'after helo ', stage: 'HELO', source: smtpCommand},
    {text: 'after mail from:', stage: 'MAIL FROM', source: checkResponse},
    {text: 'after pipelined mail from:', stage: 'MAIL FROM', source: `${checkResponse}: "pipelined " prefix when pipelining is active`},
    {text: 'in response to mail from:', stage: 'MAIL FROM', source: checkResponse},
    {text: 'after rcpt to:', stage: 'RCPT TO', source: syncResponses},
    {text: 'in response to rcpt to:', stage: 'RCPT TO', source: checkResponse},
    {text: 'after data:', stage: 'DATA', source: smtpCommand},
    {text: 'after pipelined data:', stage: 'DATA', source: `${checkResponse}: "pipelined " prefix`},
    {text: 'after end of data', stage: 'DATA', source: smtpCommand},
    {text: 'after pipelined end of data', stage: 'DATA', source: `${checkResponse}: "pipelined " prefix`},
    {text: 'in response to end of data', stage: 'DATA', source: checkResponse},
  ],
  originalMessageMarkers: [
    {text: '------ this is a copy of the message, including all the headers. ------', source: oldCopy},
    {text: '------ this is a copy of the message\'s headers. ------', source: oldCopy},
  ],
} satisfies MtaFamily;
