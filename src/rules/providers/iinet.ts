import type {ProviderRules} from '../types.ts';

const settingsPage = 'https://support.themessaging.co/hc/en-au/articles/7879726922639-Mail-server-settings';

/**
 * The mailboxes of TPG Telecom's Australian brands (iiNet, TPG, Westnet, Internode, OzEmail, AAPT and
 * others), now run for them by The Messaging Company (TMC). This file stands for iiNet and TPG alike.
 * No host is claimed: iinet.net.au's MX (mx-10/mx-20.au-east.atmailcloud.com) is the Atmail cloud,
 * which receives optusnet.com.au's mail too, so a refusal from it does not name one provider. No list
 * of replies was found: no rows.
 */
export default {
  info: {
    id: 'iinet',
    name: 'iiNet / TPG Mail (The Messaging Company)',
    names: ['iinet'],
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: [
      'iinet.net.au', 'tpg.com.au', 'westnet.com.au', 'internode.on.net', 'ozemail.com.au', 'adam.com.au',
      'aapt.net.au', 'netspace.net.au', 'ihug.com.au', 'tassie.net.au',
    ],
    mailboxDomainsSource: 'thunderbird/autoconfig ispdb/themessaging.co.xml (Mozilla ISPDB: "The Messaging Company", these domains, imap.themessagingco.com.au, after TMC\'s "Mail server settings" article); iiNet Help (help.iinet.net.au: iiNet Webmail moving to The Messaging Company for customers who opted in, from 15 Sep 2023)',
    docsUrl: settingsPage,
    source: `thunderbird/autoconfig ispdb/themessaging.co.xml; The Messaging Co "Mail server settings" (${settingsPage}); iiNet Help; tinkrland/themailtell live MX log 2026-10-08 (iinet.net.au and optusnet.com.au both -> au-east.atmailcloud.com, hence no host here)`,
  },
  rows: [],
} satisfies ProviderRules;
