import type {MtaFamily} from '../types.ts';

// curl sends mail with smtp:// URLs; a refused command ends the transfer with an error that gives
// the reply's code and none of its words ("curl: (55) RCPT failed: 550"): the words are in its
// verbose output only ("< 550 5.1.1 ...").
const smtp = 'curl/curl lib/smtp.c@60bd22620a1e63fb163a788f9565b94d138c6030 (failf(data, "MAIL failed: %d", smtpcode), "RCPT failed: %d", "DATA failed: %d"; CURLE_SEND_ERROR)';

/** curl's errors of a refused MAIL FROM, RCPT TO and DATA, each with the reply's code, and the command each names. */
const errors = [['mail failed:', 'MAIL FROM'], ['rcpt failed:', 'RCPT TO'], ['data failed:', 'DATA']] as const;

export default {
  id: 'curl',
  name: 'curl',
  source: smtp,
  replyIntroductions: errors.map(([text]) => ({text, source: smtp})),
  sendFailed: errors.map(([text]) => ({text, source: `${smtp}; the transfer ends, nothing is queued`})),
  stages: errors.map(([text, stage]) => ({text, stage, source: smtp})),
} satisfies MtaFamily;
