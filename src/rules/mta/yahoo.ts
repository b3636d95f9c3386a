import type {MtaFamily} from '../types.ts';

const errorPage = 'https://senders.yahooinc.com/smtp-error-codes/ ("Sample Email failed delivery message"; text copy azumakuniyuki/feb-2024-no-auth-no-entry yahoo-senders-smtp-error-codes/text/yahoo-senders-smtp-error-codes-2026-02-15.txt)';
const yahooRb = 'sisimai/rb-sisimai lib/sisimai/lhost/yahoo.rb (secondary: wording seen in the wild)';
const mailman = (file: string, seenAt: string): string => `flufl.bounce flufl/bounce/_detectors/${file}.py (GNU Mailman's bounce detectors; secondary: wording seen in the wild, ${seenAt})`;
const stageTag = `${yahooRb}: "Remote host said: 550 5.1.1 <...>... User Unknown [RCPT_TO]"; command read by /\\[([A-Z]{4}).*\\]\\z/`;

/** Yahoo Mail: its own "Failure Notice" layout with bracketed SMTP stage tags, and the qmail notice Yahoo documents. */
export default {
  id: 'yahoo',
  name: 'Yahoo Mail',
  source: `${errorPage}; secondary: ${yahooRb}`,
  senders: [
    {text: 'mailer-daemon@yahoo', source: `${mailman('yahoo', 'Yahoo!')}: the detector reads only notices whose From address starts "mailer-daemon@yahoo"`},
  ],
  headers: [
    {text: 'x-ymailisg', source: `${yahooRb}: notice detected by header X-YMailISG`},
  ],
  // Its fixed lines that only the provider's own notices carry (body markers that name the writer).
  writerMarkers: [
    {text: 'sorry, we were unable to deliver your message to the following address.', source: `${yahooRb}: StartingOf[:message] and comment`},
    {text: 'hi. this is the qmail-send program at yahoo.com.', source: errorPage},
  ],
  recipientLeadIns: [
    {text: 'sorry, we were unable to deliver your message to the following address.', source: `${yahooRb}: followed by "<<rcpt>>:"`},
  ],
  recipientHeadings: [
    {text: 'unable to deliver message to the following address(es).', source: `${mailman('simplematch', 'Yahoo on behalf of other domains like sbcglobal.net')}: start line, then "<rcpt>:" lines`},
  ],
  replyIntroductions: [
    {text: 'remote host said:', source: `${errorPage}: "Remote host said: 554 delivery error: dd ..."; ${yahooRb}`},
  ],
  permanent: [
    {text: 'sorry, we were unable to deliver your message to the following address.', source: `${yahooRb}: StartingOf[:message], the failure notice`},
    {text: 'this is a permanent error; i\'ve given up.', source: `${errorPage}: sample failure notice`},
    {text: 'unable to deliver message to the following address(es).', source: `${mailman('simplematch', 'Yahoo on behalf of other domains like sbcglobal.net')}: start line, then "<rcpt>:" lines`},
  ],
  stages: [
    {text: '[rcpt_to]', stage: 'RCPT TO', source: stageTag},
    {text: '[mail_from]', stage: 'MAIL FROM', source: `${stageTag} (tag form from the reader; not written verbatim in the module)`},
    {text: '[data]', stage: 'DATA', source: `${stageTag} (tag form from the reader; not written verbatim in the module)`},
    {text: 'failed after i sent the message.', stage: 'DATA', source: `${errorPage}: "123.45.67.89 failed after I sent the message." then "Remote host said:"`},
  ],
  originalMessageMarkers: [
    {text: '--- below this line is a copy of the message.', source: `${errorPage}; ${yahooRb}: ReBackbone`},
    {text: '--- original message follows', source: `${mailman('yahoo', 'Yahoo!')}: end line "--- Original message follows"; ${mailman('simplematch', 'Yahoo on behalf of sbcglobal.net')}: "--- Original message follows."`},
  ],
} satisfies MtaFamily;
