import type {ProviderRules} from '../types.ts';

const senderInfoPage = 'https://quickbooks.intuit.com/learn-support/en-us/help-article/personal-contact-information/email-name-shows-mailchimpapp-net-mcsv-net/L0gpQputF_US_en_US';
const senderInfoSource = 'Intuit (Mailchimp\'s owner) help article "My Email From Name Shows \\"mailchimpapp.net\\" or \\"mcsv.net\\"" (quickbooks.intuit.com/learn-support/en-us/help-article/personal-contact-information/email-name-shows-mailchimpapp-net-mcsv-net/L0gpQputF_US_en_US: the sender address "is based on our sending servers, and usually contains mcsv.net, mcdlv.net, mailchimpapp.net, or rsgsv.net")';

/**
 * Mailchimp (Intuit Mailchimp), the marketing service: it delivers its users' campaigns from its own
 * sending servers, whose names sit under mcsv.net, mcdlv.net and rsgsv.net (such as
 * mail41.suw13.rsgsv.net, as Message-IDs of delivered campaigns show). Mailchimp has no SMTP relay for
 * its marketing users, so a reply from a recipient's server is that server's; these hosts are
 * claimed for notices and headers that name them as the writing or reporting server. Mailchimp
 * Transactional (Mandrill) has its own file; mailchimpapp.net is left out, no host under it having
 * been seen.
 */
export default {
  info: {
    id: 'mailchimp',
    name: 'Mailchimp',
    names: ['mailchimp'],
    hostSuffixes: [
      // Its sending servers' domains (Intuit help article, the source's own words); hosts named like
      // mail41.suw13.rsgsv.net and mail167.suw241.rsgsv.net in the Message-IDs of delivered Mailchimp campaigns
      // (public mail samples and archives on GitHub, e.g. an "SRE Weekly" issue and the LetsDefend header-analysis sample).
      '.mcsv.net',
      '.mcdlv.net',
      '.rsgsv.net',
    ],
    replyMarkers: [],
    docsUrl: senderInfoPage,
    source: `${senderInfoSource}; Message-IDs of delivered Mailchimp campaigns in public repositories (mail41.suw13.rsgsv.net, mail167.suw241.rsgsv.net)`,
  },
  rows: [],
} satisfies ProviderRules;
