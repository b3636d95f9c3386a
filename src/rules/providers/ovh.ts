import type {ProviderRules} from '../types.ts';

const mxGuide = 'https://github.com/ovh/docs/blob/develop/pages/web_cloud/domains/dns_zone_mx/guide.en-gb.md';

/**
 * OVHcloud's hosted mail (MX Plan, Email Pro, Exchange). Its customers' domains take mail at
 * mx0-mx4.mail.ovh.net (older set-ups at mx1/mx2.ovh.net); its mail cluster (*.ha.ovh.net) and
 * outbound relays (*.mail-out.ovh.net) write its refusals and notices. ovh.net as a whole is not
 * listed: it also names customers' rented servers (vps*.vps.ovh.net).
 */
export default {
  info: {
    id: 'ovh',
    name: 'OVHcloud Mail (MX Plan)',
    names: ['ovh', 'ovhcloud'],
    hostSuffixes: [
      '.mail.ovh.net', // mx0.mail.ovh.net (priority 1), mx1 (5), mx2 (50), mx3 (100), mx4 (200): "OVHcloud MX configuration values", its guide "Configure an MX record"
      'mx1.ovh.net', // older MX: ovh.com -> "1 mx1.ovh.net | 5 mx2.ovh.net" (tinkrland/themailtell live MX log 2026-10-08)
      'mx2.ovh.net', // "host mx2.ovh.net[137.74.125.139] said: 450 4.7.1 Client host rejected" (a bounce copy on pastebin)
      '.ha.ovh.net', // its mail cluster, named in its refusals: "553 sorry, that domain isn't allowed to be relayed thru this MTA (#5.7.1) (mail414.ha.ovh.net, smtpauth: no"
      '.mail-out.ovh.net', // its outbound relays: "from mail110.ha.ovh.net ... by mo53.mail-out.ovh.net (Postfix)"
    ],
    replyMarkers: [],
    docsUrl: mxGuide,
    source: `OVHcloud docs "Configure an MX record" (ovh/docs pages/web_cloud/domains/dns_zone_mx/guide.en-gb.md, updated 2024-02-29) and "Unable to send or receive emails" (ovh/docs .../troubleshooting/diagnostic_advanced/guide.en-gb.md, a general list of SMTP codes, none OVH's own); tinkrland/themailtell research/sources/live-mx-2026-10-08.txt; pastebin copies of OVH replies and headers (pastebin.com/1qRkUWBq, /kHWz9RjD, /Q9N0hNwj)`,
  },
  rows: [],
} satisfies ProviderRules;
