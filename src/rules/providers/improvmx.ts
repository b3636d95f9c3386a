import type {ProviderRules} from '../types.ts';

const mxPage = 'https://help.improvmx.com/en/articles/6457380-what-are-mx-records';
const codesSource = 'ImprovMX guide "Error Codes" ("Error codes returned by ImprovMX\'s SMTP server"), stored from improvmx-website.pages.dev/guides/improvmx-error-codes, ImprovMX\'s own site build';

/**
 * ImprovMX, an email forwarding service for custom domains. A domain that uses it publishes MX
 * records naming mx1.improvmx.com and mx2.improvmx.com, which receive the mail and forward it to the
 * addresses the owner chose; a refusal from them is ImprovMX's. ImprovMX documents its own enhanced
 * codes, 5.9.0 to 5.9.5, outside the IANA registry: such a code means what ImprovMX's list says,
 * whatever words come with it, so the rows carry the code and no words.
 */
export default {
  info: {
    id: 'improvmx',
    name: 'ImprovMX',
    names: ['improvmx'],
    hostSuffixes: [
      // mx1.improvmx.com (10) and mx2.improvmx.com (20): "When you start using ImprovMX, you'll be asked to add our MX
      // Records" (ImprovMX help, "What are MX Records?", which shows them as improvmx.com's own MX records).
      '.improvmx.com',
    ],
    replyMarkers: [],
    docsUrl: mxPage,
    source: `ImprovMX help, "What are MX Records?" (help.improvmx.com/en/articles/6457380-what-are-mx-records); ${codesSource}`,
  },
  // Its guide's own codes, 5.9.0-5.9.5, use a subject (9) RFC 3463 does not define, which the
  // decoder does not read as an enhanced code (a version or a section number is as likely); its
  // refusals are named by its hosts.
  rows: [],
} satisfies ProviderRules;
