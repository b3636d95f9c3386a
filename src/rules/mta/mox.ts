import type {MtaFamily} from '../types.ts';

// mox, Mechiel Lukkien's mail server (mjl-/mox), as its sources stand at commit 5b20cba.
const dsn = 'mjl-/mox queue/dsn.go (deliverDSNFailure, deliverDSNDelay: the notice\'s subject and text)';
const client = 'mjl-/mox smtpclient/client.go (Deliver: a refusal "<ErrStatus>: got <code>, expected 2xx"; Error.Error: "<err>, permanent: <last line>" or "transient") and queue/direct.go (deliverHost: that text is the notice\'s error)';

/**
 * mox: a notice per recipient in its sender's own mailbox, "Delivery has failed permanently for
 * your email to:" (or "Delivery has been delayed of your email to:"), the recipient indented by a
 * tab, then "Error during the last delivery attempt:" and smtpclient's error, which ends in the
 * reply's last line.
 */
export default {
  id: 'mox',
  name: 'mox',
  source: `${dsn}; ${client}; mjl-/mox dsn/dsn.go (Message.Compose: the multipart/report)`,
  senders: [
    {text: '<postmaster@', source: `${dsn}: From is postmaster at the server's host name, written "<postmaster@<host>>" (dsn/dsn.go Message.Compose)`},
  ],
  subjects: [
    {text: 'mail delivery failed', source: `${dsn}: deliverDSNFailure`},
    {text: 'mail delivery delayed', source: `${dsn}: deliverDSNDelay`},
  ],
  bodyMarkers: [
    {text: 'error during the last delivery attempt:', source: `${dsn}: above the error, indented by a tab`},
  ],
  recipientHeadings: [
    {text: 'delivery has failed permanently for your email to:', source: `${dsn}: an empty line, then the recipient indented by a tab`},
    {text: 'delivery has been delayed of your email to:', source: `${dsn}: an empty line, then the recipient indented by a tab`},
  ],
  replyIntroductions: [
    {text: 'expected 2xx, permanent: ', source: `${client}: the reply's last line follows`},
    {text: 'expected 2xx, transient: ', source: `${client}: the reply's last line follows`},
  ],
  permanent: [
    {text: 'delivery has failed permanently for your email to:', source: `${dsn}: deliverDSNFailure (a refusal, or a temporary error after the last attempt)`},
    {text: 'no further deliveries will be attempted.', source: `${dsn}: deliverDSNFailure`},
  ],
  temporary: [
    {text: 'delivery has been delayed of your email to:', source: `${dsn}: deliverDSNDelay, after the fifth attempt`},
    {text: 'next attempts to deliver: in 4 hours, 8 hours and 16 hours.', source: `${dsn}: deliverDSNDelay`},
    {text: 'if these attempts all fail, you will receive a notice.', source: `${dsn}: deliverDSNDelay`},
  ],
} satisfies MtaFamily;
