import type {MtaFamily} from '../types.ts';

const activehunterRb = 'sisimai/rb-sisimai lib/sisimai/lhost/activehunter.rb (secondary: wording seen in the wild; TransWARE publishes no template)';

/**
 * TransWARE Active!hunter, a Japanese mail gateway: Sendmail's headings around its own recipient
 * lines (">>> <rcpt> <<rcpt>>") and the bare remote reply below the transcript's heading.
 */
export default {
  id: 'activehunter',
  name: 'TransWARE Active!hunter',
  source: activehunterRb,
  headers: [
    {text: 'x-ahmailid', source: `${activehunterRb}: the module reads only notices with an X-AHMailID header`},
  ],
  subjects: [
    {text: 'failure notice :', source: `${activehunterRb}: subject /FAILURE NOTICE :/`},
  ],
  bodyMarkers: [
    {text: '----- the following addresses had permanent fatal errors -----', source: `${activehunterRb}: StartingOf[:message], indented by two spaces`},
  ],
} satisfies MtaFamily;
