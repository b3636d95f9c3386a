import type {ProviderRules} from '../types.ts';

const termsPage = 'https://ajuda.sapo.pt/condicoes-de-utilizacao-sapo-mail-61206';

/**
 * SAPO Mail, the free webmail of the Portuguese portal SAPO, run by MEO (Altice Portugal): its users'
 * addresses are at sapo.pt. No inbound host was sourced, so none is claimed; a verdict on a sapo.pt
 * mailbox is still SAPO's. Its terms forbid bulk sending and sending many messages to invalid
 * addresses, but list no replies: no rows.
 */
export default {
  info: {
    id: 'sapo',
    name: 'SAPO Mail',
    hostSuffixes: [],
    replyMarkers: [],
    mailboxDomains: ['sapo.pt'],
    mailboxDomainsSource: 'Ajuda SAPO, "Condições de utilização - SAPO Mail" (the SAPO Mail service, run by MEO); public free-mail domain lists in site code (sapo.pt among Portuguese webmail domains; third-party); Psi XMPP client source (sapo.pt among SAPO\'s own domains, third-party)',
    docsUrl: termsPage,
    source: `Ajuda SAPO, "Condições de utilização - SAPO Mail" (${termsPage}); ajuda.sapo.pt (SAPO Mail help); third-party domain lists`,
  },
  rows: [],
} satisfies ProviderRules;
