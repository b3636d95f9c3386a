import type {MtaFamily} from '../types.ts';

const template = 'haraka/Haraka config/outbound.bounce_message';
const deliveredLog = 'haraka/Haraka outbound/hmail.js (delivered(): this.lognotice({\'delivered file\': this.filename, domain, host, ip, port, mode, tls, auth, response, delay, fails, rcpts}), logged "[outbound] delivered file=<…> domain=<…> host=<…> … response="<…>" … rcpts=1/0/0"; older releases "delivered file=" + this.filename + …)';
const hmail = 'haraka/Haraka outbound/hmail.js (populate_bounce_message_with_headers)';

/** Haraka's outbound bounce (a qmail-style text plus a DSN part since v2.7.0). */
export default {
  id: 'haraka',
  name: 'Haraka',
  source: 'haraka/Haraka: config/outbound.bounce_message, outbound/hmail.js',
  senders: [
    {text: 'mailer-daemon@', source: `${template}: "From: MAILER-DAEMON@{me}"`},
  ],
  subjects: [
    {text: 'failure notice', source: `${template}: "Subject: failure notice"`},
  ],
  bodyMarkers: [
    {text: 'hi. this is the haraka mailer program at', source: template},
    {text: 'i\'m afraid i wasn\'t able to deliver your message to the following addresses.', source: template},
  ],
  recipientLeadIns: [
    {text: 'intended recipients:', source: `${template}: "Intended Recipients: {recipients}"`},
  ],
  replyIntroductions: [
    {text: 'failure reason:', source: `${template}: "Failure Reason: {reason}"`},
  ],
  permanent: [
    {text: 'this is a permanent error; i\'ve given up. sorry it didn\'t work out.', source: template},
    {text: 'i\'m afraid i wasn\'t able to deliver your message to the following addresses.', source: template},
    {text: 'failure notice', source: `${template}: "Subject: failure notice"`},
  ],
  // Its outbound log's line of a message the next hop accepted.
  delivered: [
    {text: 'delivered file=', source: deliveredLog},
  ],
  originalMessageMarkers: [
    {text: 'content-description: undelivered message headers', source: `${hmail}: the text/rfc822-headers part`},
  ],
} satisfies MtaFamily;
