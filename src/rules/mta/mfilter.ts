import type {MtaFamily} from '../types.ts';

const mfilterRb = 'sisimai/rb-sisimai lib/sisimai/lhost/mfilter.rb (secondary: wording seen in the wild, quoted in the module\'s comments; Digital Arts publishes no template)';

/**
 * Digital Arts m-FILTER, a Japanese mail filter and gateway: a Japanese letter, the failed
 * addresses one per line, then the server's reply and the SMTP command under dashed headings.
 */
export default {
  id: 'mfilter',
  name: 'Digital Arts m-FILTER',
  source: mfilterRb,
  bodyMarkers: [
    {text: 'このメールは「m-filter」が自動的に生成して送信しています。', language: 'ja', source: `${mfilterRb}: the letter's first line`},
    {text: '-------server message', source: `${mfilterRb}: StartingOf[:error]`},
  ],
  recipientHeadings: [
    {text: '以下のメールアドレスへの送信に失敗しました。', language: 'ja', source: `${mfilterRb}: the failed addresses follow, one per line`},
  ],
  permanent: [
    {text: 'このメールは送信できませんでした。', language: 'ja', source: `${mfilterRb}: the letter's third line ("this mail could not be sent")`},
    {text: '以下のメールアドレスへの送信に失敗しました。', language: 'ja', source: `${mfilterRb}: "sending to the following addresses failed"`},
  ],
  replyIntroductions: [
    {text: '-------server message', source: `${mfilterRb}: the remote reply follows on the next line`},
  ],
  stages: [
    {text: '-------smtp command data', stage: 'DATA', source: `${mfilterRb}: StartingOf[:command] "-------SMTP command", then the command ("DATA") on the next line`},
  ],
  originalMessageMarkers: [
    {text: '-------original message', source: `${mfilterRb}: Boundaries`},
    {text: '-------original mail info', source: `${mfilterRb}: Boundaries`},
  ],
} satisfies MtaFamily;
