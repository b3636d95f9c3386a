import type {ProviderRules} from '../types.ts';

/**
 * UOL (Universo Online), the Brazilian portal: mailboxes at uol.com.br and at BOL (bol.com.br), which
 * UOL also runs (BOL's help lives under bol.uol.com.br). Mail for uol.com.br is received by
 * mx.uol.com.br, so a refusal from a host under uol.com.br is UOL's. No list of its own replies was
 * found: no rows.
 */
export default {
  info: {
    id: 'uol',
    name: 'UOL / BOL Mail',
    names: ['uol'],
    hostSuffixes: [
      '.uol.com.br', // "uol.com.br mail is handled by 10 mx.uol.com.br." (host and nslookup records in public notes); a public MX table maps both uol.com.br and bol.com.br to mx.uol.com.br (third-party records)
    ],
    replyMarkers: [],
    mailboxDomains: ['uol.com.br', 'bol.com.br'],
    mailboxDomainsSource: 'thunderbird/autoconfig uol.com.br and ispdb/bol.com.br (Mozilla ISPDB: UOL; "BOL - Brasil Online", documented at email.bol.uol.com.br); jgillich/free-email-domains free-email-domains.txt (uol.com.br, bol.com.br)',
    docsUrl: 'https://sac.uol.com.br/info/primeiros_passos/config_mozillathunderbird.jhtm',
    source: 'MX from public DNS records (third-party); thunderbird/autoconfig (UOL\'s own documentation link sac.uol.com.br)',
  },
  rows: [],
} satisfies ProviderRules;
