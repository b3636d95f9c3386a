import type {ProviderRules} from '../types.ts';

const infraPage = 'https://docs.retarus.com/seg/retarus-email-security-data-center-operations-cust';

/**
 * Retarus, a Munich company whose Email Security gateway takes its customers' inbound mail first
 * (filtering it in its Munich and Frankfurt data centres before passing it on) and can relay their
 * outbound mail. Its mail hosts are named in rmx.de (mailin1.rmx.de in, mailoutNN.rmx.de out) and
 * retarus.com (kdin01/kdin02.retarus.com), so a refusal from them is Retarus's. Only third-party
 * records of those names were found, and no list of its reply texts: no rows.
 */
export default {
  info: {
    id: 'retarus',
    name: 'Retarus Email Security',
    names: ['retarus'],
    hostSuffixes: [
      // mailin1.rmx.de, listed with its network "retarus.de | retarus GmbH" in a public table of SMTP hosts;
      // mailout01/02/05/09.rmx.de in Received headers of customers' list mail (lore.kernel.org, 2020). Retarus's own
      // event log example names its inbound nodes "mailin01" in its rmxId field.
      '.rmx.de',
      // kdin01.retarus.com / kdin02.retarus.com, the relays the same headers show handing mail to mailoutNN.rmx.de.
      '.retarus.com',
    ],
    replyMarkers: [],
    docsUrl: infraPage,
    source: 'Retarus Docs, "Data Center Operations & Customer Configuration" (docs.retarus.com/seg/...: inbound mail is processed in Retarus\'s infrastructure first, outbound may be relayed); host names from public Received headers and a public table of SMTP hosts by network (third-party)',
  },
  rows: [],
} satisfies ProviderRules;
