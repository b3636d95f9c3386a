import type {ProviderRules} from '../types.ts';

const helpPage = 'https://help.mail.ru/mail/postmaster';
const dmarcPage = 'https://help.mail.ru/mail-help/postmaster/dmarc';

/**
 * Mail.Ru (mail.ru, bk.ru, list.ru, inbox.ru). It publishes no list of its replies (Return Path's
 * Mail.ru troubleshooting page says so); its refusals link to its own help pages.
 */
export default {
  info: {
    id: 'mailru',
    name: 'Mail.Ru',
    names: ['mail.ru', 'майл.ру'],
    hostSuffixes: [
      '.mail.ru', // mxs.mail.ru, its MX, in the replies its refusals are quoted with ("host mxs.mail.ru[217.69.139.150] said: 550 ...", as pasted bounces show)
    ],
    replyMarkers: [
      'help.mail.ru', // its refusals link to its help pages: "550 5.7.1 This message was not accepted due to domain owner DMARC policy (RFC 7489) https://help.mail.ru/mail-help/postmaster/dmarc"
    ],
    mailboxDomains: ['mail.ru', 'bk.ru', 'list.ru', 'inbox.ru'],
    mailboxDomainsSource: 'viws.ru "Lost email messages. Mail system errors" (Mail.Ru\'s DMARC refusals concern a sender "on the base @mail.ru, @bk.ru, @list.ru or @inbox.ru"); okikio utils packages/email/data/providers.ts (PUBLIC_DOMAIN_RULES, its reviewed list of consumer mailbox domains)',
    docsUrl: helpPage,
    source: 'Return Path "Mail.ru troubleshooting support information" (no published code list; replies carry a short message and a link); replies quoted in public bounces (viws.ru "Lost email messages. Mail system errors"; pastebin Exim and Postfix logs)',
  },
  rows: [
    {
      text: ['not accepted due to domain owner dmarc policy'],
      reason: 'authfailure',
      meaning: 'The message failed the DMARC policy of its From domain (a mail.ru address sent from a server Mail.Ru does not authorise).',
      action: 'Send from an address of your own domain, authenticated with SPF and DKIM, not from a mail.ru address through another server.',
      docsUrl: dmarcPage,
      source: `${dmarcPage}, as the reply links it (quoted on viws.ru "Lost email messages. Mail system errors")`,
    },
    {
      text: ['spam message rejected'],
      reason: 'spamdetected',
      meaning: 'Mail.Ru\'s filter took the message for spam; the reply links a form to contest it.',
      action: 'Use the link in the reply to ask Mail.Ru to review the message, and review the content.',
      docsUrl: helpPage,
      source: 'errorsmaster.ru "Ошибка 550 spam message rejected" (Mail.Ru support\'s answer to that reply)',
    },
    {
      text: ['user is terminated'],
      reason: 'suspend',
      meaning: 'The Mail.Ru mailbox has been closed.',
      action: 'Remove the address, or reach the recipient another way.',
      docsUrl: helpPage,
      source: 'replies quoted in public bounces: "550 Message was not accepted -- invalid mailbox. Local mailbox <rcpt> is unavailable: user is terminated" (pastebin UWADPXYL)',
    },
  ],
} satisfies ProviderRules;
