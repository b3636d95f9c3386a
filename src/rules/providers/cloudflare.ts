import type {ProviderRules} from '../types.ts';

const postmasterPage = 'https://developers.cloudflare.com/email-routing/postmaster/';
const rhostSource = 'sisimai/rb-sisimai lib/sisimai/rhost/cloudflare.rb MessagesOf ("found on one or more DNSBLs": blocked, "Upstream error": systemerror; @see the Email Routing postmaster page); the replies as Cloudflare\'s community forum quotes them';

/**
 * Cloudflare Email Routing, which receives mail for its customers' domains and forwards it to the
 * mailboxes they choose. Its inbound servers are the MX records it adds to each domain
 * (route1.mx.cloudflare.net, route2, route3; earlier amir, linda and isaac under the same
 * mx.cloudflare.net), so a refusal from one of them is Cloudflare's, on the domain's behalf. Its
 * replies send the sender to its postmaster page, and two of them say why in words of their own.
 */
export default {
  info: {
    id: 'cloudflare',
    name: 'Cloudflare Email Routing',
    names: ['cloudflare', 'cloudflare email routing'],
    hostSuffixes: [
      '.mx.cloudflare.net', // the MX records Email Routing adds (Cloudflare Docs, "Domain configuration": route1/2/3.mx.cloudflare.net; "Postmaster": amir, linda, isaac.mx.cloudflare.net)
    ],
    replyMarkers: [
      'developers.cloudflare.com/email-routing/postmaster', // the page its refusals link ("Refer to https://developers.cloudflare.com/email-routing/postmaster/#spam-and-abusive-traffic")
    ],
    docsUrl: postmasterPage,
    source: 'Cloudflare Docs "Email Service: Domain configuration" (developers.cloudflare.com/email-service/configuration/domains/: MX route1.mx.cloudflare.net, route2, route3) and "Email Routing: Postmaster" (its MX, SPF and DKIM records)',
  },
  rows: [
    // "554 <ip> found on one or more DNSBLs (uceprotectip3). Refer to https://developers.cloudflare.com/email-routing/postmaster/#spam-and-abusive-traffic"
    {
      text: ['found on one or more dnsbls', 'found on one or more rbls'],
      reason: 'blocked',
      meaning: 'Cloudflare refuses mail from your sending IP: a DNS blocklist it consults (named in parentheses) lists it.',
      action: 'Look the IP up on the named list and request delisting, or send from another IP.',
      docsUrl: `${postmasterPage}#spam-and-abusive-traffic`,
      source: rhostSource,
    },
    // "421 4.3.0 Upstream error, please check https://developers.cloudflare.com/email-routing/postmaster for possible reasons why."
    {
      text: ['upstream error'],
      reason: 'systemerror',
      meaning: 'Cloudflare could not pass the message on to the mailbox it forwards to: the server after it (upstream) failed or refused.',
      action: 'Retry later; if it lasts, the domain\'s owner should check the forwarding address\'s provider.',
      docsUrl: postmasterPage,
      source: rhostSource,
    },
  ],
} satisfies ProviderRules;
