import type {ProviderRules} from '../types.ts';

const postmasterPage = 'https://developers.cloudflare.com/email-routing/postmaster/';

/**
 * Cloudflare Email Routing, which receives mail for its customers' domains and forwards it to the
 * mailboxes they choose. Its inbound servers are the MX records it adds to each domain
 * (route1.mx.cloudflare.net, route2, route3; earlier amir, linda and isaac under the same
 * mx.cloudflare.net), so a refusal from one of them is Cloudflare's, on the domain's behalf. Its
 * replies carry no code list of its own: only its hosts name it.
 */
export default {
  info: {
    id: 'cloudflare',
    name: 'Cloudflare Email Routing',
    names: ['cloudflare', 'cloudflare email routing'],
    hostSuffixes: [
      '.mx.cloudflare.net', // the MX records Email Routing adds (Cloudflare Docs, "Domain configuration": route1/2/3.mx.cloudflare.net; "Postmaster": amir, linda, isaac.mx.cloudflare.net)
    ],
    replyMarkers: [],
    docsUrl: postmasterPage,
    source: 'Cloudflare Docs "Email Service: Domain configuration" (developers.cloudflare.com/email-service/configuration/domains/: MX route1.mx.cloudflare.net, route2, route3) and "Email Routing: Postmaster" (its MX, SPF and DKIM records)',
  },
  rows: [],
} satisfies ProviderRules;
