import type {MtaFamily} from '../types.ts';

// slimta, Ian Good's Python mail transfer library (slimta/python-slimta).
const bounce = 'slimta/python-slimta slimta/bounce.py (default_header_template, the notice\'s header, text and delivery-status part; Bounce._get_substitution_table)';
const queue = 'slimta/python-slimta slimta/queue/__init__.py (Queue._retry_later: a reply retried until the backoff gives up gets " (Too many retries)" appended; Queue._perm_fail, Queue._bounce)';

/**
 * slimta: one notice per reply (the recipients that received the same reply share it), a short
 * text "Delivery failed for:" with the recipients as a "- " list and "Destination host responded:"
 * above the reply, a delivery-status part with the same reply, and the original.
 */
export default {
  id: 'slimta',
  name: 'slimta',
  source: `${bounce}; ${queue}; slimta/python-slimta slimta/smtp/reply.py (Reply.message: the enhanced code, or the class's X.0.0, before the reply's text)`,
  senders: [
    {text: 'mailer-daemon', source: `${bounce}: "From: MAILER-DAEMON"`},
  ],
  subjects: [
    {text: 'undelivered mail returned to sender', source: `${bounce}: "Subject: Undelivered Mail Returned to Sender" (Postfix's words)`},
  ],
  bodyMarkers: [
    {text: 'destination host responded:', source: `${bounce}: "Destination host responded:", then "{code} {message}"`},
  ],
  recipientHeadings: [
    {text: 'delivery failed for:', source: `${bounce}: "Delivery failed for:", then "- {recipients}", the recipients joined by "\\r\\n- " (Bounce.recipient_join)`},
  ],
  // slimta sends its notice only once a message has failed for good: a permanent reply, or a
  // temporary one the backoff gave up on, its text then ending in " (Too many retries)".
  permanent: [
    {text: 'delivery failed for:', source: `${bounce}: the notice's text; ${queue}`},
    {text: '(too many retries)', source: queue},
  ],
  replyIntroductions: [
    {text: 'destination host responded:', source: `${bounce}: "Destination host responded:", then "{code} {message}" on the next line`},
  ],
} satisfies MtaFamily;
