import type {MtaFamily} from '../types.ts';

const rejection = 'Dovecot LDA / LMTP settings rejection_subject (default "Rejected: %s") and rejection_reason (default "Your message to <%t> was automatically rejected:%n%r"), doc.dovecot.org "LDA" settings';
const mailman = 'flufl.bounce flufl/bounce/_detectors/simplematch.py (GNU Mailman\'s bounce detectors; secondary: wording seen in the wild, "Dovecot LDA Over quota MDN")';

/** Dovecot's local delivery agent (LDA, LMTP), which refuses a message with an MDN of its own. */
export default {
  id: 'dovecot',
  name: 'Dovecot LDA / LMTP',
  source: 'Dovecot documentation (doc.dovecot.org, LDA settings rejection_subject and rejection_reason); GNU Mailman\'s bounce detectors',
  recipientLeadIns: [
    {text: 'your message to <', source: `${rejection}: the recipient (%t) follows these words`},
  ],
  bodyMarkers: [
    {text: 'was automatically rejected:', source: `${rejection}: the line the rejection opens with`},
  ],
  permanent: [
    {text: 'was automatically rejected:', source: `${rejection}; ${mailman}`},
  ],
} satisfies MtaFamily;
