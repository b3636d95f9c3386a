import type {ReasonRule} from '../types.ts';

/** The receiving server has no mailbox with this name (the part before the @). */
export default {
  id: 'userunknown',
  title: 'The address does not exist',
  description: 'The receiving server has no mailbox with this name (the part before the @).',
  phrases: [
    'empfänger unbekannt', // german
    'unbekannter empfänger', // german
    'benutzer unbekannt', // german
    'postfach existiert nicht', // german
    'utilisateur inconnu', // french
    'destinataire inconnu', // french
    'adresse introuvable', // french
    'usuario desconocido', // spanish
    'destinatario desconocido', // spanish
    'no existe el usuario', // spanish
    'utente sconosciuto', // italian
    'destinatario sconosciuto', // italian
    'utente inesistente', // italian
    'onbekende gebruiker', // dutch
    'onbekende ontvanger', // dutch
    'usuário desconhecido', // portuguese
    'destinatário desconhecido', // portuguese
    'utilizador desconhecido', // portuguese (pt-pt)
    '宛先不明', // japanese
    '宛先のメールアドレスが存在しません', // japanese
    '存在しないユーザ', // japanese
    '该用户不存在', // chinese: QQ Mail help on returned mail (its table: "该用户不存在", the user does not exist; qqmailbox.com/transceivers/169.html)
    '）不存在，邮件无法送达', // chinese: QQ Mail's cause "收件人邮件地址（<rcpt>）不存在，邮件无法送达。" (the recipient's address does not exist, the mail cannot be delivered), its words after the address, as a public repository's test text keeps the notice (src/rules/mta/qq-mail.ts)
    '该用户未开通qq邮箱', // chinese: the same table ("该用户未开通QQ邮箱", the user has no QQ Mail mailbox)
    'not listed in domino directory', // lotus domino
    'not listed in public name & address book', // lotus domino
    'recipient address rejected: access denied', // postfix: the recipient itself is refused
    'recipient address rejected.', // postfix: rejected with no further word (the sentence ends)
    'address couldn\'t be found', // gmail
    'email address wasn\'t found at the destination domain', // exchange, the classic NDR's text for the sender (shared reference ndr-formats.md §2)
    'wasn\'t found at', // exchange online, the NDR's headline "bob wasn't found at example.org." (ndr-formats.md §2)
    // trend micro interscan: its notice for a recipient it could not deliver to, "Unable to deliver
    // message to <rcpt> (and other recipients in the same domain). Please check if address is
    // correct."; sisimai lhost/trendmicro.rb reads every such recipient as userunknown
    'and other recipients in the same domain',
    'user unknown', // postfix, sendmail
    'unknown user', // exim, qmail
    'no such user', // common
    'no such mailbox', // common
    'no such recipient', // common
    'no such account', // courier
    'unknown recipient', // common
    'recipient unknown', // common
    'recipient address rejected: user unknown', // postfix
    'recipient address rejected: unknown user', // postfix
    'does not exist', // common: "user does not exist", "mailbox does not exist"
    'doesn\'t exist', // common
    'mailbox not found', // common
    'mailbox unavailable', // exchange
    'mailbox is unavailable', // common
    'invalid recipient', // common
    'invalid mailbox', // common
    'invalid address', // common
    'unknown address', // amazon ses
    'address unknown', // common
    'no mailbox here by that name', // qmail
    'sorry, no mailbox here', // qmail
    'unknown local part', // exim
    'unknown local-part', // exim
    'user not found', // common
    'user doesn\'t have a', // yahoo
    'this user doesn\'t have', // yahoo
    'address not found', // gmail
    'recipient not found', // common
    'recipnotfound', // exchange RESOLVER.ADR.RecipNotFound
    'recipient does not exist', // common
    'account that you tried to reach does not exist', // gmail
    'not a valid mailbox', // common
    'bad destination mailbox', // rfc 3463 wording
    'mailbox does not exist', // common
    'no such local user', // common
    'user invalid', // common
    'is not a valid user', // common
    'unknown or illegal alias', // common
    'said: 550 5.1.1', // postfix
    'no valid recipients', // common
    'user unknown in', // postfix local/virtual
    'invalid user', // common
    'user doesn\'t exist', // common
    'addressee unknown', // common
    'the email account that you tried to reach', // gmail
    'account does not exist', // common
    'recipient no longer on server', // common
    'not our customer', // common
    'mailbox not present', // common
    'requested action not taken: mailbox unavailable', // exchange
    'unknown recipient address', // common
    'this account has been disabled or discontinued', // yahoo: treated as unknown by convention
    'no such person', // common
    'non-existent', // common
    'nonexistent', // common
    'user not exist', // common
    '550 5.1.1', // bare reply
    '5.1.1 ', // bare status
    'no mailbox by that name', // common
    'unknown mailbox', // common
    'resolver.adr.recipnotfound', // exchange
    'recipient address not found', // common
    'user is unknown', // common
    'not present in directory', // sisimai reason/userunknown.rb
    'can\'t accept user', // sisimai reason/userunknown.rb
    'addresses were unknown', // sisimai reason/userunknown.rb
    'address could not be found', // sisimai reason/userunknown.rb
    'not a known user', // sisimai reason/userunknown.rb
    'not an active address', // sisimai reason/userunknown.rb
    'invalid final delivery userid', // sisimai/rb-sisimai lib/sisimai/lhost/imailserver.rb ReFailures, userunknown: IMail's "Invalid final delivery userid: <rcpt>"
    'mailbox invalid', // sisimai reason/userunknown.rb
    'mailbox unavaiable', // sisimai reason/userunknown.rb
    'nessun utente simile', // sisimai reason/userunknown.rb
    'no account by that name', // sisimai reason/userunknown.rb
    'no existe dicha persona', // sisimai reason/userunknown.rb
    'no existe ese usuario', // sisimai reason/userunknown.rb
    'no mailbox found', // sisimai reason/userunknown.rb
    'no such address', // sisimai reason/userunknown.rb
    'rejected: account unavailable', // sisimai reason/userunknown.rb
    'not a valid recipient', // sisimai reason/userunknown.rb
    'not a valid user', // sisimai reason/userunknown.rb
    'invalid-recipient', // sisimai reason/userunknown.rb
    'address rejected: userunknown', // sisimai reason/userunknown.rb
    'recipient not exist', // sisimai reason/userunknown.rb
    'recipient notfound', // sisimai reason/userunknown.rb
    'badrcptto', // sisimai reason/userunknown.rb
    'badrecipientto', // sisimai reason/userunknown.rb
    'validrcptto', // sisimai reason/userunknown.rb
    'envelope recipient has been denied', // sisimai reason/userunknown.rb
    'email name is not found', // sisimai reason/userunknown.rb
    'no one at this address', // sisimai reason/userunknown.rb
    'no longer accepts mail', // sisimai reason/userunknown.rb
    'wrong or no longer valid', // sisimai reason/userunknown.rb
    'user not known', // sisimai reason/userunknown.rb
    'unknown virtual user', // sisimai reason/userunknown.rb
    'bad recipient', // sisimai reason/userunknown.rb
    'bad-recipient', // sisimai reason/userunknown.rb
    'in name directory', // sisimai reason/userunknown.rb
    'unknown email address', // sisimai reason/userunknown.rb
    'unknown e-mail address', // sisimai reason/userunknown.rb
    'no matches to nameserver query', // sisimai reason/userunknown.rb
    'account is unavailable', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'account not found', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'address invalid', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'address is unknown', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'address_not_found', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'destin. sconosciuto', // italian; cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'destinatario errato', // italian; cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'email address was not found', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'email address you entered couldn\'t be found', // Exchange 2013 and later: the NDR's user information for 5.1.1 and 5.1.10 ("The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message."), as Exchange notices pasted publicly carry it above "550 5.1.1 RESOLVER.ADR.RecipNotFound" (secondary: wording seen in the wild)
    'e-mail address you entered couldn\'t be found', // Exchange 2010: the same user information, "e-mail" as that version spells it (secondary: wording seen in the wild)
    'recipient\'s e-mail address was not found in the recipient\'s e-mail system', // Exchange 2007: the NDR's user information for 5.1.1 ("... Microsoft Exchange will not try to redeliver this message for you."), as its notices pasted publicly carry it (secondary: wording seen in the wild)
    'indirizzo inesistente', // italian; cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'invalid account', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'nie istnieje', // polish; cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'nie ma takiego konta', // polish; cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'no mailbox here', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'no one with that email address here', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'no such email address', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'no such mail drop', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'server doesn\'t handle mail for that user', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'not known to this system', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'unknown account', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'unknown or illegal user', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'was not found in ldap server', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'sorry but the address is invalid', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'unable to find alias user', // cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'adressat unbekannt', // german; cfortune/PHP-Bounce-Handler bounce_responses.php (secondary: wording seen in the wild)
    'mailbox unknown', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): generic "<user> (is) unknown"
    'recipient not recognized', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): generic "<user> not recognized"
    'user not recognized', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): generic "<user> not recognized"
    'address not recognized', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): generic "<user> not recognized"
    'mailbox was not found', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): aol, generic "<user> was not found"
    'recipient was not found', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): aol, generic "<user> was not found"
    'address was not found', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): aol, generic "<user> was not found"
    'recipient is unavailable', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): hotmail and others: "<user> is unavailable"
    'user is unavailable', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): hotmail and others: "<user> is unavailable"
    'no user here by that name', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): "no <user> here by that name"
    'no user by that name', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): "no <user> by that name"
    'address not known here', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): an unnamed server
    'doesn\'t handle mail for that user', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): mailfoundry
    'receiver not found', // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): compuserve: "Receiver not found: <user>"
    'destination server rejected recipients', // sisimai reason/userunknown.rb
    'recipient is not accepted', // sisimai reason/userunknown.rb
    'recipient is not local', // sisimai reason/userunknown.rb
    'recipient not ok', // sisimai reason/userunknown.rb
    'recipients was undeliverable', // sisimai reason/userunknown.rb
    'user missing home directory', // sisimai reason/userunknown.rb
    '5.1.0 address rejected.', // sisimai reason/userunknown.rb
    'domain or user isn\'t in my list of allowed rcpthosts', // sisimai reason/userunknown.rb Index @a137468d
    'not a local address', // sisimai reason/userunknown.rb Index @a137468d
    'not email addresses', // sisimai reason/userunknown.rb Index @a137468d
    'recipient refuses to accept your mail', // sisimai reason/userunknown.rb Index @a137468d
    'weil die adresse nicht gefunden wurde oder keine e-mails empfangen kann', // sisimai reason/userunknown.rb Index @a137468d
    // Gmail's "Address not found" sentence in the languages src/rules/mta/gmail.ts cites it in.
    'не найден или не принимает входящие письма', // russian: "Сообщение не доставлено, так как адрес <rcpt> не найден или не принимает входящие письма."
    '由于系统找不到电子邮件地址', // chinese: "由于系统找不到电子邮件地址 <rcpt>，或该地址无法接收邮件"
    'nie znaleziono adresu odbiorcy', // polish: "ponieważ nie znaleziono adresu odbiorcy (<rcpt>)"
    'teilnehmer existiert nicht', // german: T-Online's reason "unknown user / Teilnehmer existiert nicht", as three public repositories' bounce parsers quote its notice (secondary: wording seen in the wild)
    'hasn\'t got the service mapped', // Seznam.cz's reply "5.1.1 szn; User hasn't got the service mapped" (napoveda.seznam.cz/uzivatel-neexistuje, "Uživatel neexistuje": the user does not exist)
    '주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어', // korean: "<rcpt> 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다."
    'non répertorié dans l\'annuaire domino', // sisimai lib/sisimai/lhost/domino.rb MessagesOf (wording that server's notices carry)
    'no se encuentra en el directorio de domino', // sisimai lib/sisimai/lhost/domino.rb MessagesOf (wording that server's notices carry)
    'domino ディレクトリには見つかりません', // sisimai lib/sisimai/lhost/domino.rb MessagesOf (wording that server's notices carry)
    'ディレクトリのリストにありません', // sisimai lib/sisimai/lhost/notes.rb MessagesOf (wording that server's notices carry)
    'recipient address reserved by rfc 2606', // sisimai lib/sisimai/rhost/microsoft.rb MessagesOf (that provider's reply wording)
  ],
  phraseSequences: [
    ['user ', ' does not exist'], // common
    ['mailbox ', ' does not exist'], // common
    ['recipient ', ' unknown'], // common
    ['<', '> unknown'], // common
    ['no ', ' user'], // weak
    ['<', '> not found'], // sisimai reason/userunknown.rb
    ['recipient ', ' was not found in'], // sisimai reason/userunknown.rb
    ['user ', ' was not found'], // sisimai reason/userunknown.rb
    ['user (', ') unknown'], // sisimai reason/userunknown.rb
    ['user ', ' is unknown'], // rjbs/Mail-DeliveryStatus-BounceParser BounceParser.pm _std_reason (secondary: wording seen in the wild): generic "<user> <name> is unknown"
    ['address', ' not exist'], // sisimai reason/userunknown.rb Pairs @a137468d
    ['bad', 'recipient'], // sisimai reason/userunknown.rb Pairs @a137468d
    ['invalid', 'recipient'], // sisimai reason/userunknown.rb Pairs @a137468d
    ['invalid', 'user'], // sisimai reason/userunknown.rb Pairs @a137468d
    ['no ', 'mail', 'box '], // sisimai reason/userunknown.rb Pairs @a137468d
    ['no ', 'such', 'address'], // sisimai reason/userunknown.rb Pairs @a137468d
    ['non', 'existent user'], // sisimai reason/userunknown.rb Pairs @a137468d
    ['rcpt (', 't exist '], // sisimai reason/userunknown.rb Pairs @a137468d
    ['recipient no', 'found'], // sisimai reason/userunknown.rb Pairs @a137468d
    ['recipient ', ' not exist'], // sisimai reason/userunknown.rb Pairs @a137468d
    ['unknown e', 'mail address'], // sisimai reason/userunknown.rb Pairs @a137468d
    ['unknown local', 'part'], // sisimai reason/userunknown.rb Pairs @a137468d
    ['user ', ' not exist'], // sisimai reason/userunknown.rb Pairs @a137468d
  ],
  action: {
    id: 'suppress',
    summary: 'Remove this address from your lists: it will never accept mail.',
    steps: [
      'Stop sending to the address and mark it as a hard bounce in your list tool.',
      'If a person gave you the address, ask them for a corrected one through another channel.',
    ],
  },
} as const satisfies ReasonRule;
