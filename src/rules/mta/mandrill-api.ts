import type {MtaFamily} from '../types.ts';

// Mailchimp Transactional (Mandrill)'s send API answers each recipient with a result that programs
// print when a send fails ("[status] => rejected", "[reject_reason] => unsigned"): Mandrill itself
// refused the message for that recipient, and sent nothing.
const sendResult = 'Mailchimp Transactional API, POST /messages/send (https://mailchimp.com/developer/transactional/api/messages/send-new-message/): the response, one SendResult per recipient, as the API\'s OpenAPI schema records it: email; status "sent", "queued", "scheduled", "rejected" or "invalid"; reject_reason "hard-bounce", "soft-bounce", "spam", "unsub", "custom", "invalid-sender", "invalid", "test-mode-limit", "unsigned" or "rule"; _id';
const rejectionList = 'Mailchimp Transactional API, /rejects/list (RejectEntry: the rejection denylist, each entry\'s reason "hard-bounce", "soft-bounce", "spam", "unsub" or "custom"; "Adds an email to your email rejection denylist")';

/** A recipient's result of Mandrill's send API: Mandrill's own refusal, by its rejection's reason or the address's status. */
export default {
  id: 'mandrill-api',
  provider: 'mandrill',
  name: 'Mailchimp Transactional (Mandrill) send API',
  source: sendResult,
  webhook: {
    // The rejection's reason names the refusal; a result without one, its status ("invalid").
    typeField: ['reject_reason', 'status'],
    // Its own fields, which the webhooks' events (mandrill.ts) do not carry at their top.
    marks: ['reject_reason'],
    recipients: 'email',
    diagnostic: ['reject_reason'],
    context: ['status'],
    source: sendResult,
    events: [
      // An address on the account's rejection denylist: Mandrill sends it nothing.
      {types: ['hard-bounce', 'soft-bounce', 'spam', 'unsub', 'custom'], outcome: 'suppressed', ownVerdict: true, source: `${sendResult}; ${rejectionList}`},
      {types: ['invalid-sender'], outcome: 'failed', permanent: true, reason: 'rejected', ownVerdict: true, source: `${sendResult}: "invalid-sender", the sender's address`},
      // The sending domain's messages are not signed as Mandrill requires of a domain it sends for.
      {types: ['unsigned'], outcome: 'failed', permanent: true, reason: 'authfailure', ownVerdict: true, source: `${sendResult}: "unsigned"`},
      {types: ['invalid', 'test-mode-limit', 'rule'], outcome: 'failed', permanent: true, ownVerdict: true, source: `${sendResult}: "invalid" (the recipient's address; a status and a reject_reason alike), "test-mode-limit", "rule"`},
    ],
  },
} satisfies MtaFamily;
