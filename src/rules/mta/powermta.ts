import type {MtaFamily} from '../types.ts';

const powermtaRb = 'sisimai/rb-sisimai lib/sisimai/lhost/powermta.rb (secondary: wording seen in the wild, quoted in the module\'s comments; Port25/SparkPost publish no template)';
const acctFile = 'PowerMTA v4.0 User\'s Guide §11.2.9 (https://documents.pub/document/powermta-v40-users-guide-s-guide-quick-link-to-directive-index-copyright.html: "CSV ... as described in RFC 4180, with a header line at the beginning of the file describing what field is in which column"; "the first column is always the record type")';
const acctRecords = 'PowerMTA 5.5 User\'s Guide §12.2, as transcribed at https://hackmd.io/@z3d3m0n/Pmta_records ("d" for delivered, "b" for bounced, "t" for transient, "tq" for transient-queue, "r" for received, "f" for feedback loop records and "rb"/"rs" for remote bounce or remote status records; fields rcpt, dsnAction, dsnStatus, dsnDiag "DSN diagnostic string", dsnMta "DSN remote MTA", bounceCat "likely category of the bounce")';
const bounceParsers = 'maarten-postmastery/pmtabounce cron.php (reads a "b" or "rb" record\'s rcpt, dsnDiag and bounceCat by the header\'s names)';

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
  // The accounting file's records, read by its header line (a site chooses the columns).
  webhook: {
    typeField: ['type'],
    // Fields only an accounting record of delivery has.
    marks: ['dsnStatus', 'dsnDiag', 'dsnAction', 'bounceCat'],
    recipients: 'rcpt',
    diagnostic: ['dsnDiag'],
    status: ['dsnStatus'],
    remoteHost: ['dsnMta'],
    context: ['bounceCat'],
    source: `${acctFile}; ${acctRecords}`,
    events: [
      // A bounce is final: PowerMTA gave up (a refusal, or no delivery before bounce-after).
      {types: ['b'], outcome: 'failed', source: `${acctRecords}: "b" for bounced; ${bounceParsers}`},
      // A remote bounce: a delivery status notification received later, read by the bounce processor.
      {types: ['rb'], outcome: 'failed', source: `${acctRecords}: "rb" for remote bounce; ${bounceParsers}`},
      {types: ['t', 'tq'], outcome: 'delayed', source: `${acctRecords}: "t" for transient, "tq" for transient-queue`},
      {types: ['d'], outcome: 'delivered', source: `${acctRecords}: "d" for delivered`},
      {types: ['f'], outcome: 'complaint', feedbackType: ['feedbackType'], recipients: 'rcpt', source: `${acctRecords}: "f" for feedback loop records (feedbackType, reportingMta)`},
    ],
  },
} satisfies MtaFamily;
