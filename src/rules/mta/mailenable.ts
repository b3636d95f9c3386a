import type {MtaFamily} from '../types.ts';

const mailman = 'flufl.bounce flufl/bounce/_detectors/simplematch.py (GNU Mailman\'s bounce detectors; secondary: wording seen in the wild, MailEnable)';

/** MailEnable, a Windows mail server. */
export default {
  id: 'mailenable',
  name: 'MailEnable',
  source: mailman,
  recipientHeadings: [
    {text: 'message could not be delivered to some recipients.', source: `${mailman}: the line before the recipients`},
  ],
  recipientLeadIns: [
    {text: 'recipient: [smtp:', source: `${mailman}: "Recipient: [SMTP:<address>]"`},
  ],
  originalMessageMarkers: [
    {text: 'message headers follow', source: `${mailman}: the line after the recipients`},
  ],
  permanent: [
    {text: 'message could not be delivered to some recipients.', source: `${mailman}: the line before the recipients`},
  ],
} satisfies MtaFamily;
