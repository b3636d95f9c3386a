import type {ProviderRow} from '../../types.ts';

export const errorPage = 'https://postmaster.gmx.com/en/error-messages';
export const smtpCodes = 'smtp.codes/unitedinternet (United Internet: 1&1, IONOS, GMX, web.de, mail.com; its codes and their explanations)';
export const replyShape = `${errorPage} (GMX: replies carry a basic code only, no enhanced code; they are multi-line, the last line decides, and end with "For explanation visit https://postmaster.gmx.net/en/case?..."; example "554-gmx.net (mxgmx104) Nemesis ESMTP Service not available")`;

/**
 * The replies of United Internet's mail platform ("Nemesis ESMTP"), which receives the mail of its
 * brands GMX, WEB.DE, mail.com and 1&1 / IONOS alike: each brand's postmaster page documents the same
 * replies, so every brand's file carries these rows. Being shared, their words alone name no brand;
 * the answering host or the brand's postmaster link does.
 */
export const unitedInternetReplies: readonly ProviderRow[] = [
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
];
