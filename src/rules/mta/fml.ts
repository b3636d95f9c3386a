import type {MtaFamily} from '../types.ts';

const fmlRb = 'sisimai/rb-sisimai lib/sisimai/lhost/fml.rb (fml 4, https://www.fml.org/: its ErrorTitle and ErrorTable of the notices the list manager sends back, and ReBackbone; secondary: wording seen in the wild)';

/**
 * fml, the Japanese mailing list manager: a list that refuses a post (from a non-member, a loop, a
 * spammer) sends it back with a line of why, then "Original mail as follows:" and the post.
 */
export default {
  id: 'fml',
  name: 'fml (mailing list manager)',
  source: fmlRb,
  subjects: [
    {text: 'not member article from ', source: `${fmlRb}: ErrorTitle, rejected ("NOT MEMBER article from <sender>")`},
    {text: 'fml system error message', source: `${fmlRb}: ErrorTitle, systemerror`},
    {text: 'loop alert: ', source: `${fmlRb}: ErrorTitle, systemerror`},
    {text: 'loop back warning: ', source: `${fmlRb}: ErrorTitle, systemerror`},
  ],
  headers: [
    {text: 'x-mlserver', source: `${fmlRb}: the module reads only messages with an X-MLServer header`},
  ],
  bodyMarkers: [
    {text: 'you are not a member of this mailing list', source: `${fmlRb}: ErrorTable, rejected`},
    {text: 'duplicated message-id in ', source: `${fmlRb}: ErrorTable, systemerror ("Duplicated Message-ID in <list address>.")`},
    {text: 'has detected a loop condition so that', source: `${fmlRb}: ErrorTable, systemerror ("fml <version> has detected a loop condition so that ...")`},
  ],
  recipientLeadIns: [
    {text: 'you are not a member of this mailing list <', source: `${fmlRb}: the line names the address in angle brackets at its end ("<list>.")`},
    {text: 'duplicated message-id in <', source: `${fmlRb}: "Duplicated Message-ID in <list>."`},
  ],
  originalMessageMarkers: [
    {text: 'original mail as follows:', source: `${fmlRb}: ReBackbone, the line above the returned post`},
  ],
} satisfies MtaFamily;
