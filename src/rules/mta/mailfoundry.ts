import type {MtaFamily} from '../types.ts';

const mailfoundryRb = 'sisimai/rb-sisimai lib/sisimai/lhost/mailfoundry.rb (secondary: wording seen in the wild, quoted in the module\'s comments; no vendor template is public)';

/** MailFoundry, a mail gateway appliance: one block per failed recipient, each with the remote server's reply. */
export default {
  id: 'mailfoundry',
  name: 'MailFoundry',
  source: mailfoundryRb,
  subjects: [
    {text: 'message delivery has failed', source: `${mailfoundryRb}: Subject "Message delivery has failed"`},
  ],
  bodyMarkers: [
    {text: 'delivery failed for the following reason:', source: `${mailfoundryRb}: StartingOf[:error]`},
  ],
  recipientLeadIns: [
    {text: 'unable to deliver message to: <', source: `${mailfoundryRb}: "Unable to deliver message to: <rcpt>"`},
  ],
  replyIntroductions: [
    {text: ' failed with: ', source: `${mailfoundryRb}: "Server <host>[<ip>] failed with: <reply>"`},
  ],
  permanent: [
    {text: 'this has been a permanent failure. no further delivery attempts will be made.', source: `${mailfoundryRb}: "This has been a permanent failure.  No further delivery attempts will be made."`},
  ],
} satisfies MtaFamily;
