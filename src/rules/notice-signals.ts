/**
 * What the sender and the subject of a delivery failure notice look like: plain lowercase
 * substrings, each with the software or provider it comes from (`../shared/reference/ndr-formats.md`
 * unless it says otherwise). The content script filters the messages it reads with them; the
 * decoder uses them to tell a notice in prose from any other message.
 */

/** Sender names and addresses of failure notices. */
export const noticeSenders = [
  'mailer-daemon', // Postfix, Exim, qmail, Sendmail, Yahoo, Amazon SES
  'postmaster', // Microsoft 365, Exchange, Outlook.com, most MTAs
  'mail delivery', // "Mail Delivery Subsystem" (Gmail, Sendmail), "Mail Delivery System" (Postfix, Exim)
  'microsoft outlook', // Microsoft 365 and Outlook.com: the display name of their NDRs
  'microsoftexchange', // Exchange system mailbox (MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@)
  'ndr administrator', // Lotus Domino and older Exchange gateways
] as const;

/** Subjects of failure notices, localized ones included. */
export const noticeSubjects = [
  'undeliver', // Microsoft 365, Exchange: "Undeliverable: <subject>"; Postfix: "Undelivered Mail Returned to Sender"
  'delivery status notification', // Gmail, Amazon SES, Exchange delay, OpenSMTPD
  'failure notice', // Yahoo, qmail
  'returned mail', // Sendmail: "Returned mail: see transcript for details"
  'mail delivery failed', // Exim
  'delayed mail', // Postfix: "Delayed Mail (still being retried)"
  'delivery failure', // Lotus Domino, various gateways: "Delivery Failure Report"
  'not delivered', // Gmail Workspace, various: "Message not delivered"
  'delivery has failed', // Exchange, classic layout
  'nondeliverable', // various gateways
  'non-delivery', // Exchange: "Non-delivery report"
  'unzustellbar', // Exchange, German
  'non remis', // Exchange, French ("Non remis :")
  'non_remis', // Exchange, French, in encoded subjects
  'échec de la remise', // Exchange, French, newer
  'no se puede entregar', // Exchange, Spanish
  'error en la entrega', // Exchange, Spanish, newer
  'non recapitabile', // Exchange, Italian
  'mancato recapito', // Exchange, Italian, newer
  'onbestelbaar', // Exchange, Dutch
  'não entregue', // Exchange, Portuguese
  'falha na entrega', // Exchange, Portuguese, newer
  'olevererbart', // Exchange, Swedish
  '配信不能', // Exchange, Japanese
] as const;

/**
 * Phrases that failure notices are built from and ordinary mail is not. They decide when only one
 * of sender and subject looks like a notice: a forwarded bounce ("Fw: Undeliverable: …") has them, a
 * postmaster's memo that quotes "550 5.7.26" does not.
 */
export const noticePhrases = [
  'final-recipient:', // RFC 3464 delivery-status part
  'diagnostic-code:', // RFC 3464 delivery-status part
  'the response from the remote server was', // Gmail
  'your message wasn\'t delivered to', // Gmail, current layout
  'delivery to the following recipient failed', // Gmail, legacy layout
  'remote server returned', // Exchange, classic layout
  'reported error:', // Microsoft 365, new-style NDR
  'diagnostic information for administrators', // Exchange
  'delivery has failed to these recipients', // Exchange, classic layout
  'couldn\'t be delivered', // Microsoft 365, new-style NDR
  'remote host said:', // qmail, Yahoo
  'this is the mail system at host', // Postfix
  '(in reply to ', // Postfix
  'could not be delivered to one or more', // Postfix, Exim
  'smtp error from remote mail server', // Exim
  'transcript of session follows', // Sendmail
  'wasn\'t able to deliver your message', // qmail
  'unable to deliver your message', // Yahoo
] as const;

/**
 * Lines after which a rendered notice quotes the original message. Nothing after them helps to decode
 * the notice, and the original can be megabytes: the content script stops reading there.
 */
export const renderedOriginalMarkers = [
  '---------- forwarded message ----------', // Gmail: an attached original, shown inline
  '----- original message -----', // Gmail, legacy layout; Sendmail
  'below this line is a copy of the message', // qmail, Yahoo
  'original message headers', // Exchange, classic layout
  'this is a copy of the message, including all the headers', // Exim
] as const;
