import type {ProviderRules} from '../types.ts';

const mailDomainsPage = 'https://github.com/Uberspace/manual/blob/main/source/mail-domains.rst';

/**
 * Uberspace, a German shared-hosting provider. Each account lives on one host named
 * HOSTNAME.uberspace.de, and that host is the MX of the account's mail domains (the account's own
 * USER.uber.space and any domain added with `uberspace mail domain add`), so a refusal from a
 * host under uberspace.de is Uberspace's. It filters incoming mail with Rspamd and rejects above a
 * score, but publishes no list of its replies: no rows.
 */
export default {
  info: {
    id: 'uberspace',
    name: 'Uberspace',
    names: ['uberspace'],
    hostSuffixes: [
      // "MX -> stardust.uberspace.de." and the check that a domain's MX points to "HOSTNAME.uberspace.de.",
      // with SPF include:spf.uberspace.de (Uberspace manual, "Mail > Domains", repository Uberspace/manual,
      // source/mail-domains.rst).
      '.uberspace.de',
    ],
    replyMarkers: [],
    docsUrl: mailDomainsPage,
    source: 'Uberspace manual, "Domains" (Uberspace/manual source/mail-domains.rst: the MX record is the account\'s host, HOSTNAME.uberspace.de) and "Filtering mails" (source/mail-spam.rst: Rspamd, rejection above a score)',
  },
  rows: [],
} satisfies ProviderRules;
