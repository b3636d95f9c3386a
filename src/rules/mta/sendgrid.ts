import type {MtaFamily} from '../types.ts';

const sendgridRb = 'sisimai/rb-sisimai lib/sisimai/lhost/sendgrid.rb (secondary: wording seen in the wild)';
const sendgridMsp = 'sisimai/rb-sisimai lib/sisimai/msp/us/sendgrid.rb (secondary: the comment quoting a report\'s text)';
const forwardBounce = 'https://support.sendgrid.com/hc/en-us/articles/9489871931803-Mail-Settings ("Forward Bounce Messages will only forward "Bounce" events (permanent failures)")';

/** SendGrid bounce e-mails: Postfix-style DSN (see postfix.ts) with SendGrid's own opening line. */
export default {
  id: 'sendgrid',
  name: 'Twilio SendGrid',
  source: `${sendgridRb}; event webhook https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event (bounce-event field names not confirmed, not encoded)`,
  subjects: [
    {text: 'undelivered mail returned to sender', source: `${sendgridRb}: subject == 'Undelivered Mail Returned to Sender' (Return-Path <apps@sendgrid.net>)`},
  ],
  bodyMarkers: [
    {text: 'this is an automatically generated message from sendgrid.', source: `${sendgridRb}: StartingOf[:message]`},
  ],
  permanent: [
    {text: 'undelivered mail returned to sender', source: `${sendgridRb}: subject == 'Undelivered Mail Returned to Sender' (Return-Path <apps@sendgrid.net>)`},
    {text: 'i\'m sorry to have to tell you that your message was not able to be delivered to one of its intended recipients', source: `${sendgridMsp}; SendGrid mails this report for permanent failures only: ${forwardBounce}`},
  ],
} satisfies MtaFamily;
