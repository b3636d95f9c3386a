import type {ProviderRules} from '../types.ts';

const postmasterPage = 'https://postmaster.frontier.com/junkemail.html';

/**
 * Frontier Communications' mail for its internet customers (FrontierNet). Its postmaster pages set
 * rules for servers delivering to "FrontierNet's mail servers" (matching forward and reverse DNS, no
 * open relays, no dynamic IPs) and ask senders to drop FrontierNet addresses that bounce. No inbound
 * host was sourced, so none is claimed. No list of its replies was found: no rows.
 */
export default {
  info: {
    id: 'frontier',
    name: 'Frontier Mail (FrontierNet)',
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['frontiernet.net', 'frontier.com'],
    mailboxDomainsSource: 'FrontierNet Postmaster, "Best Practice Recommendations for Incoming Mail" (postmaster.frontier.com/bestpractices.html: "FrontierNet e-mail addresses", abuse@frontiernet.net); Frontier help center, "My Profile" ("My Frontier Email Addresses"); frontier.com in public free-mail domain lists in site code (third-party)',
    docsUrl: postmasterPage,
    source: `FrontierNet Postmaster, "Junk E-mail" (${postmasterPage}) and "Best Practice Recommendations for Incoming Mail" (postmaster.frontier.com/bestpractices.html); Frontier help center`,
  },
  rows: [],
} satisfies ProviderRules;
