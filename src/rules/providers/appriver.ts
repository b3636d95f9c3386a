import type {ProviderRules} from '../types.ts';

const mxPage = 'https://support.appriver.com/kb/a338/dynamic-mx-records.aspx';

/**
 * AppRiver (SecureTide spam and virus filtering; part of Zix, now OpenText): a customer domain's MX
 * records point at AppRiver's dynamic records under arsmtp.com (Domain.com.1.0001.arsmtp.com,
 * Domain.com.2.0001.arsmtp.com), which route to its filtering server sets; AppRiver's servers also
 * block IPs at the SMTP level after excessive invalid deliveries or directory-harvest attempts. A
 * reply from those hosts is AppRiver's. Zix's own encryption gateway has no inbound host sourced
 * here. No vendor list of its reply texts was found: no markers, no rows.
 */
export default {
  info: {
    id: 'appriver',
    name: 'AppRiver / Zix (SecureTide)',
    names: ['appriver'],
    hostSuffixes: [
      // "[Preference = 10] Domain.com.1.0001.arsmtp.com / [Preference = 20] Domain.com.2.0001.arsmtp.com" (AppRiver KB
      // "Dynamic MX records"); public MX classifiers map arsmtp.com to AppRiver.
      '.arsmtp.com',
    ],
    replyMarkers: [],
    docsUrl: mxPage,
    source: `AppRiver KB "Dynamic MX Records" (${mxPage}); AppRiver KB "Issues with Backup MX Records that go direct to your server" (support.appriver.com/kb/a12: its servers block IPs at the SMTP level after excessive invalid delivery attempts and directory harvest attacks)`,
  },
  rows: [],
} satisfies ProviderRules;
