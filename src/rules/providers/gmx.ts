import type {ProviderRules} from '../types.ts';
import {errorPage, replyShape, smtpCodes, unitedInternetReplies} from './shared/united-internet-replies.ts';

/**
 * GMX (and mail.com, the same service of United Internet's 1&1 Mail & Media). Its servers print a
 * basic code and a multi-line reply whose first lines name the host ("gmx.net (mxgmx104) Nemesis
 * ESMTP") and whose last line links GMX's postmaster page; the replies are those of the platform it
 * shares with WEB.DE and IONOS, so its host or its link, not the words, say the reply is GMX's.
 */
export default {
  info: {
    id: 'gmx',
    name: 'GMX',
    names: ['gmx'],
    hostSuffixes: [
      // mx00.emig.gmx.net and mx01.emig.gmx.net, GMX's MX; and the name its refusals open with,
      // "gmx.net (mxgmx104) Nemesis ESMTP Service not available" (GMX's error page)
      'gmx.net',
      'gmx.com',
    ],
    replyMarkers: [
      'postmaster.gmx.net', // "For explanation visit https://postmaster.gmx.net/en/case?c=...", the last line of each refusal
      'postmaster.gmx.com',
    ],
    mailboxDomains: ['gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'gmx.com', 'gmx.co.uk', 'gmx.fr', 'gmx.es', 'gmx.it', 'gmx.us', 'mail.com'],
    mailboxDomainsSource: 'smtp.codes/unitedinternet, its list of United Internet\'s mail domains (GMX, mail.com)',
    docsUrl: errorPage,
    source: `${replyShape}; ${smtpCodes}`,
  },
  rows: unitedInternetReplies,
} satisfies ProviderRules;
