import type {ProviderRules} from '../types.ts';

const record = 'sisimai/rb-sisimai lib/sisimai/rhost/nttdocomo.rb @00e43c4 (Sisimai::Rhost::NTTDOCOMO: MessagesOf, and the Status and SMTP command each reply comes with, each quoted from a notice in its comments)';
const docs = 'https://www.docomo.ne.jp/info/spam_mail/';

/**
 * NTT docomo (docomo.ne.jp), the Japanese mobile carrier, whose mail servers (mfsmax.docomo.ne.jp)
 * answer "550 Unknown user" twice over: in reply to RCPT TO the address does not exist; after the
 * message data, the address exists and the recipient's reception settings (its filter of senders
 * and domains) refused the sender. The stage tells them apart.
 */
export default {
  info: {
    id: 'nttdocomo',
    name: 'NTT docomo',
    names: ['docomo', 'ドコモ'],
    hostSuffixes: [
      '.docomo.ne.jp',
    ],
    replyMarkers: [],
    mailboxDomains: ['docomo.ne.jp'],
    mailboxDomainsSource: 'sisimai rhost/nttdocomo: the mobile mail of docomo.ne.jp, whose MX (mfsmax.docomo.ne.jp) this file lists',
    docsUrl: docs,
    source: record,
  },
  rows: [
    {
      reply: '550',
      stage: 'DATA',
      text: ['unknown user'],
      reason: 'rejected',
      meaning: 'docomo says "Unknown user" after the message data when the recipient\'s reception settings refuse the sender: the address exists, and it does not accept mail from this sender or domain.',
      action: 'Do not remove the address. Ask the recipient to allow your address or domain in their docomo reception settings (receiving of PC mail, the list of allowed senders).',
      docsUrl: docs,
      source: record,
    },
    {
      reply: '550',
      stage: 'RCPT TO',
      text: ['unknown user'],
      reason: 'userunknown',
      meaning: 'docomo says "Unknown user" in reply to the recipient\'s address: there is no such mailbox.',
      action: 'Remove the address, or correct it.',
      docsUrl: docs,
      source: record,
    },
    {
      reply: '552',
      text: ['too much mail data'],
      reason: 'mailboxfull',
      meaning: 'The recipient\'s docomo mailbox holds too much mail to take this message.',
      action: 'Try again later, or reach the recipient another way.',
      docsUrl: docs,
      source: record,
    },
    {
      reply: '552',
      text: ['too many recipients'],
      reason: 'toomanyconn',
      meaning: 'docomo takes no more recipients in one message.',
      action: 'Send to fewer recipients at a time.',
      docsUrl: docs,
      source: record,
    },
    {
      reply: '503',
      text: ['bad sequence of commands'],
      reason: 'syntaxerror',
      meaning: 'docomo refused a command out of order (DATA after every recipient was refused).',
      action: 'Look at the recipients\' own replies above this one: they say why.',
      docsUrl: docs,
      source: record,
    },
    {
      reply: '504',
      text: ['command parameter not implemented'],
      reason: 'syntaxerror',
      meaning: 'docomo does not take a parameter the sending server gave a command.',
      action: 'Ask the sending server\'s administrator to check its SMTP client settings.',
      docsUrl: docs,
      source: record,
    },
  ],
} satisfies ProviderRules;
