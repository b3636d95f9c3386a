import type {ProviderRules} from '../types.ts';

const blockedPage = 'https://business.shaw.ca/support/troubleshooting-email-being-blocked-issues';

/**
 * Shaw mail (shaw.ca), now run by Rogers. Mail for shaw.ca is received through Cloudmark's hosted
 * filter at a name reserved for Shaw (shw-central.mx.a.cloudfilter.net). Its deferrals carry
 * Cloudmark's generic AUP# codes (AUP#MXRT, AUP#CNCT), which other cloudfilter.net customers print
 * too, so they name no one: no markers, no rows.
 */
export default {
  info: {
    id: 'shaw',
    name: 'Shaw Mail (shaw.ca)',
    hostSuffixes: [
      // "We have tried two current routes to send email to their MX, shw-central.mx.a.cloudfilter.net but so far both end up
      // bouncing with the AUP#MXRT message" (a hosting company's post in Shaw's support community, support.shaw.ca, thread
      // "Shaw server blocking emails from domain"; a third-party record). Only this name: cloudfilter.net is shared.
      'shw-central.mx.a.cloudfilter.net',
    ],
    replyMarkers: [],
    mailboxDomains: ['shaw.ca'],
    mailboxDomainsSource: 'Shaw Business "Troubleshooting email being blocked issues" ("emails from your @shaw.ca or Shaw-hosted email addresses"); Rogers support "Troubleshooting common Shaw email issues" (rogers.com/support/internet/shaw-email: "your @shaw.ca address")',
    docsUrl: blockedPage,
    source: `Shaw Business support (${blockedPage}); Rogers support page on Shaw email; Shaw support community thread on AUP#MXRT deferrals (MX name, third-party)`,
  },
  rows: [],
} satisfies ProviderRules;
