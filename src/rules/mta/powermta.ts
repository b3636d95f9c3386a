import type {MtaFamily} from '../types.ts';

const powermtaRb = 'sisimai/rb-sisimai lib/sisimai/lhost/powermta.rb (secondary: wording seen in the wild, quoted in the module\'s comments; Port25/SparkPost publish no template)';

/**
 * Port25 (now SparkPost/Bird) PowerMTA, the bulk sender's MTA: a short letter naming each affected
 * recipient and what became of it, with a delivery-status part and the original's header section.
 * No vendor text is public; every text here is secondary.
 */
export default {
  id: 'powermta',
  name: 'PowerMTA',
  source: powermtaRb,
  bodyMarkers: [
    {text: 'hello, this is the mail server on', source: `${powermtaRb}: StartingOf[:message], "Hello, this is the mail server on <host>."`},
    {text: 'i am sending you this message to inform you on the delivery status of a message you previously sent.', source: `${powermtaRb}: the letter's second paragraph`},
  ],
  recipientHeadings: [
    {text: 'immediately below you will find a list of the affected recipients;', source: `${powermtaRb}: the letter's second paragraph, above one line per recipient`},
  ],
  permanent: [
    {text: 'delivery failed; will not continue trying', source: `${powermtaRb}: " <rcpt>  delivery failed; will not continue trying"`},
  ],
} satisfies MtaFamily;
