import type {MtaFamily} from '../types.ts';

// chasquid, Alberto Bertogli's SMTP server (albertito/chasquid).
const dsn = 'albertito/chasquid internal/queue/dsn.go (dsnTemplate, the multipart/report notice deliveryStatusNotification writes)';
const oldDsn = 'albertito/chasquid internal/queue/dsn.go, earlier releases (dsnTemplate as a plain message with an X-Failed-Recipients header, the original under "----- Original message -----")';
const courier = 'albertito/chasquid internal/courier/smtp.go (attempt.deliver: a refusal is kept as "MAIL+RCPT <reply>", "DATA <reply>", "DATA closing <reply>", the reply as Go\'s textproto.Error writes it, "<code> <text>")';

/**
 * chasquid: one notice for every recipient it gave up on, those refused for good and those whose
 * retries timed out, each with the last error its delivery attempt kept.
 */
export default {
  id: 'chasquid',
  name: 'chasquid',
  source: `${dsn}; ${courier}`,
  senders: [
    {text: 'mail delivery system <postmaster-dsn@', source: `${dsn}: "From: Mail Delivery System <postmaster-dsn@{{.OurDomain}}>"`},
  ],
  subjects: [
    {text: 'mail delivery failed: returning message to sender', source: `${dsn}: "Subject: Mail delivery failed: returning message to sender" (Exim's words)`},
  ],
  recipientHeaders: [
    {text: 'x-failed-recipients', source: `${dsn}: "X-Failed-Recipients: " then each original recipient it gave up on, each followed by ", "`},
  ],
  bodyMarkers: [
    {text: 'delivery of your message to the following recipient(s) failed permanently:', source: `${dsn}: the notice's first line`},
    {text: 'delivery to the following recipient(s) failed permanently:', source: `${oldDsn}: the notice's first line`},
  ],
  recipientHeadings: [
    {text: 'delivery of your message to the following recipient(s) failed', source: `${dsn}: "Delivery of your message to the following recipient(s) failed permanently:", the recipients below as "  - <rcpt>" (the line's opening words: a mail client's wrap at 72 columns leaves them on one line)`},
    {text: 'delivery to the following recipient(s) failed permanently:', source: `${oldDsn}: the recipients follow as "  - <rcpt>"`},
    {text: 'technical details:', source: `${dsn}: each recipient follows as '- "<rcpt>" (<type>) failed permanently with error:' (or "failed repeatedly and timed out, last error:"), its last error on the next line`},
    {text: '----- technical details -----', source: `${oldDsn}: each recipient follows as '- "<rcpt>" (<type>) failed with error:'`},
  ],
  replyIntroductions: [
    {text: 'failed permanently with error:', source: `${dsn}: "- \\"<rcpt>\\" (<type>) failed permanently with error:", then the last error on the next line, indented by four spaces`},
    {text: 'failed repeatedly and timed out, last error:', source: `${dsn}: "- \\"<rcpt>\\" (<type>) failed repeatedly and timed out, last error:" (a recipient still pending when the queue gave up), then the last error on the next line`},
    {text: 'mail+rcpt ', source: `${courier}: the words before the reply to MAIL FROM or RCPT TO`},
    {text: 'data closing ', source: `${courier}: the words before the reply to the end of the data`},
  ],
  permanent: [
    {text: 'delivery of your message to the following recipient(s) failed permanently:', source: `${dsn}: the notice's first line; chasquid writes no notice while it still retries (a recipient whose retries ran out is listed too)`},
    {text: 'delivery to the following recipient(s) failed permanently:', source: `${oldDsn}: the notice's first line`},
    {text: 'failed permanently with error:', source: `${dsn}: a recipient refused for good`},
    {text: 'failed repeatedly and timed out, last error:', source: `${dsn}: a recipient whose retries ran out; the queue gave up on it, whatever its last error's class`},
  ],
  stages: [
    {text: 'data closing ', stage: 'DATA', source: `${courier}: the reply to the end of the data`},
  ],
  originalMessageMarkers: [
    {text: '----- original message -----', source: `${oldDsn}: the line before the original`},
  ],
} satisfies MtaFamily;
