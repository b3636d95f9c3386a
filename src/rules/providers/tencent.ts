import type {ProviderRow, ProviderRules} from '../types.ts';

/** A page of QQ Mail's help by its number, or an older page by its whole address. */
const helpPage = (id: string) => (id.startsWith('http') ? id : `https://service.mail.qq.com/detail/122/${id}`);
const rhostSource = 'sisimai/rb-sisimai lib/sisimai/rhost/tencent.rb MessagesOf: QQ Mail\'s replies, each with the page of QQ Mail\'s help (service.mail.qq.com/detail/122/<n>) that explains it';

/** One of QQ Mail's replies as its help explains it: the words its servers write, and the help page. */
function reply(text: string, reason: ProviderRow['reason'], page: string, meaning: string, action: string): ProviderRow {
  return {text: [text], reason, meaning, action, docsUrl: helpPage(page), ownWords: true, source: rhostSource};
}

/**
 * QQ Mail (qq.com) of Tencent. Its replies are short English words, each linked to a page of its
 * help ("550 Mail content denied. https://service.mail.qq.com/detail/122/171").
 */
export default {
  info: {
    id: 'tencent',
    name: 'Tencent QQ Mail',
    names: ['qq', 'qq邮箱', 'qq mail', 'qqmail', 'foxmail', 'tencent', '腾讯企业邮', '腾讯邮箱'],
    hostSuffixes: [
      '.qq.com',
    ],
    replyMarkers: [
      'service.mail.qq.com', // its help, which its replies link ("https://service.mail.qq.com/detail/122/171")
    ],
    mailboxDomains: ['qq.com'],
    mailboxDomainsSource: 'okikio utils packages/email/data/providers.ts (PUBLIC_DOMAIN_RULES, its reviewed list of consumer mailbox domains)',
    docsUrl: 'https://service.mail.qq.com/detail/122',
    source: 'sisimai rhost/lib.go, rhost/for-tencent.go, rb-sisimai rhost/tencent.rb (QQ Mail\'s help pages)',
  },
  rows: [
    reply('spf check failed', 'authfailure', '72', 'The sender\'s domain does not allow your server by its SPF record.', 'Add your sending server to the domain\'s SPF record.'),
    reply('dmarc check failed', 'authfailure', '72', 'The message fails the sender domain\'s DMARC policy.', 'Align SPF or DKIM with the From domain.'),
    reply('suspected bounce attacks', 'blocked', '57', 'QQ Mail takes the mail from your server for a flood of bounces and refuses it.', 'Stop sending bounces to forged senders; check what your server sends.'),
    reply('suspected spam ip', 'blocked', '66', 'QQ Mail refuses your sending IP as a suspected spam source.', 'Find and stop the spam from that IP, then retry later.'),
    reply('connection denied', 'blocked', '170', 'QQ Mail refuses connections from your sending IP.', 'Check your IP\'s reputation and retry later.'),
    reply('message too large', 'mesgtoobig', '168', 'The message is larger than QQ Mail accepts.', 'Send a smaller message.'),
    reply('mailbox unavailable or access denined', 'toomanyconn', '166', 'QQ Mail limits how much mail it takes from you for now.', 'Send more slowly and retry later.'),
    reply('ip frequency limited', 'toomanyconn', '172', 'Your sending IP sends to QQ Mail faster than it allows.', 'Send more slowly from that IP.'),
    reply('domain frequency limited', 'toomanyconn', '173', 'Your sending domain sends to QQ Mail faster than it allows.', 'Send more slowly from that domain.'),
    reply('sender frequency limited', 'toomanyconn', '174', 'The sender address sends to QQ Mail faster than it allows.', 'Send more slowly from that address.'),
    reply('connection frequency limited', 'toomanyconn', '175', 'Your server opens connections to QQ Mail faster than it allows.', 'Open fewer connections, more slowly.'),
    reply('frequency of receiving messages is limited', 'toomanyconn', '1011', 'The recipient receives more mail than QQ Mail allows for now.', 'Retry later.'),
    // After the longer words it begins ("suspected spam ip").
    reply('suspected spam', 'rejected', '71', 'QQ Mail takes the message for suspected spam and refuses it.', 'Review the message and your sending practices, then retry.'),
    reply('mail is rejected by recipients', 'rejected', '92', 'The recipient has refused mail from you.', 'Stop sending to this recipient unless they ask for your mail.'),
    reply('spam is embedded in the email', 'spamdetected', '59', 'QQ Mail found spam content in the message.', 'Change what looks like spam in the message.'),
    reply('mail content denied', 'spamdetected', '171', 'QQ Mail refuses the message\'s content.', 'Change what looks like spam in the message, its links included.'),
    reply('is a deactivated mailbox', 'suspend', 'https://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000742', 'The recipient\'s mailbox is deactivated.', 'Stop sending to this address unless its owner reactivates it.'),
    reply('bad address syntax', 'syntaxerror', '167', 'The recipient address is not written correctly.', 'Correct the address.'),
    reply('mailbox not found', 'userunknown', '169', 'The recipient address does not exist at QQ Mail.', 'Remove the address.'),
    // "550 The "From" header is missing or invalid. Please follow RFC5322, RFC2047, RFC822 standard
    // protocol. https://service.mail.qq.com/detail/124/995.": its help page (From合法性检查, the From
    // check) says the field must be there (RFC 5322) and be an address or a name, encoded where it
    // is not ASCII (RFC 2047), before "<address>".
    {
      reply: '550',
      text: ['please follow rfc5322, rfc2047, rfc822 standard protocol'],
      reason: 'notcompliantrfc',
      meaning: 'QQ Mail refuses a message whose From field is missing or not a valid address (a display name not in ASCII must be encoded).',
      action: 'Write the From field as an address, or a name (RFC 2047-encoded if not ASCII) before <address>.',
      docsUrl: 'https://service.mail.qq.com/detail/124/995',
      ownWords: true,
      source: 'QQ Mail\'s help, service.mail.qq.com/detail/124/995 (the From check, which its 550 reply links), as public notes quote the reply with its link (wording seen in the wild)',
    },
  ],
} as const satisfies ProviderRules;
