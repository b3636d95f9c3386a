import type {MtaFamily} from '../types.ts';

const templates = 'vdukhovni/postfix postfix/src/bounce/bounce_templates.c (def_bounce_failure_body, def_bounce_delay_body)';
const notifyUtil = 'vdukhovni/postfix postfix/src/bounce/bounce_notify_util.c (bounce_header, bounce_original)';
const smtpProto = 'vdukhovni/postfix postfix/src/smtp/smtp_proto.c (smtp_loop: "host %s said: %s (in reply to %s)"; xfer_request[])';
const dnsLookup = 'vdukhovni/postfix postfix/src/dns/dns_lookup.c (dns_query: "Host or domain name not found. Name service error for name=%s type=%s: %s"; dns_strerror) and postfix/src/smtp/smtp_addr.c (a DNS_NOTFOUND lookup is a hard error, 5.4.4; a DNS_RETRY one soft, 4.4.3)';
const smtpConnectAddr = 'vdukhovni/postfix postfix/src/smtp/smtp_connect.c (smtp_connect_addr)';
const streamExcept = 'vdukhovni/postfix postfix/src/smtp/smtp_proto.c (smtp_stream_except: dsb_simple(why, "4.4.2", ...))';
const smtpConnect = 'vdukhovni/postfix postfix/src/smtp/smtp_connect.c, smtp_proto.c (smtp_helo, smtp_start_tls)';
const smtpdReject = 'vdukhovni/postfix postfix/src/smtpd/smtpd_check_int.h (SMTPD_NAME_CLIENT, _HELO, _SENDER, _RECIPIENT: what a restriction refused), smtpd_check.c (smtpd_check_reject: "%d %s <%s>: %s rejected: %s")';
const showq = 'vdukhovni/postfix postfix/src/postqueue/showq_compat.c (showq_report: the heading "-Queue ID-  --Size-- ----Arrival Time---- -Sender/Recipient-------", then per message its line, each reason "(...)" and, indented, the recipients it applies to; "-- N Kbytes in M Requests.")';
const mailman = (file: string, seenAt: string): string => `flufl.bounce flufl/bounce/_detectors/${file}.py (GNU Mailman's bounce detectors; secondary: wording seen in the wild, ${seenAt})`;

/** Postfix, and the services that send its templates (Zimbra, Yandex, SendGrid's MTA, ...). */
export default {
  id: 'postfix',
  name: 'Postfix',
  source: 'vdukhovni/postfix (mirror of Wietse Venema\'s tree): src/bounce/*, src/smtp/*; bounce(5) https://www.postfix.org/bounce.5.html',
  senders: [
    {text: 'mail delivery system', source: `${notifyUtil}: "Mail Delivery System <MAILER-DAEMON>" (header_from_format = standard)`},
  ],
  // bounce(5), TEMPLATE MESSAGE FORMAT: each template of the file postconf's bounce_template_file
  // names opens with its name and a here-document ("failure_template = <<EOF" ... "EOF"), its text
  // holding $myhostname and the like; `postconf -b` prints the built-in ones so.
  templateFileLines: ['failure', 'delay', 'success', 'verify'].map((kind) => ({
    text: `${kind}_template = <<eof`,
    source: 'bounce(5) https://www.postfix.org/bounce.5.html ("failure_template = <<EOF", delay_template, success_template, verify_template; the file bounce.cf.default)',
  })),
  subjects: [
    {text: 'undelivered mail returned to sender', source: templates},
    {text: 'delayed mail (still being retried)', source: templates},
    {text: 'postmaster copy: undelivered mail', source: templates},
    {text: 'postmaster warning: delayed mail', source: templates},
  ],
  headers: [
    {text: 'x-postfix-queue-id', source: 'vdukhovni/postfix postfix/src/bounce/bounce_notify_util.c (bounce_header_dsn: X-Postfix-Queue-ID)'},
  ],
  bodyMarkers: [
    {text: 'the postfix program', source: `${mailman('postfix', 'Postfix')}: salutation line (match at line start) after which the "<rcpt>: ..." paragraphs stand`},
    {text: 'the bns postfix program', source: `${mailman('postfix', 'Postfix look-alike "The BNS Postfix program"')}: same salutation`},
    {text: 'the keftamail program', source: `${mailman('postfix', 'Keftamail, a Postfix look-alike')}: same salutation`},
    {text: 'the smtp_gateway', source: `${mailman('postfix', 'SMTP_Gateway, a Postfix look-alike')}: salutation "the\\s*smtp_gateway"`},
    {text: 'this is the mail system at host', source: templates},
    {text: 'i\'m sorry to have to inform you that your message could not be delivered to one or more recipients', source: templates},
    {text: 'content-description: notification', source: `${mailman('postfix', 'Postfix')}: the text/plain part it reads carries "Content-Description: notification"`},
  ],
  replyIntroductions: [
    {text: 'said:', source: smtpProto},
  ],
  // The smtp client's record of an attempt, in its log line or a notice's recipient line: a 4XX
  // reply makes the attempt a soft error, the recipient deferred and retried
  // (smtp_trouble.c: smtp_rcpt_fail / smtp_mesg_fail defer_append when the reply's code starts with 4).
  queuedAttemptFrames: [
    {text: '(in reply to ', source: `${smtpProto}; vdukhovni/postfix postfix/src/smtp/smtp_trouble.c (a 4XX reply: defer_append, the recipient stays queued)`},
    {text: 'refused to talk to me:', source: `${smtpConnect}; vdukhovni/postfix postfix/src/smtp/smtp_trouble.c (smtp_site_fail: a 4XX greeting defers the queue's recipients)`},
  ],
  // The smtp client's own errors, which no remote reply carries, and the enhanced code it gives each
  // (as its log's "dsn=" shows them: "dsn=4.4.1, status=deferred (connect to ...)").
  ownErrors: [
    // dns_lookup.c's "Host or domain name not found. Name service error for name=%s type=%s: %s"
    // with the resolver's error: a lookup to retry is a soft error (4.4.3), a name the name server
    // says does not exist a hard one (5.4.4).
    {text: 'host not found, try again', status: '4.4.3', source: `${dnsLookup}: TRY_AGAIN, dns_strerror "Host not found, try again", DNS_RETRY`},
    ...['mx', 'a', 'aaaa'].flatMap((type) => ['host not found', 'no address associated with name'].map((error) => ({
      text: `type=${type}: ${error}`,
      status: '5.4.4',
      source: `${dnsLookup}: HOST_NOT_FOUND and NO_DATA, dns_strerror "Host not found" and "No address associated with name", DNS_NOTFOUND; the record types the smtp client looks up (MX, then A or AAAA)`,
    }))),
    // "connect to %s[%s]:%d: %m": the system's error for the connection to the mail port (RFC 5321
    // §4.5.4.2, port 25), a soft error.
    ...['connection refused', 'connection timed out', 'no route to host', 'network is unreachable'].map((error) => ({text: `]:25: ${error}`, status: '4.4.1', source: `${smtpConnectAddr}: "connect to %s[%s]:%d: %m", dsb_simple(why, "4.4.1", ...)`})),
    // The session timed out in its middle, a soft error. The server is named as its name[address]
    // right before "timed out" (its "lost connection with %s while %s" has no such words of its own).
    {text: '] timed out while ', status: '4.4.2', source: `${streamExcept}: "conversation with %s timed out while %s"`},
  ],
  temporary: [
    // A message in the queue listing is still queued: its reason is why it has not gone yet.
    {text: '-queue id- --size-- ----arrival time---- -sender/recipient-------', source: showq},
    {text: 'this is a warning only. you do not need to resend your message.', source: templates},
    {text: 'it will be retried until it is', source: templates},
    {text: 'delivery temporarily suspended:', source: 'vdukhovni/postfix postfix/src/qmgr/qmgr_queue.c (qmgr_queue_throttle: "delivery temporarily suspended: %s")'},
    {text: 'status=deferred', source: 'vdukhovni/postfix postfix/src/global/log_adhoc.c (status=%s: deferred)'},
    {text: 'delayed mail (still being retried)', source: templates},
    {text: 'postmaster warning: delayed mail', source: templates},
  ],
  permanent: [
    {text: 'i\'m sorry to have to inform you that your message could not be delivered to one or more recipients', source: `${templates}: the failure notice (def_bounce_failure_body), sent once the message is returned for good`},
    {text: 'status=bounced', source: 'vdukhovni/postfix postfix/src/global/log_adhoc.c (status=%s: bounced)'},
    {text: 'undelivered mail returned to sender', source: templates},
  ],
  stages: [
    {text: 'in reply to mail from command', stage: 'MAIL FROM', source: smtpProto},
    {text: 'in reply to rcpt to command', stage: 'RCPT TO', source: smtpProto},
    {text: 'in reply to data command', stage: 'DATA', source: smtpProto},
    {text: 'in reply to end of data command', stage: 'DATA', source: smtpProto},
    {text: 'refused to talk to me:', stage: 'CONNECT', source: `${smtpConnect}: "host %s refused to talk to me: %s"`},
    {text: 'in reply to ehlo command', stage: 'HELO', source: smtpProto},
    {text: 'in reply to helo command', stage: 'HELO', source: smtpProto},
    // What the receiving Postfix refused, named in its reply: the stage of a reply pasted alone,
    // which no "(in reply to ... command)" follows.
    {text: 'client host rejected:', stage: 'CONNECT', source: smtpdReject},
    {text: 'helo command rejected:', stage: 'HELO', source: smtpdReject},
    {text: 'sender address rejected:', stage: 'MAIL FROM', source: smtpdReject},
    {text: 'recipient address rejected:', stage: 'RCPT TO', source: smtpdReject},
  ],
  originalMessageMarkers: [
    {text: 'content-description: undelivered message', source: `${notifyUtil}: the returned message part`},
  ],
  recipientLeadIns: [
    {text: 'to=<', source: 'vdukhovni/postfix postfix/src/global/log_adhoc.c (log_adhoc: "to=<%s>" opens each delivery log line)'},
  ],
  parentAddressLeadIns: [
    // bounce_recipient_log(): "<%s> (expanded from <%s>): %s", the final recipient, then the
    // address an alias or a forward expanded to it; bounce_print_wrap() may break the line before it.
    {text: '(expanded from <', source: 'vdukhovni/postfix postfix/src/bounce/bounce_notify_util.c (bounce_recipient_log: bounce_print_wrap(bounce, bounce_info, "<%s> (expanded from <%s>): %s", rcpt->address, rcpt->orig_addr, dsn->reason))'},
  ],
  // smtpd_check_reject's "<%s>: %s rejected:" quotes the client's name[address] (state->namaddr)
  // for a refused client, and the name it gave in HELO for a refused HELO.
  clientNameTrailers: [
    {text: '>: client host rejected:', source: smtpdReject},
    {text: '>: unverified client host rejected:', source: `${smtpdReject}: SMTPD_NAME_REV_CLIENT`},
    {text: '>: helo command rejected:', source: smtpdReject},
  ],
  senderLabels: [
    {text: 'sender address rejected', source: smtpdReject},
  ],
  senderLeadIns: [
    {text: 'from=<', source: 'vdukhovni/postfix postfix/src/global/opened.c (vopened: "%s: from=<%s>, size=%ld, nrcpt=%d", the queue manager\'s log line of a message\'s sender)'},
  ],
  queueListingHeadings: [
    {text: '-queue id- --size-- ----arrival time---- -sender/recipient-------', source: showq},
  ],
  delivered: [
    // The log's own verdict of a delivery, as the failures' "status=bounced" and "status=deferred".
    {text: 'status=sent', source: 'vdukhovni/postfix postfix/src/global/log_adhoc.c (status=%s: sent, the delivery log line of a recipient the next hop accepted)'},
    // The server's answer to the end of the message's data: it took the message into its queue.
    {text: 'ok: queued as ', source: 'vdukhovni/postfix postfix/src/smtpd/smtpd.c (data_cmd: "250 2.0.0 Ok: queued as %s"; without enhanced status codes, smtpd_chat.c drops the "2.0.0 ") and postfix/src/qmqpd/qmqpd.c ("Ok: queued as %s")'},
    {text: 'your message was successfully delivered to the destination(s) listed below.', source: 'vdukhovni/postfix postfix/src/bounce/bounce_templates.c (def_bounce_success_body: the "delivered", "expanded" and "relayed" notification)'},
    {text: 'successful mail delivery report', source: 'vdukhovni/postfix postfix/src/bounce/bounce_templates.c (def_bounce_success_template: its subject)'},
  ],
} satisfies MtaFamily;
