import type {ReasonRule} from '../types.ts';

/** A spam filter refused the message content. */
export default {
  id: 'spamdetected',
  title: 'Flagged as spam',
  description: 'A spam filter refused the message content.',
  phrases: [
    ' - spam', // amavis: "Reject, id=... - SPAM"
    'spam detected', // common
    'as spam', // common: "rejected as spam", "classified as spam"
    'spam message', // common
    'is spam', // common
    'spam filter', // common
    'spam score', // common
    'likely spam', // common
    'spam content filter', // common
    'junk mail', // common
    'unsolicited', // common
    'bulk mail', // common
    'looks like spam', // common
    'classified as spam', // common
    'spam classification', // google groups: "rejected due to spam classification"
    'spam content', // common
    'message content rejected', // weak
    'content rejected', // weak
    'spamassassin', // common
    'high probability of spam', // common
    'scored as spam', // common
    'detected as spam', // common
    'rejected as spam', // common
    'suspected spam', // common
    'uce', // weak
    'considered unsolicited', // common
  ],
  action: {
    id: 'fix-content',
    summary: 'Change the content that looks like spam, and check your authentication and list quality.',
    steps: [
      'Remove spam-like wording, link shorteners and image-only content.',
      'Authenticate with SPF, DKIM and DMARC.',
      'Send only to recipients who asked for your mail.',
    ],
  },
} as const satisfies ReasonRule;
