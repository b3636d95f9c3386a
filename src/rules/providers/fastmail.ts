import type {ProviderRules} from '../types.ts';

const bouncePage = 'https://fastmail.help/hc/en-us/articles/7010500320655-Why-messages-bounce-back';
const bounceSource = 'Fastmail help "Why messages bounce back" (fastmail.help article 7010500320655), its section "Common Fastmail bounce errors"';
const lockedPage = 'https://www.fastmail.com/docs/locked.html';
const lockedSource = 'Fastmail "Locked Account/Domain/IP/Email-address details" (fastmail.com/docs/locked.html): a message to a locked account is returned with "554 ... Recipient address rejected: Account locked for abuse or overuse; see ..."';

/**
 * Fastmail (Fastmail Pty Ltd, Australia): fastmail.com, fastmail.fm and its other domains, and the
 * custom domains it hosts. All mail for them is received by in1-smtp and in2-smtp.messagingengine.com,
 * its MX under its own infrastructure domain, and its refusals of locked accounts, addresses or IPs
 * point to its "locked" page. Its help lists the bounces its own servers write; they are Postfix
 * words, so they name Fastmail only together with its hosts.
 */
export default {
  info: {
    id: 'fastmail',
    name: 'Fastmail',
    names: ['fastmail'],
    hostSuffixes: [
      // The submission server mail programs send through: nodemailer/nodemailer lib/well-known/services.json@01ae76f2, "FastMail" (host smtp.fastmail.com).
      'smtp.fastmail.com',
      '.messagingengine.com', // MX 10 in1-smtp.messagingengine.com, MX 20 in2-smtp.messagingengine.com for domains hosted at Fastmail (DNS set-ups in public code, e.g. timchambers' gist citing fastmail.com/help/receive/domains-advanced.html); jace/mxsniff mxsniff/providers.py: 'fastmail': {'mx': ['*.messagingengine.com']}
    ],
    replyMarkers: [
      'messagingengine.com/docs/locked', // "554 5.7.1 <...>: Client host rejected: Address locked or deactivated; see http://mail.messagingengine.com/docs/locked.html" (quoted on brianjohnson.co.za/posts/avoid-fastmail/); Fastmail's own page of locks is docs/locked.html
    ],
    mailboxDomains: [
      'fastmail.com', 'fastmail.fm', 'fastmail.cn', 'fastmail.co.uk', 'fastmail.com.au', 'fastmail.de',
      'fastmail.es', 'fastmail.fr', 'fastmail.im', 'fastmail.in', 'fastmail.jp', 'fastmail.mx',
      'fastmail.net', 'fastmail.nl', 'fastmail.org', 'fastmail.se', 'fastmail.to', 'fastmail.tw',
      'fastmail.uk', 'fastmail.us',
    ],
    mailboxDomainsSource: 'okikio utils packages/email/data/providers.ts (PUBLIC_DOMAIN_RULES: fastmail.com, fastmail.fm); caronc/apprise wiki "Notify_email-Fastmail" (the Fastmail domains it supports, Dec 2018: fastmail.com, .cn, .co.uk, .com.au, .de, .es, .fm, .fr, .im, .in, .jp, .mx, .net, .nl, .org, .se, .to, .tw, .uk, .us)',
    docsUrl: bouncePage,
    source: `${bounceSource}; ${lockedSource}; Fastmail help "Undelivered email" (fastmail.com/help/send/undeliverable.html); MX from public DNS set-ups and jace/mxsniff`,
  },
  // Its page also quotes Postfix's own refusals ("User unknown in virtual mailbox table", "Host or
  // domain name not found"), which any Postfix server prints: they are no rows of Fastmail's.
  rows: [
    {
      reply: '554',
      text: ['account locked for abuse or overuse'],
      reason: 'suspend',
      meaning: 'The recipient\'s Fastmail account is locked, for abuse or overuse, so it takes no mail.',
      action: 'Reach the recipient another way; only they (with Fastmail) can unlock the account.',
      docsUrl: lockedPage,
      source: lockedSource,
    },
    {
      reply: '551',
      status: '5.7.1',
      text: ['not authorised to send from this header address'],
      reason: 'securityerror',
      meaning: 'Fastmail refused to send the message because its From address is not one the sending account may use.',
      action: 'Send from one of the account\'s own addresses, or add the address to the account (as a sending address or identity) first.',
      docsUrl: bouncePage,
      source: `${bounceSource} ("551 5.7.1 Not authorised to send from this header address")`,
    },
  ],
} satisfies ProviderRules;
