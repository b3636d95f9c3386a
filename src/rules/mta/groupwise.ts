import type {MtaFamily} from '../types.ts';

const settings = 'https://www.novell.com/documentation/groupwise2014r2/gw2014_guide_admin/data/adm_gwia_inet_smtp_underliverables.html';
const ezmlmWeed = 'ezmlm-weed(1), the manual of ezmlm-idx\'s filter of messages that are no bounces ("Notification messages from Novell Groupwise"; e.g. manpages.org/ezmlm-weed)';
const bounceParser = 'rjbs/Mail-DeliveryStatus-BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (p_novell_groupwise_5_2: X-Mailer "Novell GroupWise 5.2", the line, then "        <rcpt> (user not found)" with the local part alone, completed with the domain of From; secondary: wording seen in the wild)';
const sympa = 'sympa-community/sympa wwsympa/Bounce.pm (anabounce, "groupwise7" branch: the line, then "  <rcpt> (<reason>)" lines) (secondary: wording seen in the wild)';

/** GroupWise Internet Agent (GWIA): Novell documents only settings; its one text is secondary (Sympa's parser), the rest not found. */
export default {
  id: 'groupwise',
  name: 'GroupWise (GWIA)',
  source: `Settings only: ${settings} (the Internet Agent returns the first 2 KB of the original by default, --mudas; --fut forwards undeliverable inbound mail); notice wording secondary: ${sympa}`,
  bodyMarkers: [
    {text: 'the message that you sent was undeliverable to the following:', source: sympa},
  ],
  recipientHeadings: [
    {text: 'the message that you sent was undeliverable to the following:', source: `${sympa}; ${bounceParser}`},
  ],
  originalMessageMarkers: [
    {text: 'possibly truncated original message follows:', source: bounceParser},
  ],
  permanent: [
    {text: 'the message that you sent was undeliverable to the following:', source: sympa},
  ],
  // GroupWise's status messages: delivered to the recipient's mailbox, or opened there (a receipt).
  delivered: [
    {text: 'message status - delivered', source: `${ezmlmWeed}: "Subject: Message status - delivered"`},
    {text: 'message status - opened', source: `${ezmlmWeed}: "Subject: Message status - opened"`},
  ],
} satisfies MtaFamily;
