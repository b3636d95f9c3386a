import type {ProviderRules} from '../types.ts';

const ownRepliesPage = 'https://yandex.com/support/mail/bounces/yandex.html';
const ownReplies = 'Yandex Help "Report on non-delivery to Yandex" (yandex.com/support/mail/bounces/yandex.html): the replies of Yandex\'s own mail servers, grouped by what they mean';

/**
 * Yandex Mail (yandex.ru, ya.ru, Yandex 360 domains). Its help page lists the replies its own
 * servers give, in words only: the rows match those words once a Yandex host or the notice names it,
 * and the longer ones (`ownWords`) name Yandex by themselves.
 */
export default {
  info: {
    id: 'yandex',
    name: 'Yandex Mail',
    names: ['yandex', 'яндекс', 'яндекса', 'яндексе'],
    hostSuffixes: [
      '.yandex.ru', // mx.yandex.ru, the MX of yandex.ru; forward*.mail.yandex.net send its notices (Sisimai lhost/yandex.rb: "This is the mail system at host yandex.ru.")
      '.yandex.net', // mx.yandex.net, the MX Yandex 360 tells domain owners to publish
    ],
    replyMarkers: [],
    mailboxDomains: ['yandex.ru', 'yandex.com'],
    mailboxDomainsSource: 'okikio utils packages/email/data/providers.ts (PUBLIC_DOMAIN_RULES, its reviewed list of consumer mailbox domains)',
    docsUrl: ownRepliesPage,
    source: `${ownReplies}; Yandex 360 domain set-up (MX record mx.yandex.net); sisimai lib/sisimai/lhost/yandex.rb`,
  },
  rows: [
    {
      text: ['no such user', 'no correct recipients', 'bad recipient address syntax', 'bad address mailbox syntax', 'need fully-qualified address'],
      reason: 'userunknown',
      meaning: 'No Yandex mailbox has this address, or the address is malformed.',
      action: 'Check the address for typos, extra punctuation or spaces; remove it if it is right as written.',
      docsUrl: ownRepliesPage,
      source: ownReplies,
      ownWords: true,
    },
    {
      text: ['message rejected under suspicion of spam'],
      reason: 'spamdetected',
      meaning: 'Yandex\'s filter took the message for spam.',
      action: 'Review the content and the list\'s consent; Yandex\'s requirements for mailing lists apply.',
      docsUrl: 'https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html',
      source: ownReplies,
      ownWords: true,
    },
    {
      text: ['blocked by spam statistics'],
      reason: 'blocked',
      meaning: 'Only spam has come from the sending mailbox or host lately, so Yandex refuses its mail for 24 hours.',
      action: 'Stop the spam at its source, then wait out the 24 hours.',
      docsUrl: 'https://yandex.com/support/mail/bounces/yandex/message-rejected-under-suspicion-of-spam.html',
      source: ownReplies,
      ownWords: true,
    },
    {
      text: ['policy rejection on the target address'],
      reason: 'suspend',
      meaning: 'The recipient\'s Yandex account is blocked for breaking Yandex\'s user agreement.',
      action: 'Reach the recipient another way; only they can unblock the account.',
      docsUrl: ownRepliesPage,
      source: ownReplies,
      ownWords: true,
    },
    {
      text: ['mailbox size limit exceeded', 'mailbox size exceeded'],
      reason: 'mailboxfull',
      meaning: 'The recipient\'s Yandex mailbox is full.',
      action: 'Retry later or reach the recipient another way; they must log in to Yandex Mail to free it.',
      docsUrl: ownRepliesPage,
      source: ownReplies,
      ownWords: true,
    },
  ],
} satisfies ProviderRules;
