import type {MtaFamily} from '../types.ts';

const mxlogic = 'sisimai/rb-sisimai lib/sisimai/lhost/mxlogic.rb (secondary: wording seen in the wild; "based on Exim")';
const mcafee = 'sisimai/rb-sisimai lib/sisimai/lhost/mcafee.rb (secondary: wording seen in the wild)';
const mailman = (file: string, seenAt: string): string => `flufl.bounce flufl/bounce/_detectors/${file}.py (GNU Mailman's bounce detectors; secondary: wording seen in the wild, ${seenAt})`;

/** McAfee MX Logic (SaaS, Exim-based) and McAfee Email Gateway; no public template, secondary record only. */
export default {
  id: 'mxlogic',
  name: 'McAfee MX Logic / McAfee Email Gateway',
  source: 'sisimai/rb-sisimai lib/sisimai/lhost/mxlogic.rb, mcafee.rb (secondary); reference mta-sources.md §17',
  headers: [
    {text: 'x-mx-bounce', source: `${mxlogic}: "X-MX-Bounce: mta/src/queue/bounce"`},
    {text: 'x-nai-header', source: `${mcafee}: "X-NAI-Header: Modified by McAfee ..." (also carried by other mail the gateway modified)`},
  ],
  bodyMarkers: [
    {text: 'a message that you have sent could not be delivered to one or more recipients.', source: `${mxlogic}: MX Logic variant of the Exim text`},
    {text: '--- the following addresses had delivery problems ---', source: mcafee},
  ],
  recipientHeadings: [
    {text: 'the following address failed:', source: `${mailman('simplematch', 'mxlogic.net')}: start line, then "<rcpt>" up to "Included is a copy of the message header"`},
  ],
  replyIntroductions: [
    {text: 'smtp error from remote mail server after', source: mxlogic},
  ],
  permanent: [
    {text: 'this is a permanent error. the following address failed:', source: `${mxlogic}: "This is a permanent error.  The following address failed:"`},
    {text: 'a message that you have sent could not be delivered to one or more recipients.', source: `${mxlogic}: MX Logic variant of the Exim text`},
  ],
  stages: [
    {text: 'after rcpt to:', stage: 'RCPT TO', source: `${mxlogic}: "SMTP error from remote mail server after RCPT TO:<rcpt>:"`},
  ],
  originalMessageMarkers: [
    {text: 'included is a copy of the message header:', source: `${mxlogic}: ReBackbone`},
  ],
} satisfies MtaFamily;
