import type {ProviderRules} from '../types.ts';

const smtpPage = 'https://postmarkapp.com/support/article/811-what-are-the-smtp-details-api-tokens-i-should-be-using';
const connectionPage = 'https://postmarkapp.com/support/article/common-smtp-connection-errors';
const errorCodesPage = 'https://postmarkapp.com/developer/api/overview#error-codes';
const inactiveSource = `Postmark API "Error codes" (${errorCodesPage}: 406 "Inactive recipient"); ActiveCampaign/postmark-gem lib/postmark/error.rb (Postmark's own Ruby client: InactiveRecipientError, raised for ErrorCode 406, reads the addresses from "Found inactive addresses: ... Inactive" and "these inactive addresses: ...")`;

/**
 * Postmark (ActiveCampaign), a sending service: applications that send over SMTP hand their mail to
 * smtp.postmarkapp.com (transactional streams) or smtp-broadcasts.postmarkapp.com (broadcast
 * streams), logging in with a Server API token. A refusal from those hosts is Postmark's own.
 * Postmark's support pages describe its SMTP problems (timeouts, a wrong token, TLS) without the
 * servers' exact reply texts. Its API's refusal of a suppressed address is its own (error code
 * 406, the words its own client library reads the addresses from). Its delivering hosts are not claimed: the only mtasv.net
 * names found in its documentation are the Return-Path target pm.mtasv.net and the SPF include
 * spf.mtasv.net, which are no host names of servers.
 */
export default {
  info: {
    id: 'postmark',
    name: 'Postmark',
    names: ['postmark', 'postmarkapp'],
    hostSuffixes: [
      // "Server — smtp.postmarkapp.com (for transactional messages) and smtp-broadcasts.postmarkapp.com (for broadcast
      // messages)" (Postmark Support, "What are the SMTP details / API Tokens I should be using?").
      'smtp.postmarkapp.com',
      'smtp-broadcasts.postmarkapp.com',
    ],
    replyMarkers: [],
    docsUrl: connectionPage,
    source: `Postmark Support, "What are the SMTP details / API Tokens I should be using?" (${smtpPage}: servers, ports 25/2525/587, STARTTLS); Postmark Support, "Common SMTP Connection Errors" (${connectionPage}); ${inactiveSource}`,
  },
  rows: [
    // "You tried to send to a recipient that has been marked as inactive. Found inactive addresses: ...",
    // and for a batch of them "You tried to send to recipients that have all been marked as inactive."
    {
      providerCode: '406',
      text: ['tried to send to a recipient that has been marked as inactive', 'tried to send to recipient(s) that have been marked as inactive', 'tried to send to recipients that have all been marked as inactive'],
      ownWords: true,
      reason: 'suppressed',
      meaning: 'Postmark did not send to this address: it is on the server\'s inactive list, after a hard bounce, a spam complaint or a manual suppression.',
      action: 'Do not send to it again; if the address is known to be good now, reactivate it in Postmark\'s suppressions after fixing the cause.',
      docsUrl: errorCodesPage,
      source: inactiveSource,
    },
  ],
} satisfies ProviderRules;
