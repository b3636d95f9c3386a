import type {ProviderRules} from '../types.ts';

const guidePage = 'https://www.migadu.com/guides/imap/';

/**
 * Migadu, the Swiss hosted-mail service for customers' own domains. A customer points its domain's MX
 * at aspmx1/aspmx2.migadu.com, and Migadu's own domain receives at mx.migadu.com, so a refusal from
 * a host under migadu.com is Migadu's own. No mailbox domain is claimed: its users bring their domains.
 * No list of its replies was found: no rows.
 */
export default {
  info: {
    id: 'migadu',
    name: 'Migadu',
    names: ['migadu'],
    hostSuffixes: [
      // aspmx1.migadu.com and aspmx2.migadu.com, the MX its customers set (thunderbird/autoconfig
      // ispdb/migadu.com.xml: "Migadu hosts custom domains ... reached through the MX lookup"; also
      // public DNS-setup gists for Migadu: "MX 10 aspmx1.migadu.com., MX 20 aspmx2.migadu.com.");
      // mx.migadu.com, migadu.com's own MX (tinkrland/themailtell live MX log 2026-10-08, third-party).
      '.migadu.com',
    ],
    replyMarkers: [],
    docsUrl: guidePage,
    source: `thunderbird/autoconfig ispdb/migadu.com.xml (Mozilla ISPDB: Migadu, its customer MX names, imap/smtp.migadu.com, documented at ${guidePage}); gist tennox/f2836fb57e2ac3b54c0c044b7777eb35 "Migadu DNSControl setup" (MX records, third-party); tinkrland/themailtell research/sources/live-mx-2026-10-08.txt ("migadu.com -> 10 mx.migadu.com")`,
  },
  rows: [],
} satisfies ProviderRules;
