import type {MtaFamily} from '../types.ts';

const outlookRb = 'sisimai/rb-sisimai lib/sisimai/lhost/outlook.rb (secondary: wording seen in the wild)';
const exchange2007Go = 'sisimai/go-sisimai lhost/via-exchange2007.go (secondary: wording seen in the wild)';
const smtpsvcKb = 'Microsoft KB Q295734 "XCON: NDR When SMTP Messages Are Relayed to a Domino Server" (archived in jeffpar/kbarchive kb/295/Q295734/README.md): the Windows SMTP service\'s notice, the engine of the DSN-style layout';

/** Outlook.com / Hotmail consumer NDRs (the DSN-style layout; newer ones use the Exchange Online layout in exchange.ts). */
export default {
  id: 'outlook-com',
  name: 'Outlook.com / Hotmail',
  source: `${outlookRb}; ${exchange2007Go} (mailsender); Microsoft publishes no template text for consumer NDRs`,
  senders: [
    {text: 'postmaster@outlook.com', source: `${exchange2007Go}: mailsender "postmaster@outlook.com"`},
  ],
  subjects: [
    {text: 'delivery status notification (failure)', source: `${outlookRb}: subject starts with 'Delivery Status Notification'`},
  ],
  headers: [
    {text: 'x-message-delivery', source: `${outlookRb}: header X-Message-Delivery`},
    {text: 'x-message-info', source: `${outlookRb}: header X-Message-Info`},
  ],
  bodyMarkers: [
    {text: 'this is an automatically generated delivery status notification', source: `${outlookRb}: StartingOf[:message]`},
  ],
  recipientHeadings: [
    {text: 'delivery to the following recipients failed', source: `${smtpsvcKb}: "Delivery to the following recipients failed." then the recipient`},
    {text: 'delivery to the following recipients has been delayed', source: `${outlookRb}: "Delivery to the following recipients has been delayed.", the layout's sentence for a recipient whose Action is delayed`},
  ],
  temporary: [
    {text: 'delivery to the following recipients has been delayed', source: `${outlookRb}: "Delivery to the following recipients has been delayed." (Action: delayed)`},
  ],
  permanent: [
    {text: 'delivery to the following recipients failed', source: `${smtpsvcKb}: "Delivery to the following recipients failed."`},
    {text: 'delivery status notification (failure)', source: `${outlookRb}: subject starts with 'Delivery Status Notification'`},
  ],
} satisfies MtaFamily;
