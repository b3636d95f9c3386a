import type {ProviderRules} from '../types.ts';

const kbPage = 'https://support.trustwave.com/MailMarshalCloud/kb/item.asp?id=21244';

/**
 * Trustwave's hosted mail filter (MailMarshal Cloud, formerly SEG Cloud; now under LevelBlue): a
 * customer's MX points at its regional instance (mx.au / mx.eu / mx.us.mailmarshal.cloud), whose
 * hosts filter the mail and may refuse it before passing it to the customer's server. Its own KB
 * names the regional hosts as *.[region].mailmarshal.cloud (au, eu, us). The older SEG Cloud MX
 * seg.trustwave.com rests on a third-party script. Replies of its on-premises MailMarshal product
 * are not this file's. No vendor list of its reply texts was found: no markers, no rows.
 */
export default {
  info: {
    id: 'trustwave',
    name: 'Trustwave MailMarshal Cloud (SEG Cloud)',
    names: ['trustwave', 'mailmarshal'],
    hostSuffixes: [
      // mx.us/au/eu.mailmarshal.cloud (a public PowerShell MX classifier citing Trustwave KB 21095, 21148 and 21149);
      // Trustwave KB 21244: certificates "*.[region].mailmarshal.cloud" for au, eu, us, and the smart hosts
      // m365integrated-array-1.[region].mailmarshal.cloud.
      '.mailmarshal.cloud',
      // seg.trustwave.com, "Trustwave Secure Email Gateway Cloud" (the same third-party classifier)
      'seg.trustwave.com',
    ],
    replyMarkers: [],
    docsUrl: kbPage,
    source: `Trustwave MailMarshal Cloud KB Q21244 (${kbPage}; also at support.levelblue.com); Trustwave SEG Cloud KB Q21094 (support.trustwave.com/segcloud/kb/item.asp?id=21094: customers accept mail only from SEG Cloud's regional IP range); a public PowerShell domain-audit script's MX table (mx.us/au/eu.mailmarshal.cloud, seg.trustwave.com), third-party`,
  },
  rows: [],
} satisfies ProviderRules;
