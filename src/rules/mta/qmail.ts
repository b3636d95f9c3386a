import type {MtaFamily} from '../types.ts';

const injectbounce = 'notqmail/notqmail qmail-send.c (injectbounce); same text in icculus/netqmail qmail-send.c';
const remote = 'notqmail/notqmail qmail-remote.c';
const smtp = 'notqmail/notqmail qmail-remote.c (smtp: quit(prepend, append) prints "<prepend><ip><append>.")';
const qsutil = 'notqmail/notqmail qsutil.c (logsafe: \'\\n\' becomes \'/\', a character that is not issafe() becomes \'_\')';
/** qmail-send's line of a delivery's start, which names its recipient; its result's line names only the delivery's number. */
const deliveryStart = {
  before: 'starting delivery ',
  to: [' to remote ', ' to local '],
} as const;
const logResult = 'notqmail/notqmail qmail-send.c (del_dochan: log "delivery <n>: success: ", "deferral: ", "failure: " then logsafe(report))';
const mailman = (file: string, seenAt: string): string => `flufl.bounce flufl/bounce/_detectors/${file}.py (GNU Mailman's bounce detectors; secondary: wording seen in the wild, ${seenAt})`;

/** qmail, netqmail, notqmail and their forks (qmail-send notice, qmail-remote reasons). */
export default {
  id: 'qmail',
  name: 'qmail',
  source: 'notqmail/notqmail: qmail-send.c, qmail-remote.c (same texts in icculus/netqmail)',
  senders: [
    {text: 'mailer-daemon@', source: `${injectbounce}: "From: " bouncefrom "@" bouncehost (control/bouncefrom, default MAILER-DAEMON)`},
  ],
  subjects: [
    {text: 'failure notice', source: `${injectbounce}: "Subject: failure notice"`},
  ],
  bodyMarkers: [
    {text: 'hi. this is the qmail-send program at', source: injectbounce},
    {text: 'i\'m afraid i wasn\'t able to deliver your message to the following addresses.', source: injectbounce},
    {text: 'i tried to deliver a bounce message to this address, but the bounce bounced!', source: `${injectbounce}: double bounce`},
    {text: 'hi. the mta program at', source: `${mailman('qmail', 'qmail, a non-standard intro')}: introtags`},
    {text: 'this is the mail delivery agent at', source: `${mailman('qmail', 'qmail, a non-standard intro')}: introtags`},
    {text: 'unfortunately, your mail was not delivered', source: `${mailman('qmail', 'qmail, a non-standard intro')}: introtags`},
    {text: 'check your send e-mail address.', source: `${mailman('qmail', 'qmail, a non-standard intro')}: introtags`},
    {text: 'your mail message to the following', source: `${mailman('qmail', 'qmail, a non-standard intro')}: introtags (newer releases)`},
    {text: 'this is the email server at', source: `${mailman('simplematch', 'a non-standard qmail at ieo.it')}: start line`},
  ],
  replyIntroductions: [
    {text: 'remote host said:', source: `${remote} (outsmtptext: "Remote host said: ")`},
  ],
  permanent: [
    {text: 'this is a permanent error; i\'ve given up. sorry it didn\'t work out.', source: injectbounce},
    {text: 'i\'m not going to try again; this message has been in the queue too long.', source: 'notqmail/notqmail qmail-send.c (del_dochan: a deferral of a message past its queue lifetime becomes a failure)'},
    {text: 'i\'m afraid i wasn\'t able to deliver your message to the following addresses.', source: injectbounce},
    {text: 'unfortunately, your mail was not delivered', source: `${mailman('qmail', 'qmail, a non-standard intro')}: introtags`},
    {text: 'failure notice', source: `${injectbounce}: "Subject: failure notice"`},
    {text: ': failure: ', source: logResult},
  ],
  temporary: [
    {text: ': deferral: ', source: logResult},
  ],
  stages: [
    {text: 'but greeting failed.', stage: 'CONNECT', source: `${smtp}: "Connected to <ip> but greeting failed."`},
    {text: 'but my name was rejected.', stage: 'HELO', source: `${smtp}: "Connected to <ip> but my name was rejected."`},
    {text: 'but sender was rejected.', stage: 'MAIL FROM', source: `${smtp}: "Connected to <ip> but sender was rejected."`},
    {text: 'does not like recipient.', stage: 'RCPT TO', source: `${smtp}: "<ip> does not like recipient."`},
    {text: 'most progress was rcpt to response', stage: 'RCPT TO', source: 'qmail-remote-fallback.patch (not read), as recorded in sisimai/rb-sisimai lib/sisimai/lhost/qmail.rb ReCommands and reference ndr-formats.md §6 (secondary: wording seen in the wild)'},
    {text: 'failed on data command.', stage: 'DATA', source: `${smtp}: "<ip> failed on DATA command."`},
    {text: 'failed after i sent the message.', stage: 'DATA', source: `${smtp}: "<ip> failed after I sent the message."`},
  ],
  escapedLogLines: [
    // qmail-send logs each delivery's result; logsafe() writes a line break as "/" and a space (any
    // character below 33 or above 126, and "%") as "_". Its recipient stands on the line that started
    // the delivery (qmail-send.c del_start: log "starting delivery <n>: msg <m> to " tochan[c] " " recip,
    // tochan being "local" or "remote").
    {before: 'delivery ', after: ': failure: ', space: '_', lineBreak: '/', startedBy: deliveryStart, source: `${qsutil}; ${logResult}`},
    {before: 'delivery ', after: ': deferral: ', space: '_', lineBreak: '/', startedBy: deliveryStart, source: `${qsutil}; ${logResult}`},
    {before: 'delivery ', after: ': success: ', space: '_', lineBreak: '/', source: `${qsutil}; ${logResult}`},
  ],
  originalMessageMarkers: [
    {text: '--- below this line is a copy of the message.', source: injectbounce},
    {text: '--- below this line is the original bounce.', source: `${injectbounce}: double bounce`},
  ],
} satisfies MtaFamily;
