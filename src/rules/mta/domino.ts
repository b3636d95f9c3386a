import type {MtaFamily} from '../types.ts';

const domino = 'sisimai/rb-sisimai lib/sisimai/lhost/domino.rb (secondary: wording seen in the wild)';
const notes = 'sisimai/rb-sisimai lib/sisimai/lhost/notes.rb (secondary: wording seen in the wild)';
const observed = 'Obs: Domino notice copied on pastebin, as recorded in shared/reference/mta-sources.md section 9 (secondary: wording seen in the wild)';

/** Lotus / HCL Domino and Lotus Notes: no vendor template is public, so every text is secondary (sisimai's decoders). */
export default {
  id: 'domino',
  name: 'Lotus / HCL Domino and Notes',
  source: 'No public HCL / IBM template or documentation of the notice text found; secondary: sisimai/rb-sisimai lib/sisimai/lhost/domino.rb, notes.rb',
  subjects: [
    {text: 'delivery failure:', source: `${domino}: Subject starts "DELIVERY FAILURE:"`},
    {text: 'delivery_failure:', source: `${domino}: Subject starts "DELIVERY_FAILURE:"`},
    {text: 'undeliverable message', source: `${notes}: Subject starts "Undeliverable message"`},
  ],
  bodyMarkers: [
    {text: 'was not delivered to:', source: `${domino}: "Your message" / "  Subject: ..." / "was not delivered to:" / "  <rcpt>" / "because:"`},
    {text: 'delivery failure report', source: observed},
    {text: '------- failure reasons', source: `${notes}: "------- Failure Reasons  --------"; sympa-community/sympa wwsympa/Bounce.pm (anabounce, "Rapport Lotus SMTP" branch) (secondary)`},
  ],
  originalMessageMarkers: [
    {text: '------- returned message --------', source: `${notes}: "------- Returned Message --------"`},
  ],
  permanent: [
    {text: 'was not delivered to:', source: `${domino}: "Your message" / ... / "was not delivered to:": the failure report`},
    {text: 'delivery failure:', source: `${domino}: Subject starts "DELIVERY FAILURE:"`},
  ],
  replyIntroductions: [
    {text: 'smtp protocol returned a permanent error', source: 'Domino\'s diagnostic "X-Notes; Error transferring to <host>; SMTP Protocol Returned a Permanent Error <reply>", as seen in public samples (a Mandrill webhook fixture, a Domino DSN) and listed by sisimai/rb-sisimai lib/sisimai/reason/notaccept.rb (secondary: wording seen in the wild)'},
  ],
} satisfies MtaFamily;
