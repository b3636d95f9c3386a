import type {MtaFamily, TemplateText} from '../types.ts';

const exoNdrDoc = 'MicrosoftDocs/SupportArticles-docs Exchange/ExchangeOnline/email-delivery/ndr/non-delivery-reports-in-exchange-online.md ("What\'s included in an NDR?", "How to interpret an Exchange NDR")';
const onPremNdrDoc = 'MicrosoftDocs/OfficeDocs-Exchange (fork SPollardMS/OfficeDocs-Exchange) Exchange/ExchangeServer/mail-flow/ndrs/ndrs.md ("DSNs and NDRs in Exchange 2016": Information in NDRs)';
const restrictedUsersDoc = 'MicrosoftDocs/microsoft-365-docs microsoft-365/security/office-365-security/removing-user-from-restricted-users-portal-after-spam.md (quoted 5.1.8 NDR text)';
const office365Rb = 'sisimai/rb-sisimai lib/sisimai/lhost/office365.rb (secondary: wording seen in the wild)';
const exchange2007Rb = 'sisimai/rb-sisimai lib/sisimai/lhost/exchange2007.rb (secondary: wording seen in the wild)';
const exchange2003Rb = 'sisimai/rb-sisimai lib/sisimai/lhost/exchange2003.rb (secondary: wording seen in the wild)';
const kb284204 = 'Microsoft KB 284204 "Delivery status notifications in Exchange Server and in Small Business Server" (Exchange 2000 / 2003: the NDR as Outlook shows it)';
/** Outlook's rendering of an NDR in the KB 284204 layout, in newer Outlook builds. */
const outlookCannot = 'Outlook\'s rendering of an Exchange NDR in the KB 284204 layout, "The following recipient(s) cannot be reached:" in newer builds (secondary: wording seen in the wild, e.g. pastebin.com/rrDb8Y6g in Spanish, pastebin.com/dUJNHrB0 in German)';
/** Outlook's rendering of an NDR in the KB 284204 layout in another language, as seen in the wild. */
/** Exchange's NDR in Russian as a public repository's test copies one (repository not named by the search index; secondary: wording seen in the wild). */
const russianNdr = 'Exchange\'s NDR in Russian as a public repository\'s test copies one: subject "Не удается доставить: Re: <subject>"; "Не удалось выполнить доставку следующим получателям или группам:" / <rcpt> / "Почтовый ящик получателя переполнен и в данный момент не может принимать сообщения." / "Попытайтесь повторно отправить это сообщение позже или обратитесь к получателю напрямую." / "Диагностические сведения для администраторов:" / "Формирующий сервер: <host>" / "#554-5.2.2 mailbox full 554 5.2.2 STOREDRV.Deliver.Exception:QuotaExceededException" (repository not named by the search index; secondary: wording seen in the wild)';
/** Exchange's subject prefix in a language no NDR body was found in: the lists of bounce subjects that name it. */
const localizedSubject = (language: string, seen: string): string => `Exchange's "Undeliverable:" subject in ${language}, as ${seen} (repositories not named by the search index unless given; secondary: wording seen in the wild)`;
const subjectLists = {
  cs: localizedSubject('Czech ("Nedoručitelné: <subject>")', 'a delivery worker\'s comment names it beside "Undeliverable: …" and a 2015 bounce-cleanup script matches it in its raw encoded form ("nedoru=e8iteln=e9", ISO-8859-2)'),
  sk: localizedSubject('Slovak ("Nedoručiteľné: <subject>")', 'a helpdesk\'s bounce reader names it, the prefix "the server or Outlook adds in the mailbox\'s language" to MicrosoftExchange senders\' returns'),
  hu: localizedSubject('Hungarian ("Kézbesíthetetlen")', 'a 2015 bounce-cleanup script matches it (also raw, "k=e9zbes=edthetetlen") and a bounce script\'s list of subjects gives it beside "Undeliverable", "Onbestelbaar", "Unzustellbar" and "Olevererbart"'),
  nb: localizedSubject('Norwegian ("Kan ikke leveres:")', 'finn-no/zendesk-tools lib/zendesk-tools/clean_suspended.rb lists it after "Undeliverable:" among the subjects of returned mail, and the same bounce script\'s list gives it'),
  fi: localizedSubject('Finnish ("Ei voitu toimittaa")', 'a bounce script\'s list of subjects (a Finnish contributor\'s) gives it right after "Undeliverable"'),
  ko: localizedSubject('Korean ("배달되지 않음")', 'a reply classifier matches it beside "Undeliverable" and "couldn\'t be delivered"'),
};
/** Exchange Online's "rejected your message" NDR in German, as a public repository's notes copy one (secondary: wording seen in the wild). */
const germanRejected = 'Exchange Online\'s NDR in German as a public repository\'s notes on a delivery problem copy one (2023, a Hotmail sender refused by Proton\'s inbound server): "slmailin003.protonmail.ch hat Ihre Nachricht an die folgenden E-Mail-Adressen zurückgewiesen." / <rcpt> / "Ihre Nachricht konnte nicht zugestellt werden, weil …" / "Für E-Mail-Administratoren" / "slmailin003.protonmail.ch hat diesen Fehler ausgegeben:" / <reply> (repository not named by the search index; secondary: wording seen in the wild)';
const outlookLocalized = (language: string, paste: string): string => `Outlook's rendering of an NDR in the KB 284204 layout, in ${language} (secondary: wording seen in the wild, ${paste}); no Microsoft page in that language found`;
/** Outlook's rendering of the KB 284204 NDR in Japanese, as a Japanese Outlook help page quotes it. */
const japaneseOutlook = 'pasofaq.jp/office/outlook/badrfc.htm ("このメールは、受信者全員または一部に届きませんでした", 2010: the NDR Outlook 2003/2007 shows from the system administrator, "このメールは、受信者全員または一部に届きませんでした。" / "以下の受信者にメールを配信できません" / the reason; secondary: wording seen in the wild)';
/** NDRs published whole, each naming the remote server in its user section and under the recipient. */
const seenNdrs = 'secondary: wording seen in the wild, pastebin.com/32NXKByX, pastebin.com/eaXMWT2g, pastebin.com/yq8ZnJan, pastebin.com/jVyYnDKZ';
const exchange2007Go = 'sisimai/go-sisimai lhost/via-exchange2007.go (secondary: wording seen in the wild)';
const mailman = (file: string, seenAt: string): string => `flufl.bounce flufl/bounce/_detectors/${file}.py (GNU Mailman's bounce detectors; secondary: wording seen in the wild, ${seenAt})`;
/** Microsoft's page on notices from postmaster@outlook.com, in `locale`: it names the NDR's "Diagnostic information for administrators" section in that language. */
const postmasterPage = (locale: string): string => `https://support.microsoft.com/${locale}/office/failed-delivery-messages-from-the-postmaster-at-outlook-com-microsoft-com-or-service-microsoft-com-eb34d15e-1251-4802-995d-78917ecb1de6 ("Diagnostic information for administrators", as this page words the section in ${locale})`;
/** The project's issue 13 quotes a German and a French Exchange Online NDR as Outlook on the web shows them. */
const issue13 = (what: string): string => `${what}, as the project's issue 13 quotes it from an Exchange Online NDR shown by Outlook on the web; not confirmed from a Microsoft page`;
/** A line of Exchange Online's new-style NDR in another language, with no page of Microsoft's to confirm it. */
const unconfirmedOnline = (english: string): string => `Exchange Online's new-style NDR, its ${english} as such NDRs put it in this language; not confirmed from a Microsoft page (${exoNdrDoc} gives the English)`;

/** Exchange's "Undeliverable:" subject in the languages its record gives: a subject, and one that says the failure is final. */
const localizedSubjects: readonly TemplateText[] = [
    {text: 'не удается доставить:', language: 'ru', source: `${russianNdr}: its subject`},
    {text: 'nedoručitelné:', language: 'cs', source: subjectLists.cs},
    {text: 'nedoručiteľné:', language: 'sk', source: subjectLists.sk},
    {text: 'kézbesíthetetlen', language: 'hu', source: subjectLists.hu},
    {text: 'kan ikke leveres:', language: 'nb', source: subjectLists.nb},
    {text: 'ei voitu toimittaa', language: 'fi', source: subjectLists.fi},
    {text: '배달되지 않음', language: 'ko', source: subjectLists.ko},
];

/** Microsoft Exchange Server (2003, 2007-2019) and Exchange Online / Microsoft 365: classic and new-style NDRs. */
export default {
  id: 'exchange',
  name: 'Microsoft Exchange / Exchange Online',
  source: `${exoNdrDoc}; ${onPremNdrDoc}; secondary: sisimai/rb-sisimai lib/sisimai/lhost/{office365,exchange2007,exchange2003}.rb, sisimai/go-sisimai lhost/via-exchange2007.go`,
  subjects: [
    {text: 'undeliverable:', source: `${office365Rb}: subject includes 'Undeliverable:'; ${exchange2007Rb}: subject /\\A(?:Undeliverable|Non_remis_):/`},
    {text: 'non_remis_', source: `${exchange2007Rb}: fr-FR encoded subject`},
    {text: 'non remis', source: `${exchange2007Go}: emailtitle "Non remis " (fr-FR)`},
    {text: 'non recapitabile', source: `${exchange2007Go}: emailtitle "Non recapitabile" (it-CH)`},
    {text: 'olevererbart', source: `${exchange2007Go}: emailtitle "Olevererbart" (sv-SE)`},
    ...localizedSubjects,
  ],
  headers: [
    {text: 'x-ms-exchange-message-is-ndr', source: `${office365Rb}: Headers365`},
    {text: 'x-ms-embedded-report', source: `${exchange2003Rb}: header X-MS-Embedded-Report (Exchange 2003)`},
  ],
  bodyMarkers: [
    {text: 'transcript of session follows', source: `${mailman('microsoft', 'Microsoft SMTPSVC')}: the tag line, then one address a line (the same words as Sendmail's heading)`},
    {text: 'delivery has failed to these recipients or groups:', source: `${exoNdrDoc}; ${office365Rb}: MarkingsOf[:message]`},
    {text: 'diagnostic information for administrators', source: `${exoNdrDoc}; ${onPremNdrDoc}`},
    {text: 'generating server:', source: `${exoNdrDoc}: "Generating server: alpineskihouse.com"; ${onPremNdrDoc}`},
    {text: 'your message couldn\'t be delivered', source: `${restrictedUsersDoc}: "Your message couldn't be delivered because you weren't recognized as a valid sender..."`},
    {text: 'more info for email admins', source: `${exoNdrDoc}: field "More info for email admins" of the newest-style NDR`},
    {text: 'your message did not reach some or all of the intended recipients.', source: `${kb284204}: its first line`},
    {text: 'ihre nachricht hat einige oder alle empfänger nicht erreicht.', language: 'de', source: outlookLocalized('German', 'pastebin.com/dUJNHrB0')},
    {text: 'algunos de los destinatarios no recibieron su mensaje.', language: 'es', source: outlookLocalized('Spanish', 'pastebin.com/rrDb8Y6g')},
    {text: 'このメールは、受信者全員または一部に届きませんでした。', language: 'ja', source: `${japaneseOutlook}: its first line`},
    {text: 'did not reach the following recipient(s):', source: `${exchange2003Rb}: StartingOf[:error] (Exchange 2003)`},
    {text: 'the mts-id of the original message is:', source: `${exchange2003Rb}: recipient block comment (Exchange 2003)`},
    {text: 'msexch:ims:', source: `${exchange2003Rb}: diagnostic line "MSEXCH:IMS:... (000C05A6) Unknown Recipient" (Exchange 2003)`},
    {text: 'rejected your message to the following email addresses:', source: `${office365Rb}: MarkingsOf[:message] ".+ rejected your message to the following e[-]?mail addresses:"`},
    {text: 'rejected your message to the following e-mail addresses:', source: `${office365Rb}: MarkingsOf[:message]`},
    {text: 'original message details', source: `${exchange2007Go}: new-style block "Original Message Details" / "Recipient Address:"`},
    {text: 'dsn generated by:', source: `${exchange2007Go}: startingof["rhost"] "DSN generated by:"`},
    {text: 'diagnoseinformationen für administratoren', language: 'de', source: postmasterPage('de-de')},
    {text: 'informations de diagnostic pour les administrateurs', language: 'fr', source: `${postmasterPage('fr-fr')}; ${exchange2007Rb}: MarkingsOf[:message] (fr-FR); ${exchange2007Go}`},
    {text: 'información de diagnóstico para administradores', language: 'es', source: postmasterPage('es-es')},
    {text: 'informazioni di diagnostica per gli amministratori', language: 'it', source: `${postmasterPage('it-it')}; ${exchange2007Go}: startingof["message"] (it-CH)`},
    {text: '管理者向けの診断情報', language: 'ja', source: postmasterPage('ja-jp')},
    {text: 'diagnostisk information f', language: 'sv', source: `${exchange2007Go}: startingof["message"] "Diagnostisk information f" (sv-SE, prefix as written there)`},
    {text: 'generierender server:', language: 'de', source: 'https://hilfe.cloud4you.biz/hosted-exchange/fehlermeldungen-beim-versand-und-empfang-von-mails (a hoster\'s help page showing the German classic NDR: "Diagnoseinformationen für Administratoren" / "Generierender Server: <server>"; secondary)'},
    {text: 'server di generazione', language: 'it', source: `${exchange2007Go}: startingof["rhost"] (it-CH)`},
    {text: 'genererande server', language: 'sv', source: `${exchange2007Go}: startingof["rhost"] (sv-SE)`},
    {text: 'hat ihre nachricht an die folgenden e-mail-adressen zurückgewiesen', language: 'de', source: `${germanRejected}: "<server> rejected your message to the following email addresses"`},
    {text: 'ihre nachricht konnte nicht zugestellt werden', language: 'de', source: `${germanRejected}: "Your message couldn't be delivered"`},
    {text: 'не удалось выполнить доставку следующим получателям или группам:', language: 'ru', source: `${russianNdr}: the classic layout's "Delivery has failed to these recipients or groups:"`},
    {text: 'диагностические сведения для администраторов', language: 'ru', source: `${russianNdr}: "Diagnostic information for administrators"`},
    {text: 'the email below could not be delivered to the following user:', source: `${mailman('simplematch', 'Microsoft SMTPSVC')}: start line, then "<rcpt>" ... "Old message:"`},
  ],
  recipientLeadIns: [
    {text: 'nicht an ', language: 'de', source: 'Exchange and Outlook.com NDRs, the user information in German: "Ihre Nachricht konnte nicht an <rcpt> zugestellt werden" (Microsoft writes NDRs in the recipient\'s language; wording as such NDRs put it, not confirmed from a Microsoft page)'},
    {text: 'remis à ', language: 'fr', source: 'Exchange and Outlook.com NDRs, the user information in French: "Votre message n\'a pas pu être remis à <rcpt>" (Microsoft writes NDRs in the recipient\'s language; wording as such NDRs put it, not confirmed from a Microsoft page)'},
    {text: 'entregar a ', language: 'es', source: 'Exchange and Outlook.com NDRs, the user information in Spanish: "No se pudo entregar a <rcpt>" (Microsoft writes NDRs in the recipient\'s language; wording as such NDRs put it, not confirmed from a Microsoft page)'},
    {text: 'recapitato a ', language: 'it', source: 'Exchange and Outlook.com NDRs, the user information in Italian: "Il messaggio non è stato recapitato a <rcpt>" (Microsoft writes NDRs in the recipient\'s language; wording as such NDRs put it, not confirmed from a Microsoft page)'},
    {text: 'bezorgd bij ', language: 'nl', source: 'Exchange and Outlook.com NDRs, the user information in Dutch: "Het bericht kan niet worden bezorgd bij <rcpt>" (Microsoft writes NDRs in the recipient\'s language; wording as such NDRs put it, not confirmed from a Microsoft page)'},
    {text: 'entregue a ', language: 'pt', source: 'Exchange and Outlook.com NDRs, the user information in Portuguese: "A mensagem não pôde ser entregue a <rcpt>" (Microsoft writes NDRs in the recipient\'s language; wording as such NDRs put it, not confirmed from a Microsoft page)'},
    {text: '宛先:', language: 'ja', source: 'Exchange and Outlook.com NDRs, the user information in Japanese: "宛先: <rcpt>" (Microsoft writes NDRs in the recipient\'s language; wording as such NDRs put it, not confirmed from a Microsoft page)'},
    {text: 'ihre nachricht an ', language: 'de', source: issue13('the new-style NDR\'s headline in German, "Ihre Nachricht an <rcpt> konnte nicht übermittelt werden."')},
    {text: 'votre message à ', language: 'fr', source: unconfirmedOnline('headline "Your message to <rcpt> couldn\'t be delivered." in French, "Votre message à <rcpt> n\'a pas pu être remis."')},
    {text: 'your message to ', source: `${exoNdrDoc}: the failure NDR's headline "Your message to <recipient> couldn't be delivered."`},
    {text: 'couldn\'t be delivered to ', source: `${exoNdrDoc}: "... couldn't be delivered to <recipient>" in the user information`},
    {text: 'delivery has failed to these recipients or groups:', source: `${exoNdrDoc}: example "Delivery has failed to these recipients or groups:" / "ronald@contoso.com"`},
    {text: 'did not reach the following recipient(s):', source: `${exchange2003Rb}: "did not reach the following recipient(s):" / "kijitora@example.co.jp on <date>"`},
    {text: 'rejected your message to the following email addresses:', source: `${office365Rb}: MarkingsOf[:message]`},
    {text: 'rejected your message to the following e-mail addresses:', source: `${office365Rb}: MarkingsOf[:message]`},
    {text: 'smtp=', source: `${mailman('exchange', 'Microsoft Exchange')}: address pattern "SMTP=<rcpt>; on " under "did not reach the following recipient"`},
  ],
  recipientHeadings: [
    {text: 'delivery is delayed to these recipients or groups:', source: 'Exchange 2010-2019 and Exchange Online delay DSN: the counterpart of the failure NDR\'s "Delivery has failed to these recipients or groups" (Microsoft Learn, "Delivery status notifications in Exchange Server", message type Delay; secondary: wording seen in the wild)'},
    {text: 'did not reach the following recipient', source: `${mailman('exchange', 'Microsoft Exchange')}: start line, then "<rcpt> on <date>" lines up to "MSEXCH:"; ${mailman('simplematch', 'gomaps.com')}: same start`},
    {text: 'the following recipient(s) could not be reached:', source: `${kb284204}: then "<rcpt> on <date>", its explanation and "<server #5.1.1>"`},
    {text: 'the following recipient(s) cannot be reached:', source: outlookCannot},
    {text: 'folgende(r) empfänger kann/können nicht erreicht werden:', language: 'de', source: outlookLocalized('German', 'pastebin.com/dUJNHrB0')},
    {text: 'no se puede localizar a los destinatarios siguientes:', language: 'es', source: outlookLocalized('Spanish', 'pastebin.com/rrDb8Y6g')},
    {text: '以下の受信者にメールを配信できません', language: 'ja', source: `${japaneseOutlook}: then each recipient and the reason`},
    {text: 'the email below could not be delivered to the following user:', source: `${mailman('simplematch', 'Microsoft SMTPSVC')}: start line, then "<rcpt>"`},
  ],
  remoteServerLabels: [
    {text: 'remote server:', source: 'Exchange Online\'s newest NDR layout, "Reported error: <reply>" / "DSN generated by: <server>" / "Remote server: <server>" (shared/reference/ndr-formats.md §2; secondary: seen in samples, not in Microsoft\'s prose)'},
    {text: 'the following organization rejected your message:', source: `Exchange 2010-2019 NDRs' user section, "The following organization rejected your message: <remote server>.", the same server as under the recipient in the administrators' block (${seenNdrs})`},
  ],
  remoteServerTrailers: [
    {text: ' rejected your message to the following email addresses:', source: `${office365Rb}: MarkingsOf[:message] ".+ rejected your message to the following e[-]?mail addresses:"; the remote server named before it is the one under the recipient in the administrators' block (${seenNdrs})`},
    {text: ' rejected your message to the following e-mail addresses:', source: `${office365Rb}: MarkingsOf[:message]`},
    {text: ' gave this error:', source: `Exchange 2013-2019 and Exchange Online NDRs' user section, "<remote server> gave this error: <reply>" (${seenNdrs})`},
    {text: ' hat ihre nachricht an die folgenden e-mail-adressen zurückgewiesen.', language: 'de', source: `${germanRejected}: the remote server named before it`},
    {text: ' hat diesen fehler ausgegeben:', language: 'de', source: `${germanRejected}: "<remote server> gave this error: <reply>"`},
  ],
  // Microsoft documents the administrators' block as "Generating server: <server name>", then the
  // rejected recipient, the remote server, the codes and the reply (its on-premises NDR page): with
  // no remote server under the recipient, the generating server gave the reply itself.
  reportingServerLabels: [
    {text: 'generating server:', source: `${exoNdrDoc}: "Generating server: alpineskihouse.com"; ${onPremNdrDoc} ("Generating server: <server name>", then recipient, remote server, codes, reply)`},
    {text: 'dsn generated by:', source: 'Exchange Online\'s newest NDR layout, "DSN generated by: <server>" above "Remote server: <server>" (shared/reference/ndr-formats.md §2; secondary: seen in samples)'},
    {text: 'generierender server:', language: 'de', source: 'https://hilfe.cloud4you.biz/hosted-exchange/fehlermeldungen-beim-versand-und-empfang-von-mails (the German classic NDR: "Generierender Server: <server>"; secondary)'},
    {text: 'serveur de génération :', language: 'fr', source: 'shared/reference/ndr-formats.md, "Localized Exchange/Outlook NDRs" (French "Serveur de génération"; sisimai markers and a seen sample subject)'},
    {text: 'serveur de génération:', language: 'fr', source: 'shared/reference/ndr-formats.md, "Localized Exchange/Outlook NDRs" (French "Serveur de génération", written without the no-break space)'},
    {text: 'server di generazione:', language: 'it', source: `${exchange2007Go}: startingof["rhost"] (it-CH)`},
    {text: 'genererande server:', language: 'sv', source: `${exchange2007Go}: startingof["rhost"] (sv-SE)`},
    {text: 'формирующий сервер:', language: 'ru', source: `${russianNdr}: "Generating server:"`},
  ],
  replyIntroductions: [
    {text: 'reported error:', source: 'Exchange Online\'s newest NDR layout, block "Error Details" / "Reported error: <reply>" / "DSN generated by: <server>", as recorded from observed NDRs in the project\'s reference (shared/reference/mta-sources.md §8; secondary: not in Microsoft\'s prose)'},
    {text: 'remote server returned', source: `${restrictedUsersDoc}: "Remote Server returned '550 5.1.8 Access denied, bad outbound sender."; ${office365Rb}; ${exchange2007Rb}`},
    {text: 'gemeldeter fehler:', language: 'de', source: issue13('"Gemeldeter Fehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound", the German "Reported error:"')},
    {text: 'erreur signalée :', language: 'fr', source: issue13('"Erreur signalée", the French "Reported error:" (French puts a no-break space before the colon)')},
    {text: 'error notificado:', language: 'es', source: unconfirmedOnline('"Reported error:"')},
    {text: 'errore segnalato:', language: 'it', source: unconfirmedOnline('"Reported error:"')},
    {text: 'gerapporteerde fout:', language: 'nl', source: unconfirmedOnline('"Reported error:"')},
    {text: 'erro relatado:', language: 'pt', source: unconfirmedOnline('"Reported error:"')},
    {text: '報告されたエラー:', language: 'ja', source: unconfirmedOnline('"Reported error:"')},
    // The heading of the reply's codes alone, which yields to the reply further on.
    {text: 'status code:', source: `${exoNdrDoc}; shared/reference/ndr-formats.md §2 (new-style NDR, "More Info for Email Admins" / "Status code: 550 5.1.10")`},
    {text: 'statuscode:', language: 'de', source: `${issue13('"Statuscode: 550 5.1.10", the German "Status code:"')}; the Dutch NDR writes the same word (${unconfirmedOnline('"Status code:"')})`},
    {text: 'code d\'état :', language: 'fr', source: issue13('"Code d\'état", the French "Status code:" (with the no-break space before the colon)')},
    {text: 'código de estado:', language: 'es', source: unconfirmedOnline('"Status code:"')},
    {text: 'codice di stato:', language: 'it', source: unconfirmedOnline('"Status code:"')},
    {text: 'código de status:', language: 'pt', source: unconfirmedOnline('"Status code:"')},
    {text: '状態コード:', language: 'ja', source: unconfirmedOnline('"Status code:" (Japanese text writes the colon full-width, "：")')},
  ],
  permanent: [
    {text: 'couldn\'t be delivered.', source: `${exoNdrDoc}: the failure NDR's headline "Your message to <recipient> couldn't be delivered." (a delay NDR says "Delivery is delayed")`},
    {text: 'did not reach the following recipient(s):', source: `${exchange2003Rb}: the Exchange 2003 failure NDR`},
    {text: 'your message did not reach some or all of the intended recipients.', source: `${kb284204}: the NDR's first line`},
    {text: 'the following recipient(s) could not be reached:', source: kb284204},
    {text: 'the following recipient(s) cannot be reached:', source: outlookCannot},
    {text: 'ihre nachricht hat einige oder alle empfänger nicht erreicht.', language: 'de', source: outlookLocalized('German', 'pastebin.com/dUJNHrB0')},
    {text: 'algunos de los destinatarios no recibieron su mensaje.', language: 'es', source: outlookLocalized('Spanish', 'pastebin.com/rrDb8Y6g')},
    {text: 'このメールは、受信者全員または一部に届きませんでした。', language: 'ja', source: `${japaneseOutlook}: the NDR's first line`},
    {text: 'rejected your message to the following email addresses:', source: `${office365Rb}: MarkingsOf[:message], the failure NDR`},
    {text: 'rejected your message to the following e-mail addresses:', source: `${office365Rb}: MarkingsOf[:message], the failure NDR`},
    {text: 'delivery has failed to these recipients or groups', source: `${exoNdrDoc}: headline of the failure NDR (user information section)`},
    // The new-style NDR's headline in the extension's languages (a delay NDR has another headline).
    {text: 'konnte nicht übermittelt werden.', language: 'de', source: issue13('"Ihre Nachricht an <rcpt> konnte nicht übermittelt werden."')},
    {text: 'n\'a pas pu être remis.', language: 'fr', source: unconfirmedOnline('headline, "Votre message à <rcpt> n\'a pas pu être remis."')},
    {text: 'no se pudo entregar a ', language: 'es', source: unconfirmedOnline('headline, "No se pudo entregar a <rcpt>."')},
    {text: 'non è stato recapitato a ', language: 'it', source: unconfirmedOnline('headline, "Il messaggio non è stato recapitato a <rcpt>."')},
    {text: 'kan niet worden bezorgd bij ', language: 'nl', source: unconfirmedOnline('headline, "Het bericht kan niet worden bezorgd bij <rcpt>."')},
    {text: 'não pôde ser entregue a ', language: 'pt', source: unconfirmedOnline('headline, "A mensagem não pôde ser entregue a <rcpt>."')},
    {text: 'にメッセージを配信できませんでした', language: 'ja', source: unconfirmedOnline('headline, "<rcpt> にメッセージを配信できませんでした。"')},
    {text: 'the email below could not be delivered to the following user:', source: `${mailman('simplematch', 'Microsoft SMTPSVC')}: start line, then "<rcpt>" ... "Old message:"`},
    {text: 'undeliverable:', source: `${office365Rb}: subject includes 'Undeliverable:'; ${exchange2007Rb}: subject /\\A(?:Undeliverable|Non_remis_):/`},
    {text: 'hat ihre nachricht an die folgenden e-mail-adressen zurückgewiesen', language: 'de', source: `${germanRejected}: the failure NDR's headline`},
    {text: 'не удалось выполнить доставку следующим получателям или группам', language: 'ru', source: `${russianNdr}: the failure NDR's heading`},
    ...localizedSubjects,
  ],
  temporary: [
    {text: 'delivery is delayed to these recipients or groups:', source: 'Exchange 2010-2019 and Exchange Online delay DSN: the counterpart of the failure NDR\'s "Delivery has failed to these recipients or groups" (Microsoft Learn, "Delivery status notifications in Exchange Server", message type Delay; secondary: wording seen in the wild)'},
    {text: 'this message hasn\'t been delivered yet.', source: 'Exchange 2010-2019 and Exchange Online delay DSN: the counterpart of the failure NDR\'s "Delivery has failed to these recipients or groups" (Microsoft Learn, "Delivery status notifications in Exchange Server", message type Delay; secondary: wording seen in the wild)'},
    // The verdict Exchange writes under each delayed recipient in English, whatever the language of
    // the rest ("Remote Server at <host> (<ip>) returned '400 4.4.7 Message delayed'", then the last
    // attempt's reply): with the user information cut or in another language, it alone says the
    // server still retries.
    {text: 'returned \'400 4.4.7 message delayed\'', source: 'Exchange 2013-2019 delay DSNs as pasted publicly in English, Danish, Polish and French (pastebin.com/bAWb37W3, /gumwLXcs, /iFpgpLWp, /rgjcnYmZ: "Remote Server at <host> (<ip>) returned \'400 4.4.7 Message delayed\'" under "Diagnostic information for administrators" in each language; secondary: wording seen in the wild)'},
    {text: 'this is an advisory-only email', source: `${mailman('simplewarning', 'Exchange warning message')}: start line of the delay warning (its end line "has been postponed")`},
  ],
  originalMessageMarkers: [
    {text: 'en-têtes de message d\'origine', language: 'fr', source: 'Exchange NDR section "Original message headers" (Microsoft Learn NDR article, section "What\'s included in an NDR?"), as Exchange writes it in the NDR\'s language (French)'},
    {text: 'intestazioni originali del messaggio', language: 'it', source: 'Exchange NDR section "Original message headers" (Microsoft Learn NDR article, section "What\'s included in an NDR?"), as Exchange writes it in the NDR\'s language (Italian)'},
    {text: 'ursprungshuvuden', language: 'sv', source: 'Exchange NDR section "Original message headers" (Microsoft Learn NDR article, section "What\'s included in an NDR?"), as Exchange writes it in the NDR\'s language (Swedish)'},
    {text: 'ursprüngliche nachrichtenkopfzeilen', language: 'de', source: 'Exchange NDR section "Original message headers" (Microsoft Learn NDR article, section "What\'s included in an NDR?"), as Exchange writes it in the NDR\'s language (German)'},
    {text: 'oorspronkelijke berichtkoppen', language: 'nl', source: 'Exchange NDR section "Original message headers" (Microsoft Learn NDR article, section "What\'s included in an NDR?"), as Exchange writes it in the NDR\'s language (Dutch)'},
    {text: 'cabeceras del mensaje original', language: 'es', source: 'Exchange NDR section "Original message headers" (Microsoft Learn NDR article, section "What\'s included in an NDR?"), as Exchange writes it in the NDR\'s language (Spanish)'},
    {text: 'cabeçalhos da mensagem original', language: 'pt', source: 'Exchange NDR section "Original message headers" (Microsoft Learn NDR article, section "What\'s included in an NDR?"), as Exchange writes it in the NDR\'s language (Portuguese)'},
    {text: '元のメッセージ ヘッダー', language: 'ja', source: 'Exchange NDR section "Original message headers" (Microsoft Learn NDR article, section "What\'s included in an NDR?"), as Exchange writes it in the NDR\'s language (Japanese)'},
    {text: 'original message headers', source: `${exoNdrDoc}: "Original message headers" / <message header fields>; ${onPremNdrDoc}; ${office365Rb}: StartingOf[:eoerr] 'Original message headers:'`},
    {text: 'en-têtes de message d\'origine :', language: 'fr', source: `${exchange2007Rb}: ReBackbone "En-t.tes de message d'origine :" (fr-FR)`},
    {text: 'intestazioni originali del messaggio:', language: 'it', source: `${exchange2007Go}: boundaries (it-CH)`},
    {text: 'ursprungshuvuden:', language: 'sv', source: `${exchange2007Go}: boundaries (sv-SE)`},
    {text: 'old message:', source: `${mailman('simplematch', 'Microsoft SMTPSVC')}: end line "Old message:"`},
  ],
  delivered: [
    {text: 'your message has been delivered to the following recipients:', source: 'Exchange delivery receipt and relay DSN (Microsoft Learn, "Delivery status notifications in Exchange Server", message types Delivered and Relayed; secondary: wording seen in the wild)'},
    {text: 'delivery to these recipients or groups is complete', source: 'Exchange delivery receipt and relay DSN (Microsoft Learn, "Delivery status notifications in Exchange Server", message types Delivered and Relayed; secondary: wording seen in the wild)'},
  ],
} satisfies MtaFamily;
