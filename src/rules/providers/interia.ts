import type {ProviderRules} from '../types.ts';

const ownRepliesPage = 'https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600';
const ownReplies = 'Interia Poczta Pomoc "Dlaczego wiadomość nie została dostarczona?" (pomoc.poczta.interia.pl): the replies its servers give, each with its code and an explanation in Polish and English';

/**
 * Interia Poczta (interia.pl, interia.eu, poczta.fm), Polish webmail of Grupa Interia.pl. Its help
 * page lists the replies of its own servers with their codes; its servers live under interia.pl.
 */
export default {
  info: {
    id: 'interia',
    name: 'Interia Poczta',
    names: ['interia'],
    hostSuffixes: [
      // Interia's own mail hosts: smtpo49/52/62/63/68.interia.pl relay its users' mail (interia.pl and
      // poczta.fm senders, with "X-Interia-R: Interia" headers, in the kernel and freedesktop list
      // archives stored as public repositories); mx.interia.pl is the name provider lists in public code
      // give for its MX (only that code names it; no page of Interia's was found).
      '.interia.pl',
    ],
    replyMarkers: [
      // "450 4.7.1 Twoj serwer poczty x.x.x.x zostal tymczasowo zablokowany za spam", Interia's temporary
      // block, as Suped quotes it ("Why are my emails to Interia.pl being rejected", suped.com)
      'zostal tymczasowo zablokowany za spam',
    ],
    mailboxDomains: ['interia.pl', 'interia.eu', 'poczta.fm'],
    mailboxDomainsSource: 'logowanie.email "Poczta Interia logowanie" (the address is a chosen name "oraz jednej z domen: interia.pl, interia.eu lub poczta.fm"); poczta.fm mail signed d=poczta.fm leaving through smtpo49.interia.pl (freedesktop list archive)',
    docsUrl: ownRepliesPage,
    source: `${ownReplies}; suped.com on Interia's "zostal tymczasowo zablokowany za spam"; Received headers of Interia users' mail in public list archives`,
  },
  rows: [
    {
      reply: '550',
      status: '5.1.1',
      text: ['account not found'],
      reason: 'userunknown',
      meaning: 'No Interia account has this address, or the account has been blocked.',
      action: 'Check the recipient\'s address for typos; remove it if it is right as written.',
      docsUrl: ownRepliesPage,
      source: ownReplies,
    },
    {
      reply: '550',
      status: '5.2.1',
      text: ['mailbox not available'],
      reason: 'suspend',
      meaning: 'The mailbox cannot take mail: Interia names three causes, a mistyped address, a full mailbox, or a suspended account.',
      action: 'Check the address first; if it is right, retry later or reach the recipient another way.',
      docsUrl: ownRepliesPage,
      source: ownReplies,
    },
    {
      reply: '550',
      status: '5.7.1',
      text: ['recipient doesn\'t want your mail'],
      reason: 'filtered',
      meaning: 'The recipient has most likely put the sender on the blocked list of their Interia mailbox.',
      action: 'Reach the recipient another way and ask them to unblock your address.',
      docsUrl: ownRepliesPage,
      source: ownReplies,
    },
    {
      reply: '550',
      status: '5.7.0',
      text: ['is not allowed to send mail from'],
      reason: 'authfailure',
      meaning: 'The sending IP is not among those the sender domain\'s SPF record allows ("[SPF] <host> is not allowed to send mail from <domain>").',
      action: 'Send through a server the domain\'s SPF record lists, or add the sending server to the record.',
      docsUrl: ownRepliesPage,
      source: ownReplies,
    },
  ],
} satisfies ProviderRules;
