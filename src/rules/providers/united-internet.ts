import type {ProviderRules} from '../types.ts';

const errorPage = 'https://postmaster.gmx.com/en/error-messages';
const smtpCodes = 'smtp.codes/unitedinternet (United Internet: 1&1, IONOS, GMX, web.de, mail.com; its codes and their explanations)';
const replyShape = `${errorPage} (GMX: replies carry a basic code only, no enhanced code; they are multi-line, the last line decides, and end with "For explanation visit https://postmaster.gmx.net/en/case?..."; example "554-gmx.net (mxgmx104) Nemesis ESMTP Service not available")`;

/**
 * United Internet's mail (GMX, WEB.DE, mail.com, 1&1 / IONOS). Its servers print a basic code and
 * a multi-line reply whose last line names the case and links its postmaster page.
 */
export default {
  info: {
    id: 'united-internet',
    name: 'GMX / WEB.DE / 1&1 (United Internet)',
    hostSuffixes: [
      '.gmx.net', // mx00.emig.gmx.net and mx01.emig.gmx.net, GMX's MX; its banner names "gmx.net (mxgmx104)"
      '.gmx.com',
      '.web.de', // mx-ha02.web.de and kin, WEB.DE's MX
      '.kundenserver.de', // mx00.kundenserver.de, 1&1's MX ("mx*.schlund.de oder mx*.kundenserver.de ... gehören alle zu 1&1", dentaku.wazong.de)
      '.schlund.de',
      '.ionos.de', // mx00.ionos.de, IONOS's MX
    ],
    replyMarkers: [
      'postmaster.gmx.net', // "For explanation visit https://postmaster.gmx.net/en/case?c=...", the last line of each refusal
      'postmaster.gmx.com',
      'postmaster.web.de',
      'nemesis esmtp', // its servers' own name in the banner its refusals quote: "gmx.net (mxgmx104) Nemesis ESMTP Service not available"
    ],
    mailboxDomains: ['gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'gmx.com', 'gmx.co.uk', 'gmx.fr', 'gmx.es', 'gmx.it', 'gmx.us', 'web.de', 'mail.com'],
    mailboxDomainsSource: 'smtp.codes/unitedinternet, its list of United Internet\'s mail domains (GMX, WEB.DE, mail.com)',
    docsUrl: errorPage,
    source: `${replyShape}; ${smtpCodes}; postmaster.web.de/de/fehlermeldungen`,
  },
  rows: [
    {
      reply: '550',
      text: ['reject due to spf policy'],
      reason: 'authfailure',
      meaning: 'The message came from a server that the sender domain\'s SPF record does not allow.',
      action: 'Add the sending server to the domain\'s SPF record, or rewrite the sender of forwarded mail (SRS).',
      docsUrl: 'https://postmaster.web.de/de/fehlermeldungen',
      source: `${smtpCodes}: "550 <x>: Reject due to SPF policy. The originating IP of the message is not permitted by the domain owner"`,
    },
    {
      text: ['ip address is block listed'],
      reason: 'blocked',
      meaning: 'The sending IP address is on a block list United Internet consults.',
      action: 'Follow the case link in the reply\'s last line; get the IP delisted where it is listed.',
      docsUrl: errorPage,
      source: `${replyShape}`,
    },
    {
      text: ['reject due to policy violations'],
      reason: 'blocked',
      meaning: 'The sending IP is refused for now, most often for sending to too many addresses that do not exist (an old list or a hijacked mailbox).',
      action: 'Clean the list of unknown addresses or stop the abuse, then retry later.',
      docsUrl: 'https://postmaster.web.de/de/fehlermeldungen',
      source: 'comservice-ffo.de "SMTP Fehlermeldungen" (United Internet\'s replies: "421 Reject due to policy violations", "450 Reject due to policy violations."); postmaster.web.de/de/fehlermeldungen',
    },
    {
      text: ['rate limit reached'],
      reason: 'speeding',
      meaning: 'Too many messages arrived in too short a time.',
      action: 'Retry in a few hours and send more slowly.',
      docsUrl: 'https://postmaster.web.de/de/fehlermeldungen',
      source: 'comservice-ffo.de "SMTP Fehlermeldungen": "421 Rate limit reached. Please try again later"; postmaster.web.de/de/fehlermeldungen ("Es wurden zu viele E-Mails in zu kurzer Zeit eingeliefert")',
    },
  ],
} satisfies ProviderRules;
