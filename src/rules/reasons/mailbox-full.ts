import type {ReasonRule} from '../types.ts';

/** The recipient has run out of storage; mail will fit again once they clear space. */
export default {
  id: 'mailboxfull',
  title: 'The mailbox is full',
  description: 'The recipient has run out of storage; mail will fit again once they clear space.',
  // "Throttling failure: daily message quota exceeded" is a sending quota (speeding), not a full mailbox.
  exceptWhen: ['throttling failure'],
  phrases: [
    'postfach ist voll', // german
    // Exchange's and Outlook's user information for 5.2.2 in German ("Ihre Nachricht konnte nicht
    // zugestellt werden. Das Postfach des Empfängers ist voll.", as blog.silverpc.hu quotes the NDR,
    // 2025-08-31) and in Spanish ("El buzón del destinatario está lleno y no puede aceptar mensajes.",
    // an NDR a pastebin paste keeps, pastebin.com/HGKcccQU); secondary: wording seen in the wild
    'postfach des empfängers ist voll', // german
    'buzón del destinatario está lleno', // spanish
    'postfach voll', // german
    'boîte aux lettres pleine', // french
    'boîte pleine', // french
    'quota dépassé', // french
    'buzón lleno', // spanish
    'buzón está lleno', // spanish
    'casella piena', // italian
    'casella di posta piena', // italian
    'mailbox is vol', // dutch
    'postvak is vol', // dutch
    'caixa de correio cheia', // portuguese
    'caixa postal cheia', // portuguese
    '容量オーバー', // japanese
    'メールボックスがいっぱい', // japanese
    '容量が不足', // japanese
    'почтовый ящик получателя переполнен', // russian: Exchange's NDR in Russian, "Почтовый ящик получателя переполнен и в данный момент не может принимать сообщения." (src/rules/mta/exchange.ts cites it)
    '收件人空间不足', // chinese: QQ Mail help on returned mail (its table: "收件人空间不足", the recipient's space is not enough)
    'recipient\'s mailbox exceeded', // biglobe
    'mailbox exceeds allowed size', // imail
    'mailbox full', // common
    'mailbox is full', // common
    'mailbox has exceeded', // common
    'over quota', // common
    'overquota', // common
    'quota exceeded', // common
    'exceeded storage', // common
    'exceeds quota', // common
    'mailbox size limit exceeded', // postfix
    'insufficient storage', // common
    'disk quota exceeded', // local delivery
    'out of storage', // common
    'inbox is full', // common
    'is over its quota', // common
    'mailfolder is full', // common
    'account is full', // common
    'quota exceed', // common
    'exceeded its storage', // exchange
    'mail quota exceeded', // common
    'mailbox quota', // common
    'over the allowed quota', // common
    'not enough storage', // common
    'storage full', // common
    'user is over quota', // common
    'over storage', // common
    'full mailbox', // common
    'too much mail data', // ezweb/docomo
    'recipient\'s mailbox is full', // common
    'mailbox is over quota', // common
    'user over quota', // qmail
    'exceeded the maximum allowable size', // weak
    'is exceeding their quota', // sisimai reason/mailboxfull.rb
    'destinataire pleine', // sisimai reason/mailboxfull.rb
    'over disk quota', // sisimai reason/mailboxfull.rb
    'mail file size exceeds the maximum', // sisimai reason/emailtoolarge.rb
    'mailbox exceeded the local limit', // sisimai reason/mailboxfull.rb
    'userdisk quota', // sisimai reason/mailboxfull.rb
    'domaindisk quota', // sisimai reason/mailboxfull.rb
    'quota violation for', // sisimai reason/mailboxfull.rb
    'reached disk quota', // sisimai reason/mailboxfull.rb
    'would exceed maximum allowed storage', // sisimai reason/mailboxfull.rb
    'space has been used up', // sisimai reason/mailboxfull.rb
    'user has exceeded quota', // sisimai reason/mailboxfull.rb
    'too many messages on the server', // sisimai reason/mailboxfull.rb
    'is over the quota', // sisimai reason/mailboxfull.rb
    'benutzer hat zuviele mails auf dem server', // german; cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'exhausted allowed storage space', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    '452 insufficient disk space', // sisimai reason/mailboxfull.rb Index @a137468d
    'not sufficient disk space', // sisimai reason/mailboxfull.rb Index @a137468d
    'account storage limit', // sisimai lib/sisimai/rhost/godaddy.rb MessagesOf (that provider's reply wording)
  ],
  phraseSequences: [
    ['mailbox ', ' full'], // common
    ['account ', ' over quota'], // common
    ['user ', ' over quota'], // common
    ['account is ', ' quota'], // sisimai reason/mailboxfull.rb Pairs @a137468d
    ['disk', 'quota'], // sisimai reason/mailboxfull.rb Pairs @a137468d
    ['enough ', ' space'], // sisimai reason/mailboxfull.rb Pairs @a137468d
    ['mailbox ', 'exceeded', ' limit'], // sisimai reason/mailboxfull.rb Pairs @a137468d
    ['mailbox ', 'quota'], // sisimai reason/mailboxfull.rb Pairs @a137468d
    ['maildir ', 'quota'], // sisimai reason/mailboxfull.rb Pairs @a137468d
    ['over ', 'quota'], // sisimai reason/mailboxfull.rb Pairs @a137468d
    ['quota ', 'exceeded'], // sisimai reason/mailboxfull.rb Pairs @a137468d
  ],
  action: {
    id: 'contact-recipient',
    summary: 'Wait, then resend once: the recipient must clear space. Remove the address if it stays full for weeks.',
    steps: [
      'Do not resend right away; the sending server may still be retrying.',
      'If the mailbox stays full across several attempts over weeks, treat the address as abandoned.',
    ],
  },
  temporaryAction: {
    id: 'wait',
    summary: 'Wait: the server retries while the recipient clears space.',
    steps: [
      'Let the queue retry.',
      'If it ends in a permanent failure, resend later or reach the recipient another way.',
    ],
  },
} as const satisfies ReasonRule;
