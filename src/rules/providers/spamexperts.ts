import type {ProviderRules} from '../types.ts';

const mxRecordsPage = 'https://documentation.n-able.com/spamexperts/userguide/Content/B_Admin%20Level/domains/mx-records.htm';

/**
 * SpamExperts (N-able, formerly SolarWinds MSP), a hosted filtering cloud sold directly and through
 * hosting companies. A protected domain's MX records name SpamExperts' filter hosts (the global
 * mx.spamexperts.com, fallbackmx.spamexperts.eu and lastmx.spamexperts.net, regional
 * mx1-eu.spamexperts.com and the like, or filter10-40.antispamcloud.com), which refuse what they will
 * not pass on to the customer's own server; a refusal from them is SpamExperts'. Its documentation
 * classifies the messages it refuses but quotes no reply texts, so there are no rows.
 */
export default {
  info: {
    id: 'spamexperts',
    name: 'SpamExperts (N-able)',
    names: ['spamexperts'],
    hostSuffixes: [
      // N-able SpamExperts user guide, "Hosted Cloud MX Records": mx.spamexperts.com (10),
      // fallbackmx.spamexperts.eu (20), lastmx.spamexperts.net (30); EU region mx1-eu to mx4-eu.spamexperts.com;
      // US region mx1-us to mx4-us.spamexperts.com; and filter10/20/30/40.antispamcloud.com.
      '.spamexperts.com',
      '.spamexperts.eu',
      '.spamexperts.net',
      '.antispamcloud.com',
    ],
    replyMarkers: [],
    docsUrl: mxRecordsPage,
    source: 'N-able SpamExperts user guide, "Hosted Cloud MX Records" (documentation.n-able.com/spamexperts/userguide/.../domains/mx-records.htm, and its quick-start copy listing filter10-40.antispamcloud.com)',
  },
  rows: [],
} satisfies ProviderRules;
