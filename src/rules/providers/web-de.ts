import type {ProviderRules} from '../types.ts';
import {smtpCodes, unitedInternetReplies} from './shared/united-internet-replies.ts';

const errorPage = 'https://postmaster.web.de/de/fehlermeldungen';

/**
 * WEB.DE, United Internet's other large German mailbox brand. Its MX (mx-ha02.web.de and kin) run
 * the platform it shares with GMX and IONOS, so its host or its postmaster link, not the words of a
 * reply, say the reply is WEB.DE's.
 */
export default {
  info: {
    id: 'web-de',
    name: 'WEB.DE',
    hostSuffixes: [
      'web.de', // mx-ha02.web.de and kin, WEB.DE's MX; and the name its refusals open with ("web.de (mxweb...)"), as GMX's open with gmx.net
    ],
    replyMarkers: [
      'postmaster.web.de', // its postmaster page, which its refusals link as GMX's link postmaster.gmx.net
    ],
    mailboxDomains: ['web.de'],
    mailboxDomainsSource: 'smtp.codes/unitedinternet, its list of United Internet\'s mail domains (web.de)',
    docsUrl: errorPage,
    source: `${errorPage} (WEB.DE's list of its error messages); ${smtpCodes}`,
  },
  rows: unitedInternetReplies,
} satisfies ProviderRules;
