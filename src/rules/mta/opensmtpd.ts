import type {MtaFamily} from '../types.ts';

const bounce = 'OpenSMTPD/OpenSMTPD usr.sbin/smtpd/bounce.c (bounce_next: BOUNCE_DATA_NOTICE)';
const notice = 'OpenSMTPD/OpenSMTPD usr.sbin/smtpd/bounce.c (NOTICE_INTRO)';
const noticeError = 'OpenSMTPD/OpenSMTPD usr.sbin/smtpd/bounce.c (notice_error)';
const noticeWarning = 'OpenSMTPD/OpenSMTPD usr.sbin/smtpd/bounce.c (notice_warning, notice_warning2)';
/** The notice of OpenBSD's smtpd before OpenSMTPD's own releases: "e-mail", one recipient and its reason. */
const earlyBounce = 'OpenBSD src usr.sbin/smtpd/bounce.c,v 1.18 (2010, bounce_session)';
/** The log line of one delivery attempt: its result ("Ok", "TempFail", "PermFail") and its status, the remote reply or smtpd's own words. */
const mtaLog = 'OpenSMTPD/OpenSMTPD usr.sbin/smtpd/mta.c (mta_log: "<session> mta delivery evpid=<id> from=<...> to=<...> rcpt=<...> source="..." relay="..." delay=... result="%s" stat="%s""; mda.c mda_log writes "mda delivery ... result=%s stat=%s" unquoted)';
const oldMtaLog = 'OpenSMTPD/OpenSMTPD usr.sbin/smtpd/mta.c before 6.4 (mta_log: "relay: %s for %016" PRIx64 ": from=<%s>, to=<%s>, %srelay=%s delay=%s, stat=%s", the result first)';

/** OpenSMTPD (OpenBSD smtpd and the portable release), from 5.7 on, and the early smtpd's notice it grew from. */
export default {
  id: 'opensmtpd',
  name: 'OpenSMTPD',
  source: 'OpenSMTPD/OpenSMTPD usr.sbin/smtpd/bounce.c',
  senders: [
    {text: 'mailer daemon <mailer-daemon@', source: `${bounce}: "From: Mailer Daemon <MAILER-DAEMON@%s>"`},
  ],
  subjects: [
    {text: 'delivery status notification: failed', source: `${bounce}: "Subject: Delivery status notification: %s" with action_str() "failed"`},
    {text: 'delivery status notification: delayed', source: `${bounce}: action_str() "delayed"`},
  ],
  bodyMarkers: [
    {text: 'this is the mailer-daemon, please do not reply to this email.', source: notice},
    {text: 'this is the mailer-daemon, please do not reply to this e-mail.', source: `${earlyBounce}: "This is the MAILER-DAEMON, please DO NOT REPLY to this e-mail."`},
  ],
  recipientLeadIns: [
    {text: 'recipient: ', source: `${earlyBounce}: "Recipient: %s@%s", then "Reason:" and the error line`},
  ],
  replyIntroductions: [
    // The status of a delivery the remote server refused is its reply: "stat=550 Invalid recipient".
    {text: 'stat=', source: oldMtaLog},
    {text: 'stat="', source: mtaLog},
  ],
  recipientHeadings: [
    {text: 'the following list of recipients:', source: `${noticeError}: "the following list of recipients:", then each recipient's line "<rcpt>: <reply>"`},
  ],
  permanent: [
    {text: 'result="permfail"', source: mtaLog},
    {text: 'result=permfail', source: `${mtaLog}: the local delivery's line`},
    {text: 'relay: permfail for ', source: oldMtaLog},
    {text: 'an error has occurred while attempting to deliver a message for the following list of recipients:', source: noticeError},
    {text: 'an error has occurred while attempting to deliver a message.', source: `${earlyBounce}: sent when the message failed for good (a temporary failure stays in the queue)`},
    {text: 'delivery status notification: failed', source: `${bounce}: "Subject: Delivery status notification: %s" with action_str() "failed"`},
  ],
  temporary: [
    {text: 'result="tempfail"', source: mtaLog},
    {text: 'result=tempfail', source: `${mtaLog}: the local delivery's line`},
    {text: 'relay: tempfail for ', source: oldMtaLog},
    {text: 'a message is delayed for more than', source: noticeWarning},
    {text: 'please note that this is only a temporary failure report.', source: noticeWarning},
    {text: 'the message is kept in the queue for up to', source: noticeWarning},
    {text: 'you do not need to re-send the message to these recipients.', source: noticeWarning},
    {text: 'delivery status notification: delayed', source: `${bounce}: action_str() "delayed"`},
  ],
  originalMessageMarkers: [
    {text: 'below is a copy of the original message:', source: bounce},
  ],
  delivered: [
    {text: 'your message was successfully delivered to these recipients.', source: 'OpenSMTPD/OpenSMTPD usr.sbin/smtpd/bounce.c (notice_success)'},
    {text: 'your message was relayed to these recipients.', source: 'OpenSMTPD/OpenSMTPD usr.sbin/smtpd/bounce.c (notice_relay)'},
    // Its log's verdict of a local delivery: log_info("delivery: %s for %016" PRIx64 ": from=<%s>,
    // to=<%s>, ... stat=%s", prefix, ...), the prefix "Ok", "TempFail" or "PermFail".
    {text: 'delivery: ok for ', source: 'OpenSMTPD/OpenSMTPD usr.sbin/smtpd/mda.c (the delivery log line, prefix "Ok")'},
    // Its newer log lines' verdicts: a relay's ("mta delivery ... result=\"Ok\" stat=\"250 ...\"") and
    // a local delivery's ("mda delivery ... result=Ok stat=Delivered").
    {text: 'result="ok"', source: `${mtaLog}: the result "Ok" of a recipient the next hop accepted`},
    {text: 'result=ok stat=delivered', source: 'OpenSMTPD/OpenSMTPD usr.sbin/smtpd/mda.c (mda_log(e, "Ok", "Delivered"): a local delivery that stored the message)'},
  ],
} satisfies MtaFamily;
