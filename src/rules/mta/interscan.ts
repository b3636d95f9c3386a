import type {MtaFamily} from '../types.ts';

const interscan = 'sisimai/rb-sisimai lib/sisimai/lhost/interscanmss.rb (secondary: wording seen in the wild)';
const trendmicro = 'sisimai/rb-sisimai lib/sisimai/lhost/trendmicro.rb (successor of interscanmss.rb, Trend Vision One Email and Collaboration Security) (secondary: wording seen in the wild)';
const mailman = (file: string, seenAt: string): string => `flufl.bounce flufl/bounce/_detectors/${file}.py (GNU Mailman's bounce detectors; secondary: wording seen in the wild, ${seenAt})`;

/** Trend Micro InterScan Messaging Security Suite / IMSVA (and Trend Vision One email): no vendor template is public, so every text is secondary (sisimai's decoders). */
export default {
  id: 'interscan',
  name: 'Trend Micro InterScan MSS / IMSVA',
  source: 'No public Trend Micro template or documentation of the notice text found; secondary: sisimai/rb-sisimai lib/sisimai/lhost/interscanmss.rb, trendmicro.rb',
  senders: [
    {text: 'interscan mss', source: `${interscan}: From starts with the quoted display name "InterScan MSS"`},
    {text: 'interscan notification', source: `${trendmicro}: From starts with the quoted display name "InterScan Notification"`},
  ],
  subjects: [
    {text: 'mail could not be delivered', source: `${interscan}: Subject "Mail could not be delivered"`},
    {text: 'メッセージを配信できません。', language: 'ja', source: `${interscan}: Japanese Subject`},
    {text: 'メール配信に失敗しました', language: 'ja', source: `${interscan}: Japanese Subject`},
  ],
  bodyMarkers: [
    {text: 'message from interscan e-mail viruswall nt', source: `${mailman('simplematch', 's1.com, "InterScan E-Mail VirusWall NT ???"')}: start line`},
  ],
  recipientLeadIns: [
    {text: 'unable to deliver message to <', source: `${trendmicro}: "Unable to deliver message to <rcpt>"`},
    {text: 'sent <<< rcpt to:<', source: `${interscan}: "Sent <<< RCPT TO:<rcpt>"`},
    {text: 'rcpt to:', source: `${mailman('simplematch', 's1.com, "InterScan E-Mail VirusWall NT ???"')}: address pattern "rcpt to:\\s*<addr>" after "Message from InterScan E-Mail VirusWall NT"`},
  ],
  replyIntroductions: [
    {text: 'received >>> ', source: `${interscan}: "Received >>> <reply>"`},
  ],
  stages: [
    {text: 'sent <<< rcpt to:', stage: 'RCPT TO', source: `${interscan}: "Sent <<< RCPT TO:<rcpt>" then "Received >>> 550 5.1.1 ..."`},
  ],
  permanent: [
    {text: 'unable to deliver message to <', source: `${trendmicro}: "Unable to deliver message to <rcpt>"`},
    {text: 'mail could not be delivered', source: `${interscan}: Subject "Mail could not be delivered"`},
  ],
} satisfies MtaFamily;
