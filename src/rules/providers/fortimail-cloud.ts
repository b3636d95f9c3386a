import type {ProviderRules} from '../types.ts';

const hostnamePage = 'https://community.fortinet.com/t5/FortiMail/Technical-Tip-Change-the-FortiMail-Cloud-hostname/ta-p/404787';

/**
 * FortiMail Cloud (Fortinet), a hosted mail gateway: each tenant gets a host named after its domain
 * under fortimailcloud.com (abc-com.fortimailcloud.com for abc.com) that customers point their DNS
 * (MX) at; the gateway filters the mail and may refuse it. A reply from those hosts is FortiMail
 * Cloud's. Replies of FortiMail appliances a customer runs under its own name are not this file's.
 * No vendor list of its reply texts was found: no markers, no rows.
 */
export default {
  info: {
    id: 'fortimail-cloud',
    name: 'FortiMail Cloud (Fortinet)',
    names: ['fortimail'],
    hostSuffixes: [
      // <domain-tld>.fortimailcloud.com, the tenant host (Fortinet Community "Technical Tip: Change the FortiMail Cloud
      // hostname"); public MX classifiers map "*.fortimailcloud.com." to FortiMail, and its certificates are *.fortimailcloud.com.
      '.fortimailcloud.com',
    ],
    replyMarkers: [],
    docsUrl: hostnamePage,
    source: `Fortinet Community, "Technical Tip: Change the FortiMail Cloud hostname" (${hostnamePage}: the tenant hostname 'abc-com.fortimailcloud.com', to which users point their DNS); public MX classifier scripts ("*.fortimailcloud.com." -> FortiMail), third-party`,
  },
  rows: [],
} satisfies ProviderRules;
