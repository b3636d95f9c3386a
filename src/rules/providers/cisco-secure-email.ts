import type {ProviderRules} from '../types.ts';

const etdSmtpPage = 'https://docs.cmd.cisco.com/en/Content/secure-email-threat-defense-user-guide/Setup%20SMTP/Set%20up%20Your%20Message%20Source/SMTP.htm';
const asyncOsPage = 'https://manualsbrain.com/en/manuals/1700579/?page=292';
const asyncOsSource = 'Cisco AsyncOS for Email CLI Reference Guide 9.1 and IronPort AsyncOS 7.1 Advanced Configuration Guide, SPF/SIDF default policy parameters ("Reject code: 550 / Reject text: #5.7.1 SPF unauthorized mail is prohibited." and "Defer code: 451 / Defer text: #4.4.3 Temporary error occurred during SPF verification."), as mirrored on manualsbrain.com';

/**
 * Cisco Secure Email: the Cloud Gateway (formerly Cloud Email Security, hosted IronPort), whose
 * customers point their MX records at their own hosts under iphmx.com (esa1.<customer>.iphmx.com
 * and the like), and Secure Email Threat Defense used as the primary gateway, whose MX records are
 * mx.<region>.etd.cisco.com. Both run Cisco's AsyncOS, so the defaults it writes in its refusals
 * are Cisco's own.
 */
export default {
  info: {
    id: 'cisco-secure-email',
    name: 'Cisco Secure Email',
    names: ['ironport'],
    hostSuffixes: [
      // Cloud Gateway MX hosts: "MX records redirected to iphmx.com (NA, EU, APJ regions)" (CaptainDNS, "Cisco
      // Secure Email Cloud Gateway (CES): SaaS architecture, iphmx.com DNS and ESA migration", a third-party page:
      // no Cisco page naming the zone was found); Received headers in mailing-list archives show the gateways as
      // esa<N>.<customer>.iphmx.com.
      '.iphmx.com',
      // Secure Email Threat Defense as primary gateway: MX mx.us.etd.cisco.com, mx.eu.etd.cisco.com,
      // mx.in.etd.cisco.com, mx.au.etd.cisco.com, mx.ae.etd.cisco.com, and delivery hosts host.<region>.etd.cisco.com
      // (Cisco Secure Email Threat Defense user guide, "SMTP" / "Primary Gateway").
      '.etd.cisco.com',
    ],
    replyMarkers: [
      // AsyncOS's default SPF reject and defer texts (the rows' source); the "#5.7.1" form is AsyncOS's own.
      '#5.7.1 spf unauthorized mail is prohibited',
      '#4.4.3 temporary error occurred during spf verification',
    ],
    docsUrl: etdSmtpPage,
    source: 'Cisco Secure Email Threat Defense user guide, "SMTP" message source (docs.cmd.cisco.com: MX mx.<region>.etd.cisco.com); CaptainDNS blog "Cisco Secure Email Cloud Gateway (CES)" (third-party, 2026-04: MX under iphmx.com); Cisco AsyncOS for Email reference guides (SPF reject/defer defaults)',
  },
  rows: [
    // "550 #5.7.1 SPF unauthorized mail is prohibited."
    {
      reply: '550',
      text: ['spf unauthorized mail is prohibited'],
      reason: 'authfailure',
      meaning: 'The sending IP is not allowed by the sender domain\'s SPF record, and the gateway\'s policy rejects SPF failures.',
      action: 'Add all servers that send for the domain to its SPF record.',
      docsUrl: asyncOsPage,
      source: asyncOsSource,
    },

    // "451 #4.4.3 Temporary error occurred during SPF verification."
    {
      reply: '451',
      text: ['temporary error occurred during spf verification'],
      reason: 'networkerror',
      meaning: 'The gateway could not finish the SPF check (a DNS lookup failed or timed out) and deferred the message.',
      action: 'Let the server retry; if it keeps failing, check that the sender domain\'s SPF record and DNS servers answer.',
      docsUrl: asyncOsPage,
      source: asyncOsSource,
    },
  ],
} satisfies ProviderRules;
