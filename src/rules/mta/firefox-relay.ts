import type {MtaFamily} from '../types.ts';

// Firefox Relay (mozilla/fx-private-relay), Mozilla's email-forwarding service: when a forward to
// the user's own mailbox bounces, its dashboard shows a banner that says so and when it retries.
const banner = 'mozilla/fx-private-relay privaterelay/locales/en/app.ftl (banner-bounced-headline: "{ -brand-name-relay } couldn’t deliver your email."; banner-bounced-copy: "We are currently unable to send email to { $username }. We received a <em>{ $bounce_type }</em> “bounce” from your email provider when trying to forward emails to you. ... We will try again on { $date }.")';

/**
 * Firefox Relay's banner of a forward that bounced: the user's own address after "We are currently
 * unable to send email to", the bounce's type (soft or hard) in emphasis, and the date it retries.
 */
export default {
  id: 'firefox-relay',
  name: 'Firefox Relay',
  source: banner,
  bodyMarkers: [
    {text: 'relay couldn\'t deliver your email.', source: `${banner}: the banner's headline, the brand's name before it`},
  ],
  recipientLeadIns: [
    {text: 'we are currently unable to send email to ', source: banner},
  ],
  temporary: [
    {text: 'when trying to forward emails to you. this can happen if', source: `${banner}: written with the date it retries ("We will try again on { $date }")`},
    {text: 'we will try again on ', source: banner},
  ],
} satisfies MtaFamily;
