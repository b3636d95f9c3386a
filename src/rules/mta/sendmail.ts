import type {MtaFamily} from '../types.ts';

const returnToSender = 'hrs-allbsd/sendmail sendmail/savemail.c (returntosender: Subject, Auto-Submitted, "Mail Delivery Subsystem")';
const errbody = 'hrs-allbsd/sendmail sendmail/savemail.c (errbody)';
const usersmtp = 'hrs-allbsd/sendmail sendmail/usersmtp.c (reply: "... while talking to %s:", ">>> %s", "<<< %s")';
const commands = 'hrs-allbsd/sendmail sendmail/usersmtp.c (smtpmessage: "MAIL From:<%s>%s", "RCPT To:<%s>%s", "DATA", "EHLO %s", "HELO %s"; the last command sent is logged as ">>> <command>")';
const dropenvelope = 'hrs-allbsd/sendmail sendmail/envelope.c (dropenvelope)';
const printQueue = 'hrs-allbsd/sendmail sendmail/queue.c (printqueue, print_single_queue: the heading "-----Q-ID----- --Size-- -----Q-Time----- ------------Sender/Recipient-----------", each queued message\'s line, its reason "(...)" (after the body type, 8BITMIME) and its recipients, indented)';

/** Sendmail 8 (and its derivatives that keep savemail.c's notice). */
export default {
  id: 'sendmail',
  name: 'Sendmail',
  source: 'hrs-allbsd/sendmail (8.18.0.2): sendmail/savemail.c, sendmail/usersmtp.c, sendmail/envelope.c',
  senders: [
    {text: 'mail delivery subsystem', source: `${returnToSender}: macro x = "Mail Delivery Subsystem", the From full name`},
  ],
  subjects: [
    {text: 'returned mail: see transcript for details', source: returnToSender},
    {text: 'postmaster notify: see transcript for details', source: returnToSender},
    {text: 'warning: could not send message for past', source: `${dropenvelope}: "Warning: could not send message for past %s"`},
  ],
  bodyMarkers: [
    {text: 'the original message was received at', source: errbody},
    {text: '----- transcript of session follows -----', source: errbody},
    {text: '----- transcript of session is unavailable -----', source: errbody},
    {text: '... while talking to', source: usersmtp},
  ],
  recipientLeadIns: [
    {text: 'rcpt to: ', source: 'hrs-allbsd/sendmail sendmail/usersmtp.c (smtprcpt: ">>> RCPT To:<%s>", some clients print a space after the colon)'},
    {text: '>>> rcpt to:<', source: commands},
  ],
  senderLeadIns: [
    {text: 'domain of sender address', source: 'hrs-allbsd/sendmail cf/m4/proto.m4 @c7ba950 (check_mail: "553 Domain of sender address " $&f " does not exist", "451 Domain of sender address " $&f " does not resolve")'},
    {text: 'domain name required for sender address', source: 'hrs-allbsd/sendmail cf/m4/proto.m4 @c7ba950 (check_mail: "553 Domain name required for sender address " $&f)'},
  ],
  replyIntroductions: [
    {text: '<<< ', source: usersmtp},
    {text: '(reason: ', source: `${errbody}: "    (reason: %s)"`},
  ],
  permanent: [
    {text: '----- the following addresses had permanent fatal errors -----', source: errbody},
    {text: 'message will be deleted from queue', source: dropenvelope},
    {text: 'cannot send message for', source: `${dropenvelope}: "Cannot send message for %s"`},
    {text: 'returned mail: see transcript for details', source: returnToSender},
  ],
  temporary: [
    // A message in the queue listing is still queued: its reason is why it has not gone yet.
    {text: '-----q-id----- --size-- -----q-time----- ------------sender/recipient-----------', source: printQueue},
    {text: '** this is a warning message only **', source: errbody},
    {text: '** you do not need to resend your message **', source: errbody},
    {text: '----- the following addresses had transient non-fatal errors -----', source: errbody},
    {text: 'warning: could not send message for past', source: dropenvelope},
    {text: 'warning: message still undelivered after', source: dropenvelope},
    {text: 'will keep trying until message is', source: `${dropenvelope}: "Will keep trying until message is %s old"`},
    {text: 'stat=deferred', source: 'hrs-allbsd/sendmail sendmail/sysexits.c (SysExMsg: EX_TEMPFAIL " 450 4.0.0 Deferred"), logged per recipient by sendmail/deliver.c (logdelivery: "stat=%s", as "stat=Deferred: <reason>")'},
  ],
  stages: [
    {text: '>>> ehlo ', stage: 'HELO', source: commands},
    {text: '>>> helo ', stage: 'HELO', source: commands},
    {text: '>>> mail from:<', stage: 'MAIL FROM', source: commands},
    {text: '>>> rcpt to:<', stage: 'RCPT TO', source: commands},
    {text: '>>> data', stage: 'DATA', source: `${commands}; the reply to the final dot is logged after ">>> DATA" too`},
  ],
  originalMessageMarkers: [
    {text: '----- unsent message follows -----', source: 'sendmail savemail.c in releases before 8.7 ("----- Unsent message follows -----"), as recorded by sisimai/rb-sisimai lib/sisimai/lhost/v5sendmail.rb (secondary: wording seen in the wild)'},
    {text: '----- original message follows -----', source: errbody},
    {text: '----- message header follows -----', source: errbody},
  ],
  queueListingHeadings: [
    {text: '-----q-id----- --size-- -----q-time----- ------------sender/recipient-----------', source: printQueue},
  ],
  delivered: [
    // The log's own verdict of a delivery, as a failure's "stat=Deferred: ..." is of a deferral.
    {text: 'stat=sent', source: 'hrs-allbsd/sendmail sendmail/deliver.c (logdelivery: "stat=%s", "Sent" and the next hop\'s reply for a recipient it accepted)'},
    {text: '----- the following addresses had successful delivery notifications -----', source: `${errbody}: the heading of the addresses delivered, relayed or expanded`},
    {text: '(successfully delivered to mailbox)', source: `${errbody}: a delivered address's line "<rcpt>  (successfully delivered to mailbox)"`},
    {text: '(successfully delivered to mailing list)', source: `${errbody}: an address expanded to a list`},
    {text: '(relayed to non-dsn-aware mailer)', source: `${errbody}: an address relayed where no notice can follow`},
  ],
} satisfies MtaFamily;
