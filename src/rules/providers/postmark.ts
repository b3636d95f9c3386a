import type {ProviderRules} from '../types.ts';

const smtpPage = 'https://postmarkapp.com/support/article/811-what-are-the-smtp-details-api-tokens-i-should-be-using';
const connectionPage = 'https://postmarkapp.com/support/article/common-smtp-connection-errors';

/**
 * Postmark (ActiveCampaign), a sending service: applications that send over SMTP hand their mail to
 * smtp.postmarkapp.com (transactional streams) or smtp-broadcasts.postmarkapp.com (broadcast
 * streams), logging in with a Server API token. A refusal from those hosts is Postmark's own.
 * Postmark's support pages describe its SMTP problems (timeouts, a wrong token, TLS) without the
 * servers' exact reply texts: no rows. Its delivering hosts are not claimed: the only mtasv.net
 * names found in its documentation are the Return-Path target pm.mtasv.net and the SPF include
 * spf.mtasv.net, which are no host names of servers.
 */
export default {
  info: {
    id: 'postmark',
    name: 'Postmark',
    hostSuffixes: [
      // "Server — smtp.postmarkapp.com (for transactional messages) and smtp-broadcasts.postmarkapp.com (for broadcast
      // messages)" (Postmark Support, "What are the SMTP details / API Tokens I should be using?").
      'smtp.postmarkapp.com',
      'smtp-broadcasts.postmarkapp.com',
    ],
    replyMarkers: [],
    docsUrl: connectionPage,
    source: `Postmark Support, "What are the SMTP details / API Tokens I should be using?" (${smtpPage}: servers, ports 25/2525/587, STARTTLS); Postmark Support, "Common SMTP Connection Errors" (${connectionPage})`,
  },
  rows: [],
} satisfies ProviderRules;
