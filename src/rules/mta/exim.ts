import type {MtaFamily} from '../types.ts';

const bounce = 'Exim/exim src/src/deliver.c (deliver_message: failed-address message; send_bounce_message() in newer trees)';
const warning = 'Exim/exim src/src/deliver.c (deliver_message: delay warning; send_warning_message() in newer trees)';
const checkResponse = 'Exim/exim src/src/transports/smtp.c (check_response: "SMTP error from remote mail server after %s%s: %s", "Remote host closed connection in response to %s%s")';
const syncResponses = 'Exim/exim src/src/transports/smtp.c (sync_responses: "SMTP error from remote mail server after RCPT TO:<%s>: %s", "SMTP timeout after RCPT TO:<%s>")';
const smtpCommand = 'Exim/exim src/src/transports/smtp.c (smtp_setup_conn: smtp_command = "initial connection", then smtp_command = big_buffer, the command just sent: "EHLO <name>", "MAIL FROM:<...>", "DATA"; smtp_deliver: smtp_command = "end of data")';
const oldCopy = 'Exim/exim src/src/deliver.c before commit 50dc7409 (4.86 moved the copy into a MIME part), as quoted with line numbers (deliver.c:6423-6426) in sisimai\'s Exim module';
const moan = 'Exim/exim src/src/moan.c (moan_send_message: the notice of a message refused as it was received, "Subject: Mail failure - ..." and one text per error)';
const deferLog = 'Exim/exim src/src/deliver.c (deferral_log: the main log line of a deferred delivery, "== <address> R=<router> T=<transport> defer (<errno>): <strerror> H=<host> [<ip>]: <message>"; spec.xfpt chapter "Log files": "==" delivery deferred, temporary problem)';
const rejectLog = 'Exim/exim src/src/smtp_in.c (smtp_handle_acl_fail: the main and reject log line of a refused command, "H=<host> F=<sender> rejected RCPT <recipient>: <message>"); fail2ban config/filter.d/exim.conf reads the same line ("rejected RCPT <...>: Unknown user")';

const logFiles = 'Exim/exim doc/doc-docbook/spec.xfpt, chapter "Log files"';
/**
 * Exim's message id, lower case as the words before an address are read: six base-62 characters,
 * six (eleven from Exim 4.97) and two (four from 4.97), joined by hyphens (spec.xfpt, "Message
 * identification").
 */
const eximMessageId = '[0-9a-z]{6}-[0-9a-z]{6,11}-[0-9a-z]{2,4}';

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
    {text: 'mail failure - malformed recipient address', source: `${moan}: ERRMESS_BADARGADDRESS, ERRMESS_BADADDRESS`},
    {text: 'mail failure - no recipient addresses', source: `${moan}: ERRMESS_IGADDRESS, ERRMESS_NOADDRESS`},
    {text: 'mail failure - message too big', source: `${moan}: ERRMESS_TOOBIG`},
    {text: 'mail failure - too many recipients', source: `${moan}: ERRMESS_TOOMANYRECIP`},
    {text: 'mail failure - rejected by local scanning code', source: `${moan}: ERRMESS_LOCAL_SCAN, ERRMESS_LOCAL_ACL`},
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
    {text: 'a message that you sent contained one or more recipient addresses that were incorrectly constructed:', source: `${moan}: ERRMESS_BADADDRESS, ERRMESS_BADNOADDRESS`},
    {text: 'a message that you sent contained a recipient address that was incorrectly constructed:', source: `${moan}: ERRMESS_BADARGADDRESS`},
    {text: 'a message that you sent was longer than the maximum size allowed on this system.', source: `${moan}: ERRMESS_TOOBIG`},
    {text: 'a message that you sent contained more recipients than allowed on this system.', source: `${moan}: ERRMESS_TOOMANYRECIP`},
    {text: 'a message that you sent was rejected by the local scanning code that checks incoming messages on this system.', source: `${moan}: ERRMESS_LOCAL_SCAN, ERRMESS_LOCAL_ACL`},
  ],
  // Its sender verification's refusal, the sender's address named in its first line
  // ("550-Verification failed for <alice@example.net>", then the callout's reason).
  senderRefusals: [
    {text: 'sender verify failed', source: 'Exim\'s refusal of a sender its verification (verify = sender, with a callout) could not confirm: "550-Verification failed for <sender>" / "550-<the callout\'s reason>" / "550 Sender verify failed" (the Exim wiki\'s "Verification" page names the check; secondary: wording seen in the wild, pastebin.com/RmwwEeeg, pastebin.com/kgBuU3vc, pastebin.com/q0gd1hGA, Exim main logs quoting the remote server\'s reply)'},
  ],
  // The list's heading: each failed address on a line of its own below it, indented, its reason under it.
  recipientHeadings: [
    {text: 'the following address(es) failed:', source: `${bounce}: "... This is a permanent error. The following address(es) failed:", a blank line, then "  <address>" and its reason lines`},
  ],
  recipientLeadIns: [
    {text: ' ** ', source: 'Exim/exim doc/doc-docbook/spec.xfpt, chapter "Log files": the flag "**" opens the main log line of a failed delivery ("==" a deferred one, "=>" a delivery)'},
    {text: ' == ', source: `${deferLog}: the flag "==" and the address open the line`},
    {text: 'after rcpt to:<', source: syncResponses},
    // The receiving side's own log: an address its ACL refused ("H=... F=<...> rejected RCPT <x@y>: unknown user").
    {text: 'rejected rcpt <', source: rejectLog},
    // A failed pipe or file has no address of its own: the address it was generated from stands
    // after these words ("pipe to |/usr/bin/procmail" / "generated by bob@example.org").
    {text: 'generated by ', source: 'Exim/exim src/src/deliver.c (print_address_information: "%s%s to %s%sgenerated by " and the parent address, for "pipe", "save" and "mail" deliveries)'},
  ],
  loggedRecipientFlags: [
    // The main log's line of each delivery: "<date> <time> <message id> => <address> R=... T=... H=... C=\"250 ...\"".
    {text: '=>', idBefore: eximMessageId, outcome: 'delivered', source: `${logFiles}: the flag "=>" opens the line of a normal delivery, after the message id`},
    {text: '->', idBefore: eximMessageId, outcome: 'delivered', source: `${logFiles}: the flag "->" opens the line of an additional address delivered in the same transport`},
    {text: '**', idBefore: eximMessageId, outcome: 'failed', source: `${logFiles}: the flag "**" opens the line of a delivery that failed, the address bounced`},
    {text: '==', idBefore: eximMessageId, outcome: 'deferred', source: `${logFiles}: the flag "==" opens the line of a delivery deferred by a temporary problem`},
  ],
  parentAddressLeadIns: [
    // print_address_information(): a child address hidden by hide_child_in_errmsg is printed as
    // "an undisclosed address", then on the next line the address it came from.
    {text: '(generated from ', source: 'Exim/exim src/src/deliver.c (print_address_information: "an undisclosed address" for a hidden child, then "%s(%sgenerated from %s)" with the original address)'},
    {text: '(ultimately generated from ', source: 'Exim/exim src/src/deliver.c (print_address_information: "ultimately " when the original is not the direct parent)'},
  ],
  // The smtp transport's record of an attempt, in its log or a notice: a 4xx reply defers the
  // address, which the retry rules try again (spec.xfpt chapter "Retry configuration").
  queuedAttemptFrames: [
    {text: 'smtp error from remote mail server after', source: `${checkResponse}: a reply whose code starts with 4 gives DEFER`},
  ],
  replyIntroductions: [
    {text: 'smtp error from remote mail server after', source: checkResponse},
    {text: 'the following error was given:', source: `${moan}: ERRMESS_LOCAL_SCAN, " The following error was given:" and the local_scan or ACL message`},
    {text: 'smtp error from remote mailer after', source: 'sisimai/rb-sisimai lib/sisimai/lhost/mailru.rb, mxlogic.rb ReCommands "SMTP error from remote (?:mail server|mailer) after" (secondary: wording seen in the wild, older Exim releases)'},
  ],
  delivered: [
    // Only a successful remote delivery logs the receiving host's confirmation.
    {text: ' c="250 ', source: `${logFiles}: "C=" on a delivery line, the SMTP confirmation the receiving host gave (log_selector smtp_confirmation, on by default)`},
  ],
  permanent: [
    {text: 'could not be delivered to one or more of its recipients. the following address(es) failed:', source: `${bounce}: the copy to the postmaster ("A message sent by <sender> could not be delivered ...")`},
    {text: 'this is a permanent error. the following address(es) failed:', source: bounce},
    {text: 'retry timeout exceeded', source: 'Exim/exim src/src/retry.c (retry_update: "retry timeout exceeded", "%s: retry timeout exceeded")'},
    {text: 'all hosts have been failing for a long time and were last tried after this message arrived', source: 'Exim/exim src/src/transports/smtp.c (expired host retry: transport_return = FAIL)'},
    {text: 'retry time not reached for any host after a long failure period', source: 'Exim/exim src/src/transports/smtp.c (expired host retry with delay_after_cutoff: transport_return = FAIL)'},
    {text: 'unrouteable address', source: 'Exim/exim src/src/route.c (route_address: "Unrouteable address" when no router accepts; the address fails)'},
    {text: 'a message that you sent could not be delivered to one or more of its recipients.', source: bounce},
    {text: 'mail delivery failed: returning message to sender', source: `${bounce}: "Subject: Mail delivery failed%s" with ": returning message to sender"`},
    {text: 'the message has not been delivered to any recipients.', source: `${moan}: ERRMESS_BADARGADDRESS, ERRMESS_VLONGHEADER, ERRMESS_VLONGHDRLINE`},
    {text: 'it was not delivered to any recipients.', source: `${moan}: ERRMESS_TOOBIG, ERRMESS_TOOMANYRECIP`},
    {text: 'a message that you sent was rejected by the local scanning code', source: `${moan}: ERRMESS_LOCAL_SCAN, ERRMESS_LOCAL_ACL`},
  ],
  temporary: [
    {text: 'has not yet been delivered to one or more of its recipients after more than', source: warning},
    {text: 'to which the message has not yet been delivered', source: `${warning}: "The address%s to which the message has not yet been delivered %s:"`},
    {text: 'delay reason:', source: `${warning}: print_address_error(addr, f, "Delay reason: ")`},
    {text: 'no action is required on your part. delivery attempts will continue for', source: warning},
    {text: 'this warning may be repeated at intervals if the message remains undelivered.', source: warning},
    {text: ' defer (', source: `${deferLog}: " defer (%d)" and the error number, after the router and transport`},
  ],
  stages: [
    {text: 'rejected rcpt <', stage: 'RCPT TO', source: rejectLog},
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
