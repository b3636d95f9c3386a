import type {ProviderRules} from '../types.ts';

const basicSettingsPage = 'https://cp.hornetsecurity.com/manual/en/partner/365_total_protection/c_basic_settings.html';

/**
 * Hornetsecurity, a German filtering gateway (Spam and Malware Protection, 365 Total Protection)
 * whose customers point their domains' MX records at Hornetsecurity's servers, which then pass the
 * mail on to the customer's own mail system. A refusal from mx01 to mx04.hornetsecurity.com is
 * therefore Hornetsecurity's, written for the recipient's organisation. No list of its reply texts
 * was found, so there are no rows.
 */
export default {
  info: {
    id: 'hornetsecurity',
    name: 'Hornetsecurity',
    names: ['hornetsecurity'],
    hostSuffixes: [
      // mx01.hornetsecurity.com to mx04.hornetsecurity.com: the MX records of protected domains (e.g. heise.de's
      // MX, priorities 10-40, in a public scan; an Azure DNS template for 365 Total Protection), and the host that
      // refused mail for tq-group.com in a Linux kernel list thread ("host mx01.hornetsecurity.com[94.100.132.8]
      // said: 554 5.5.4 ..."). Hornetsecurity's manual says the MX records must point to "our servers" but its
      // stored text does not name them: observed evidence, not the vendor's page.
      '.hornetsecurity.com',
    ],
    replyMarkers: [],
    docsUrl: basicSettingsPage,
    source: 'Hornetsecurity Control Panel manual, "365 Total Protection: Basic Settings" (cp.hornetsecurity.com: the MX records of the domains point to Hornetsecurity\'s servers); host names observed: heise.de MX records in a public scan, an Azure Bicep DNS template, and a bounce quoted on the Linux kernel list (2026-02, "host mx01.hornetsecurity.com ... said: 554 5.5.4 Your IP address ... has a bad reputation")',
  },
  rows: [],
} satisfies ProviderRules;
