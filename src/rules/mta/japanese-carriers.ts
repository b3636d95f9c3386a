import type {MtaFamily} from '../types.ts';

const ezweb = 'sisimai/rb-sisimai lib/sisimai/lhost/ezweb.rb (secondary: wording seen in the wild)';
const kddi = 'sisimai/rb-sisimai lib/sisimai/lhost/kddi.rb (secondary: wording seen in the wild)';

/** au by KDDI / EZweb from sisimai (secondary); NTT docomo (SMTP replies only) and SoftBank add no text: none of their own was found. */
export default {
  id: 'japanese-carriers',
  name: 'Japanese mobile carriers (au KDDI / EZweb, NTT docomo, SoftBank)',
  source: 'No carrier documentation of the notice text found; secondary: sisimai/rb-sisimai lib/sisimai/lhost/ezweb.rb, kddi.rb (docomo: lib/sisimai/rhost/nttdocomo.rb reads SMTP replies only; SoftBank: nothing found)',
  senders: [
    {text: 'postmaster@ezweb.ne.jp', source: ezweb},
    {text: 'postmaster@au.com', source: ezweb},
  ],
  subjects: [
    {text: 'mail system error - returned mail', source: `${ezweb}: Subject "Mail System Error - Returned Mail"`},
  ],
  headers: [
    {text: 'x-spasign', source: `${ezweb}; ${kddi}: "X-SPASIGN: NG" on mail returned by au's filter`},
  ],
  bodyMarkers: [
    {text: 'your mail sent on:', source: `${kddi}: "Your mail sent on: <date>"`},
    {text: 'your mail attempted to be delivered on:', source: `${kddi}: "Your mail attempted to be delivered on: <date>"`},
    {text: 'each of the following recipients was rejected by a remote mail server', source: ezweb},
  ],
  recipientLeadIns: [
    {text: 'could not be delivered to: <', source: `${kddi}: "    Could not be delivered to: <rcpt>"`},
  ],
  permanent: [
    {text: 'your message was not delivered within ', source: `${ezweb}: "Your message was not delivered within 0 days and 1 hours." (returned after the retry period: sisimai reason "expired")`},
    {text: 'each of the following recipients was rejected by a remote mail server', source: ezweb},
    {text: 'could not be delivered to: <', source: `${kddi}: "    Could not be delivered to: <rcpt>"`},
    {text: 'mail system error - returned mail', source: `${ezweb}: Subject "Mail System Error - Returned Mail"`},
  ],
} satisfies MtaFamily;
