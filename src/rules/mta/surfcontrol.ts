import type {MtaFamily} from '../types.ts';

const surfcontrolRb = 'sisimai/rb-sisimai lib/sisimai/lhost/surfcontrol.rb (secondary: wording seen in the wild, quoted in the module\'s comments; Websense publishes no template)';

/** SurfControl E-mail Filter (Websense): a transcript of its delivery attempts for each recipient. */
export default {
  id: 'surfcontrol',
  name: 'SurfControl E-mail Filter (Websense)',
  source: surfcontrolRb,
  headers: [
    {text: 'x-sef-processed', source: `${surfcontrolRb}: the module reads only notices with an X-SEF-Processed header`},
  ],
  bodyMarkers: [
    {text: 'a transcript of the attempts to send the message follows.', source: `${surfcontrolRb}: the letter's second line`},
  ],
  recipientLeadIns: [
    {text: 'addressed to: ', source: `${surfcontrolRb}: "Addressed To: <rcpt>"`},
  ],
  replyIntroductions: [
    {text: '],', source: `${surfcontrolRb}: "<rcpt>: [<ip>], <reply>", the address of the host that answered, in brackets, and a comma before its reply`},
  ],
  permanent: [
    {text: '--- message non-deliverable.', source: `${surfcontrolRb}: the transcript's last line`},
  ],
} satisfies MtaFamily;
