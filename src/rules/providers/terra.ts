import type {ProviderRules} from '../types.ts';

const postmasterPage = 'https://mail.terra.com.br/postmaster/index-en.html';

/**
 * Terra Mail (Terra Networks Brasil), terra.com.br. Personal mailboxes are received at
 * mx.terra.com.br, Terra's business mail at mx.terraempresas.com.br. Terra's postmaster page lists the
 * conditions its servers impose on senders (reverse DNS, no dynamic IPs, under 10% invalid
 * recipients, SPF) but not the wording of its refusals: no rows.
 */
export default {
  info: {
    id: 'terra',
    name: 'Terra Mail (Brazil)',
    hostSuffixes: [
      // MX tables in public PHP code that sort Brazilian mail providers by MX host: 'mx.terra.com.br' => 'terra-fisico'
      // (personal accounts), 'mx.terraempresas.com.br' => 'terra-juridico' (business); another maps 'mx.terra.com.br' to
      // webmail.terra.com.br (third-party records)
      'mx.terra.com.br',
      'mx.terraempresas.com.br',
    ],
    replyMarkers: [],
    mailboxDomains: ['terra.com.br'],
    mailboxDomainsSource: 'public PHP code classifying mail providers by MX (mx.terra.com.br = Terra personal accounts, "terra-fisico"); Terra postmaster page (mail.terra.com.br, "TERRA e-mail systems")',
    docsUrl: postmasterPage,
    source: `Terra postmaster "Technical requirements for e-mail delivery" (${postmasterPage}; Portuguese at mail.terra.com.br/postmaster/); MX from public code (third-party)`,
  },
  rows: [],
} satisfies ProviderRules;
