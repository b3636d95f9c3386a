import type {ProviderRules} from '../types.ts';

const termsPage = 'https://www.economia.cz/smluvni-podminky-sluzby-centrum-cz-e-mail/podminky-od-25-3-2021/';

/**
 * Centrum.cz Mail, the free Czech webmail run by Economia, a.s., which also serves the Atlas.cz and
 * Volny.cz mailboxes (its terms name the servers mail.centrum.cz, atlas.centrum.cz and
 * volny.centrum.cz as one service). No inbound host was sourced, so none is claimed; a verdict on one
 * of its users' mailboxes is still its own. No list of its replies was found: no rows.
 */
export default {
  info: {
    id: 'centrum-cz',
    name: 'Centrum.cz Mail (Atlas.cz, Volny.cz)',
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['centrum.cz', 'atlas.cz', 'volny.cz'],
    mailboxDomainsSource: 'Economia, "Smluvní podmínky služby Centrum.cz - E-mail" (from 25 Mar 2021: the service runs on mail.centrum.cz, atlas.centrum.cz and volny.centrum.cz); jgillich/free-email-domains free-email-domains.txt (centrum.cz); public free-mail domain lists in site code (Mailcheck defaults: atlas.cz, centrum.cz, volny.cz; third-party)',
    docsUrl: termsPage,
    source: `Economia, a.s., terms of the Centrum.cz e-mail service (${termsPage}); jgillich/free-email-domains; third-party free-mail domain lists`,
  },
  rows: [],
} satisfies ProviderRules;
