import type {ProviderRules} from '../types.ts';

const mailPage = 'https://my.virginmedia.com/customer-news/articles/virginmediamail.html';

/**
 * Virgin Media Mail, the mailboxes of Virgin Media's UK customers, including those of the cable
 * companies it grew from (NTL's ntlworld.com, Telewest's blueyonder.co.uk). Its inbound MX is the
 * Atmail cloud (mx-10/mx-20.eu-west.atmailcloud.com), which is not claimed: the Atmail cloud receives
 * for other operators too (its au-east cluster serves both iiNet and Optus), and nothing says the
 * eu-west names are Virgin Media's alone. Its customers' submission servers are its own. No list of
 * its replies was found: no rows.
 */
export default {
  info: {
    id: 'virgin-media',
    name: 'Virgin Media Mail',
    names: ['virgin media', 'virginmedia'],
    hostSuffixes: [
      // The SMTP servers of Virgin Media Mail's ntlworld.com and blueyonder.co.uk addresses
      // (thunderbird/autoconfig ispdb/ntlworld.com.xml "NTL World: Virgin Media Mail" and
      // ispdb/blueyonder.co.uk "Blueyonder: Virgin Media Mail", after Virgin Media's help pages).
      'smtp.ntlworld.com',
      'smtp.blueyonder.co.uk',
    ],
    replyMarkers: [],
    mailboxDomains: ['virginmedia.com', 'ntlworld.com', 'blueyonder.co.uk'],
    mailboxDomainsSource: 'Virgin Media help, "About mailboxes" (virginmedia.com/help/email/get-started/about-ntl-mailboxes.php: "If your email address ends in @ntlworld.com ... stored in a mailbox ... on our email servers"; about-telewest-mailboxes.php: the same for @blueyonder.co.uk); thunderbird/autoconfig ispdb ntlworld.com.xml and blueyonder.co.uk (Virgin Media Mail); virginmedia.com: Virgin Media Mail at mail.virginmedia.com (Virgin Media help, Virgin Media Mail troubleshooting) and its MX in tinkrland/themailtell live MX log 2026-10-08 ("virginmedia.com -> 10 mx-10.eu-west.atmailcloud.com")',
    docsUrl: mailPage,
    source: `Virgin Media customer news, "Virgin Media Mail" (${mailPage}: its acceptable-use rule that a mailbox unused for 90 days may be suspended); Virgin Media help pages on ntlworld.com and blueyonder.co.uk mailboxes; thunderbird/autoconfig ispdb; tinkrland/themailtell research/sources/live-mx-2026-10-08.txt`,
  },
  rows: [],
} satisfies ProviderRules;
