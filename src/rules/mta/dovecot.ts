import type {MtaFamily} from '../types.ts';

const rejection = 'Dovecot LDA / LMTP settings rejection_subject (default "Rejected: %s") and rejection_reason (default "Your message to <%t> was automatically rejected:%n%r"), doc.dovecot.org "LDA" settings';
const storedLog = 'dovecot/core src/lib-lda/mail-deliver.c (mail_deliver_log(ctx, "saved mail to %s", mailbox_name): the log line of a message stored, "lmtp(<user>): msgid=<…>: saved mail to INBOX"); Pigeonhole src/lib-sieve/sieve-actions.c ("stored mail into mailbox %s", a Sieve script\'s store)';
const logPrefix = 'Dovecot documentation (doc.dovecot.org, setting mail_log_prefix, default "%s(%u)<%{pid}><%{session}>: ": the service\'s name, then the user)';
const mailman = 'flufl.bounce flufl/bounce/_detectors/simplematch.py (GNU Mailman\'s bounce detectors; secondary: wording seen in the wild, "Dovecot LDA Over quota MDN")';

/** Dovecot's local delivery agent (LDA, LMTP), which refuses a message with an MDN of its own. */
export default {
  id: 'dovecot',
  name: 'Dovecot LDA / LMTP',
  source: 'Dovecot documentation (doc.dovecot.org, LDA settings rejection_subject and rejection_reason); GNU Mailman\'s bounce detectors',
  recipientLeadIns: [
    {text: 'your message to <', source: `${rejection}: the recipient (%t) follows these words`},
    // Its log lines open with the service and the user they deliver to (mail_log_prefix, by default
    // "%s(%u)<%{pid}><%{session}>: "): the recipient, where the user is an address.
    {text: 'lmtp(', source: `${logPrefix}: LMTP's lines, "lmtp(<user>)"`},
    {text: 'lda(', source: `${logPrefix}: the LDA's lines, "lda(<user>)"`},
  ],
  bodyMarkers: [
    {text: 'was automatically rejected:', source: `${rejection}: the line the rejection opens with`},
  ],
  permanent: [
    {text: 'was automatically rejected:', source: `${rejection}; ${mailman}`},
  ],
  // Its log's line of a message stored in the recipient's mailbox.
  delivered: [
    {text: ': saved mail to ', source: storedLog},
    {text: 'stored mail into mailbox ', source: storedLog},
  ],
} satisfies MtaFamily;
