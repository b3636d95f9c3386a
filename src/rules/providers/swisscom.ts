import type {ProviderRules} from '../types.ts';

const postmasterPage = 'https://postmaster.bluewin.ch/content/en/faq-for-system-administrators/';

/**
 * Swisscom's mail service Bluewin (bluewin.ch, bluemail.ch). Its postmaster site explains its
 * deferrals and block-list refusals. No host is listed: its MX names were not found in any source,
 * and bluewin.ch also names its broadband customers' own machines (*.cust.bluewin.ch), so the
 * domain as a whole would name them too.
 */
export default {
  info: {
    id: 'swisscom',
    name: 'Swisscom Bluewin Mail',
    names: ['swisscom', 'bluewin'],
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['bluewin.ch', 'bluemail.ch'],
    mailboxDomainsSource: 'thunderbird/autoconfig bluewin.ch (emailProvider "Swisscom", "Bluewin Mail": bluewin.ch, bluemail.ch); Swisscom help "All server settings for mail on the PC" (imaps.bluewin.ch, smtpauths.bluewin.ch)',
    docsUrl: postmasterPage,
    source: `Bluewin postmaster "FAQ for System Administrators" (${postmasterPage}: inbound deferrals (4XX) for IPs without history or of poor reputation; a blocklisted server gets a delisting URL in the status message) and "Bluewin Spam Protection" (postmaster.bluewin.ch/content/en/bluewin-spam-protection/); thunderbird/autoconfig bluewin.ch`,
  },
  rows: [],
} satisfies ProviderRules;
