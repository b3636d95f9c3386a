import type {ProviderRules} from '../types.ts';

const helpPage = 'https://cloud.vadesecure.com/help/EN/reseller/EN/domain/diagnostic.html';

/**
 * Vade (formerly Vade Secure), whose hosted filter Vade Cloud stands in front of its customers'
 * mail servers: their domains' MX records point to the platform's mx01 to mx04.cloud.vadesecure.com,
 * which take the mail, filter it and may reject it at the SMTP stage (its documentation lets a
 * domain reject graymail and oversized messages); outbound filtering relays customers' mail
 * through mtaNN-relay / mxNN-out.cloud.vadesecure.com, and its notices come from
 * mailer-daemon@cloud.vadesecure.com. No list of its reply texts was found: no rows. EarthLink's
 * own MX on oxsus-vadesecure.net are EarthLink's file.
 */
export default {
  info: {
    id: 'vade',
    name: 'Vade Cloud (Vade Secure)',
    names: ['vade secure', 'vadesecure'],
    hostSuffixes: [
      // mx01..mx04.cloud.vadesecure.com with SPF include:spf.cloud.vadesecure.com (a public table of French
      // municipalities' MX records); mta05-relay, mta06-relay and mx02-out.cloud.vadesecure.com in Received headers
      // of public list archives (lore.kernel.org); bounces from mailer-daemon@cloud.vadesecure.com (a public script
      // that files a bounce from that sender). The admin console and its help are at cloud.vadesecure.com too.
      '.cloud.vadesecure.com',
    ],
    replyMarkers: [],
    docsUrl: helpPage,
    source: 'Vade Cloud help: "Domain Diagnosis" (the MX records of a protected domain must point to Vade Cloud), "Inbound filtering" (actions Reject and maximum size: messages refused at the SMTP stage), "How to enable outbound filtering?" (cloud.vadesecure.com/help/EN/reseller/EN/...); MX and relay host names from public records (third-party)',
  },
  rows: [],
} satisfies ProviderRules;
