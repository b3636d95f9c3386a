import type {MtaFamily} from '../types.ts';

const bounceWebhook = 'https://postmarkapp.com/developer/webhooks/bounce-webhook (JSON POST per bounce)';
const nodeClient = 'ActiveCampaign/postmark.js (npm postmark 4.0.x) dist/client/models/bounces/Bounce.d.ts (RecordType: "Bounce"; BounceType.HardBounce = "HardBounce")';

/** Postmark: bounce webhook / Bounce API records as pasted into the decoder; Postmark's bounce e-mail wording is not public. */
export default {
  id: 'postmark',
  name: 'Postmark',
  source: `${bounceWebhook}; ${nodeClient}`,
  bodyMarkers: [
    {text: '"recordtype": "bounce"', source: `${bounceWebhook}; ${nodeClient}`},
    {text: '"recordtype":"bounce"', source: `${nodeClient} (compact JSON)`},
  ],
  permanent: [
    {text: '"type": "hardbounce"', source: `${bounceWebhook}; ${nodeClient}`},
    {text: '"type":"hardbounce"', source: `${nodeClient} (compact JSON)`},
  ],
} satisfies MtaFamily;
