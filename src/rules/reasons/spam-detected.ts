import type {ReasonRule} from '../types.ts';

/** A spam filter refused the message content. */
export default {
  id: 'spamdetected',
  title: 'Flagged as spam',
  description: 'A spam filter refused the message content.',
  phrases: [
    ' - spam', // amavis: "Reject, id=... - SPAM"
    'considered unsolicited bulk e-mail', // amavisd-new amavisd, the spam sender notification template: "was considered unsolicited bulk e-mail (UBE)."
    'unsolicited bulk email apparently from you', // amavisd-new amavisd, the DSN template's subject: "Undeliverable mail, UNSOLICITED BULK EMAIL apparently from you"
    '被怀疑为是垃圾邮件', // chinese: Coremail's notice, "现在您发送的邮件被怀疑为是垃圾邮件，拒绝接收" ("the mail you sent is suspected to be spam, refused"; src/rules/mta/coremail.ts)
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
    'help_spam_16', // sisimai reason/spamdetected.rb
    'blacklisted url', // sisimai reason/spamdetected.rb
    'block for spam', // sisimai reason/spamdetected.rb
    'no spam please', // sisimai reason/spamdetected.rb
    'as a bulk email', // sisimai reason/spamdetected.rb
    'mail content denied', // sisimai reason/spamdetected.rb
    'may consider spam', // sisimai reason/spamdetected.rb
    'seems to be a spam', // sisimai reason/spamdetected.rb
    'spamprofiler', // sisimai reason/spamdetected.rb
    'probable spam', // sisimai reason/spamdetected.rb
    'bulk.advertising', // sisimai reason/spamdetected.rb
    'spam-like', // sisimai reason/spamdetected.rb
    'spam blocked', // sisimai reason/spamdetected.rb
    'spam check', // sisimai reason/spamdetected.rb
    'spam email', // sisimai reason/spamdetected.rb
    'spam not accepted', // sisimai reason/spamdetected.rb
    'spam refused', // sisimai reason/spamdetected.rb
    'spam rejection', // sisimai reason/spamdetected.rb
    'spambouncer', // sisimai reason/spamdetected.rb
    'spamming not allowed', // sisimai reason/spamdetected.rb
    'too much spam', // sisimai reason/spamdetected.rb
    'looked like spam', // sisimai reason/spamdetected.rb
    'appears to be spam', // sisimai reason/spamdetected.rb
    'recurrent pattern detection', // sisimai reason/spamdetected.rb
    'accept spam', // sisimai reason/spamdetected.rb
    'similar to spam', // sisimai reason/spamdetected.rb
    'uribl', // sisimai reason/spamdetected.rb
    'considered spam', // sisimai reason/spamdetected.rb
    'probably spam', // sisimai reason/spamdetected.rb
    'blocked by our filter', // sisimai reason/spamdetected.rb
    'spam block', // sisimai reason/spamdetected.rb
    'antispam check', // sisimai reason/spamdetected.rb
    'probability of being spam', // sisimai reason/spamdetected.rb
    'spam points', // sisimai reason/spamdetected.rb
    'rejected due to spam', // sisimai reason/spamdetected.rb
    'odrzucona przez system antyspamowy', // polish; cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'declared spam', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'bulk email', // sisimai reason/spamdetected.rb
    'content filter rejection', // sisimai reason/spamdetected.rb
    'denied due to spam list', // sisimai reason/spamdetected.rb
    'rejected because of unacceptable content', // sisimai reason/spamdetected.rb
    'rejecting banned content', // sisimai reason/spamdetected.rb: amavisd-new's refusal of a banned part
    'rejecting mail content', // sisimai reason/spamdetected.rb
    'identified spam', // sisimai reason/spamdetected.rb Index @f352cb87
    'spam is embedded in the email', // sisimai lib/sisimai/rhost/tencent.rb MessagesOf (that provider's reply wording)
  ],
  phraseSequences: [
    ['rejected by ', ' (spam)'], // sisimai reason/spamdetected.rb Pairs: a filter names itself, then "(spam)"
    ['accept', ' spam'], // sisimai reason/spamdetected.rb Pairs @f352cb87
    ['appears', ' to ', 'spam'], // sisimai reason/spamdetected.rb Pairs @f352cb87
    ['bulk', 'mail'], // sisimai reason/spamdetected.rb Pairs @f352cb87
    ['considered', ' spam'], // sisimai reason/spamdetected.rb Pairs @f352cb87
    ['contain', ' spam'], // sisimai reason/spamdetected.rb Pairs @f352cb87
    ['detected', ' spam'], // sisimai reason/spamdetected.rb Pairs @f352cb87
    ['mail score (', ' over '], // sisimai reason/spamdetected.rb Pairs @f352cb87
    ['mail rejete. mail rejected. ', '506'], // sisimai reason/spamdetected.rb Pairs @f352cb87
    ['message ', 'like spam'], // sisimai reason/spamdetected.rb Pairs @f352cb87
    ['probab', ' spam'], // sisimai reason/spamdetected.rb Pairs @f352cb87
    ['reject', ' content'], // sisimai reason/spamdetected.rb Pairs @f352cb87
    ['reject, id=', 'spam'], // sisimai reason/spamdetected.rb Pairs @f352cb87
    ['score', 'spam'], // sisimai reason/spamdetected.rb Pairs @f352cb87
    ['spam ', 'block'], // sisimai reason/spamdetected.rb Pairs @f352cb87
    ['spam ', 'filter'], // sisimai reason/spamdetected.rb Pairs @f352cb87
    ['spam ', ' exceeded'], // sisimai reason/spamdetected.rb Pairs @f352cb87
    ['spam ', 'score'], // sisimai reason/spamdetected.rb Pairs @f352cb87
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
