/**
 * What the sender, the subject and the body of a delivery failure notice look like: plain
 * lowercase substrings, each row with the language it is in, the mail server or service that
 * writes it and where that is written. The content script filters the messages it reads with the
 * senders and subjects; the background and the decoder use all of them to tell a notice from any
 * other message. Texts are in the plain typography the readers fold a message to first
 * (`foldTypography`: straight apostrophes, ASCII colons and spaces, composed accents).
 */
import type {NoticeLanguage} from './types.ts';

/** One text that marks a notice, with its language, its producer and its source. */
export interface NoticeSignal {
  readonly text: string;
  /** The language the text is in; `zxx` (BCP 47: no linguistic content) for a mailbox name. */
  readonly language: NoticeLanguage | 'zxx';
  /** The id of the family in `src/rules/mta` that writes it, or `various` for several of them. */
  readonly producer: string;
  readonly source: string;
}

const ndrFormats = (section: string): string => `shared/reference/ndr-formats.md ${section}`;
const gmailHelp = 'https://support.google.com/mail/answer/6596 ("Fix bounced or rejected emails": sender Mail Delivery Subsystem <mailer-daemon@googlemail.com>, subject "Delivery Status Notification (Failure)")';
const deltachatGerman = 'deltachat/deltachat-core-rust test-data/message/gmail_ndn.eml (a Gmail notice in German, as received in 2020; secondary: wording seen in the wild)';
const exchange2007Go = 'sisimai/go-sisimai lhost/via-exchange2007.go (secondary: wording seen in the wild)';
const office365Rb = 'sisimai/rb-sisimai lib/sisimai/lhost/office365.rb (secondary: wording seen in the wild)';
/** Microsoft's page on notices from postmaster@outlook.com, in `locale`: it names the NDR's "Diagnostic information for administrators" section in that language. */
const postmasterPage = (locale: string): string => `https://support.microsoft.com/${locale}/office/failed-delivery-messages-from-the-postmaster-at-outlook-com-microsoft-com-or-service-microsoft-com-eb34d15e-1251-4802-995d-78917ecb1de6 ("Diagnostic information for administrators", as this page words the section in ${locale})`;
/** The project's issue 13 quotes a German and a French Exchange Online NDR as Outlook on the web shows them. */
const issue13 = (what: string): string => `${what}, as the project's issue 13 quotes it from an Exchange Online NDR shown by Outlook on the web; not confirmed from a Microsoft page`;
/** A heading of Exchange Online's new-style NDR in another language, with no page of Microsoft's to confirm it. */
const unconfirmedOnline = (english: string): string => `Exchange Online's new-style NDR, its "${english}" heading as such NDRs put it in this language; not confirmed from a Microsoft page`;

/** A subject or sender that `family`'s file in src/rules/mta gives, with the source it cites there. */
const familyRow = (family: string, what: string): string => `src/rules/mta/${family}.ts: ${what}, with the source that file cites`;

/** A subject pattern of PHP-Bounce-Handler's list of bounce subjects, a record of subjects seen in the wild. */
const phpBounceSubjects = (pattern: string): string => `cfortune/PHP-Bounce-Handler bounce_responses.php ($bouncesubj, the subjects it takes for a bounce: ${pattern}; secondary: wording seen in the wild)`;

/** Sender names and addresses of failure notices. */
export const noticeSenderRows: readonly NoticeSignal[] = [
  {text: 'mailer-daemon', language: 'zxx', producer: 'various', source: `${ndrFormats('§1, §3, §4')}: Postfix, Exim, qmail, Sendmail, Yahoo, Amazon SES`},
  {text: 'postmaster', language: 'zxx', producer: 'various', source: `${ndrFormats('§2')}: Microsoft 365, Exchange, Outlook.com and most MTAs`},
  {text: 'mail delivery', language: 'en', producer: 'various', source: `${gmailHelp}; ${deltachatGerman} (the sender stays "Mail Delivery Subsystem" in a German notice); "Mail Delivery System" of Postfix and Exim (${ndrFormats('§4')})`},
  {text: 'microsoft outlook', language: 'en', producer: 'exchange', source: 'the display name of the sender of Microsoft 365 and Outlook.com NDRs ("Microsoft Outlook <postmaster@...>"), as such notices show it; not confirmed from a Microsoft page'},
  {text: 'microsoftexchange', language: 'zxx', producer: 'exchange', source: `${ndrFormats('§2')}: the system mailbox MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@<domain>`},
  {text: 'ndr administrator', language: 'en', producer: 'domino', source: 'the sender name of Lotus Domino\'s and older Exchange gateways\' notices, as such notices show it; not confirmed from a vendor page'},
  {text: 'navermail_noreply@navercorp.com', language: 'zxx', producer: 'naver', source: 'Naver Mail\'s sender of its notices of failed sends, as tools reading a Naver inbox select it (src/rules/mta/naver.ts)'},
  // The senders that one family writes its notices from, each as its file in src/rules/mta cites it.
  {text: '"content-filter at ', language: 'zxx', producer: 'amavis', source: familyRow('amavis', 'the notice\'s From, "Content-filter at <host>"')},
  {text: '"citadel" <citadel@', language: 'zxx', producer: 'citadel', source: familyRow('citadel', '"From: \\"Citadel\\" <citadel@<fqdn>>"')},
  {text: 'courier mail server at', language: 'en', producer: 'courier', source: familyRow('courier', '"Courier mail server at <host>"')},
  {text: 'interscan mss', language: 'zxx', producer: 'interscan', source: familyRow('interscan', 'the display name "InterScan MSS"')},
  {text: 'interscan notification', language: 'en', producer: 'interscan', source: familyRow('interscan', 'the display name "InterScan Notification"')},
  {text: 'mdaemon at ', language: 'zxx', producer: 'mdaemon', source: familyRow('mdaemon', '"MDaemon at <domain>"')},
];

/** Subjects of failure notices, localized ones included. */
export const noticeSubjectRows: readonly NoticeSignal[] = [
  {text: 'undeliver', language: 'en', producer: 'various', source: `${ndrFormats('§2, §4')}: Microsoft 365 and Exchange "Undeliverable: <subject>", Postfix "Undelivered Mail Returned to Sender"`},
  {text: 'delivery status notification', language: 'en', producer: 'various', source: `${gmailHelp}; ${deltachatGerman} (Gmail keeps this subject in English for a German notice); Amazon SES, Exchange delay, OpenSMTPD (${ndrFormats('§2, §8')})`},
  {text: 'failure notice', language: 'en', producer: 'various', source: `${ndrFormats('§3, §6')}: Yahoo and qmail "Failure Notice"`},
  {text: 'returned mail', language: 'en', producer: 'sendmail', source: `${ndrFormats('§7')}: "Returned mail: see transcript for details"`},
  {text: 'mail delivery failed', language: 'en', producer: 'exim', source: `${ndrFormats('§5')}: "Mail delivery failed: returning message to sender"`},
  {text: 'delayed mail', language: 'en', producer: 'postfix', source: `${ndrFormats('§4')}: "Delayed Mail (still being retried)"`},
  {text: 'delivery failure', language: 'en', producer: 'various', source: 'shared/reference/mta-sources.md (Domino, domino.rb): subject "DELIVERY FAILURE:"; various gateways\' "Delivery Failure Report"'},
  {text: 'not delivered', language: 'en', producer: 'various', source: `${ndrFormats('§1')}: Google Workspace and others, "Message not delivered"`},
  {text: 'delivery has failed', language: 'en', producer: 'exchange', source: `${ndrFormats('§2')}: Exchange, classic layout`},
  {text: 'nondeliverable', language: 'en', producer: 'various', source: 'various gateways\' subjects ("Nondeliverable mail"), as such notices show them; not confirmed from a vendor page'},
  {text: 'non-delivery', language: 'en', producer: 'exchange', source: `${ndrFormats('§2')}: Exchange's "non-delivery report" (NDR), a word its notices' subjects use`},
  {text: 'unzustellbar', language: 'de', producer: 'exchange', source: `${ndrFormats('§2 Localized Exchange/Outlook NDRs')}: "Unzustellbar:"; ${issue13('"Unzustellbar: <subject>"')}`},
  {text: 'non remis', language: 'fr', producer: 'exchange', source: `${exchange2007Go}: emailtitle "Non remis " (fr-FR); ${ndrFormats('§2 Localized Exchange/Outlook NDRs')}`},
  {text: 'non_remis', language: 'fr', producer: 'exchange', source: 'sisimai/rb-sisimai lib/sisimai/lhost/exchange2007.rb: subject /\\A(?:Undeliverable|Non_remis_):/ (fr-FR, as an encoded subject decodes without its spaces; secondary)'},
  {text: 'échec de la remise', language: 'fr', producer: 'exchange', source: 'Exchange and Outlook.com, newer French subject: wording as such NDRs put it, not confirmed from a Microsoft page'},
  {text: 'no se puede entregar', language: 'es', producer: 'exchange', source: `${ndrFormats('§2 Localized Exchange/Outlook NDRs')}: "No se puede entregar:" (a spam filter matching Exchange Online NDR subjects)`},
  {text: 'error en la entrega', language: 'es', producer: 'exchange', source: 'Exchange and Outlook.com, newer Spanish subject: wording as such NDRs put it, not confirmed from a Microsoft page'},
  {text: 'non recapitabile', language: 'it', producer: 'exchange', source: `${exchange2007Go}: emailtitle "Non recapitabile" (it-CH)`},
  {text: 'mancato recapito', language: 'it', producer: 'exchange', source: 'Exchange and Outlook.com, newer Italian subject: wording as such NDRs put it, not confirmed from a Microsoft page'},
  {text: 'onbestelbaar', language: 'nl', producer: 'exchange', source: `${ndrFormats('§2 Localized Exchange/Outlook NDRs')}: "Onbestelbaar:" (${office365Rb})`},
  {text: 'não entregue', language: 'pt', producer: 'exchange', source: `${ndrFormats('§2 Localized Exchange/Outlook NDRs')}: "Não entregue:" (${office365Rb}, "Não_entregue:")`},
  {text: 'não é possível entregar', language: 'pt', producer: 'exchange', source: issue13('the Brazilian Portuguese subject "Não é possível entregar: <subject>"')},
  {text: 'falha na entrega', language: 'pt', producer: 'exchange', source: 'Exchange and Outlook.com, newer Portuguese subject: wording as such NDRs put it, not confirmed from a Microsoft page'},
  {text: 'olevererbart', language: 'sv', producer: 'exchange', source: `${exchange2007Go}: emailtitle "Olevererbart" (sv-SE)`},
  // Exchange's subject in further languages, as src/rules/mta/exchange.ts cites each (lists of
  // returned mail's subjects in public repositories, a Russian NDR a test copies).
  {text: 'не удается доставить', language: 'ru', producer: 'exchange', source: 'a public repository\'s test copies an Exchange NDR in Russian under the subject "Не удается доставить: Re: <subject>" (secondary: wording seen in the wild)'},
  {text: 'nedoručitelné', language: 'cs', producer: 'exchange', source: 'Exchange\'s Czech "Nedoručitelné: <subject>", as a delivery worker\'s comment and a 2015 bounce-cleanup script give it (secondary: wording seen in the wild)'},
  {text: 'nedoručiteľné', language: 'sk', producer: 'exchange', source: 'Exchange\'s Slovak "Nedoručiteľné: <subject>", as a helpdesk\'s bounce reader gives it (secondary: wording seen in the wild)'},
  {text: 'kézbesíthetetlen', language: 'hu', producer: 'exchange', source: 'Exchange\'s Hungarian "Kézbesíthetetlen", as two lists of returned mail\'s subjects give it (secondary: wording seen in the wild)'},
  {text: 'kan ikke leveres', language: 'nb', producer: 'exchange', source: 'Exchange\'s Norwegian "Kan ikke leveres:", as finn-no/zendesk-tools lib/zendesk-tools/clean_suspended.rb and a bounce script\'s list give it (secondary: wording seen in the wild)'},
  {text: 'ei voitu toimittaa', language: 'fi', producer: 'exchange', source: 'Exchange\'s Finnish "Ei voitu toimittaa", as a bounce script\'s list of subjects gives it (secondary: wording seen in the wild)'},
  {text: '배달되지 않음', language: 'ko', producer: 'exchange', source: 'Exchange\'s Korean "배달되지 않음", as a reply classifier gives it beside "Undeliverable" (secondary: wording seen in the wild)'},
  {text: 'недоставленное сообщение', language: 'ru', producer: 'yandex', source: 'Yandex\'s notice subject ("undelivered message"), as its template and a tool reading a Yandex inbox give it (src/rules/mta/yandex.ts)'},
  {text: 'ваше сообщение не доставлено', language: 'ru', producer: 'mailru', source: 'Mail.Ru\'s notice subject ("your message was not delivered. Mail failure."), as two public repositories\' tests give it (src/rules/mta/mailru.ts)'},
  {text: '메일 발송이 실패되었습니다', language: 'ko', producer: 'naver', source: 'Naver Mail\'s notice subject, as a tool reading a Naver inbox selects it (src/rules/mta/naver.ts)'},
  {text: '메일이 전송되지 못했습니다', language: 'ko', producer: 'naver', source: 'Naver Mail\'s notice subject, as another tool reading a Naver inbox selects it (src/rules/mta/naver.ts)'},
  {text: 'avviso di mancata consegna', language: 'it', producer: 'pec', source: 'the Italian certified mail (PEC) receipt of non-delivery (and its warning, "PREAVVISO DI MANCATA CONSEGNA"), as PEC readers map it (src/rules/mta/pec.ts)'},
  {text: 'avviso di non accettazione', language: 'it', producer: 'pec', source: 'the Italian certified mail (PEC) receipt of non-acceptance, as PEC readers map it (src/rules/mta/pec.ts)'},
  {text: '配信不能', language: 'ja', producer: 'exchange', source: `${ndrFormats('§2 Localized Exchange/Outlook NDRs')}: "配信不能:" (weak: one third-party test fixture); ${issue13('"配信不能: <subject>"')}`},
  {text: 'delivery errors', language: 'en', producer: 'various', source: phpBounceSubjects('"delivery errors"')},
  {text: 'delivery reports about your e', language: 'en', producer: 'various', source: phpBounceSubjects('"deletver reports about your e?mail", "delivery reports about your email"')},
  {text: 'failure delivery', language: 'en', producer: 'various', source: phpBounceSubjects('"failure delivery"')},
  {text: 'mail system error', language: 'en', producer: 'various', source: phpBounceSubjects('"mail system error"')},
  {text: 'returned email', language: 'en', producer: 'various', source: phpBounceSubjects('"returned e?mail"')},
  {text: 'returned e-mail', language: 'en', producer: 'various', source: phpBounceSubjects('"returned e?mail", with the hyphen such subjects also write')},
  // The subjects that one family writes its notices under, each as its file in src/rules/mta cites
  // it (test/rules/notice-signals.test.ts holds every family's subjects to this list).
  {text: 'apparently from you', language: 'en', producer: 'amavis', source: familyRow('amavis', '"... UNSOLICITED BULK EMAIL apparently from you", "VIRUS in message apparently from you"')},
  {text: '系统退信', language: 'zh', producer: 'coremail', source: familyRow('coremail', '"系统退信" ("returned by the system")')},
  {text: 'mail delivery status', language: 'en', producer: 'courier', source: familyRow('courier', '"NOTICE: mail delivery status."')},
  {text: 'delivery_failure', language: 'en', producer: 'domino', source: familyRow('domino', '"DELIVERY_FAILURE:"')},
  {text: 'mail failure', language: 'en', producer: 'various', source: `${familyRow('exim', 'moan.c\'s "Mail failure - <what>"')}; ${familyRow('mailru', '"Mail failure."')}`},
  {text: 'not member article from', language: 'en', producer: 'fml', source: familyRow('fml', '"NOT MEMBER article from <sender>"')},
  {text: 'fml system error message', language: 'en', producer: 'fml', source: familyRow('fml', '"fml system error message"')},
  {text: 'loop alert:', language: 'en', producer: 'fml', source: familyRow('fml', '"Loop Alert: ..."')},
  {text: 'loop back warning:', language: 'en', producer: 'fml', source: familyRow('fml', '"Loop Back Warning: ..."')},
  {text: 'mail could not be delivered', language: 'en', producer: 'interscan', source: familyRow('interscan', '"Mail could not be delivered"')},
  {text: 'メッセージを配信できません', language: 'ja', producer: 'interscan', source: familyRow('interscan', '"メッセージを配信できません。"')},
  {text: 'メール配信に失敗しました', language: 'ja', producer: 'interscan', source: familyRow('interscan', '"メール配信に失敗しました"')},
  {text: '- user unknown!', language: 'en', producer: 'mdaemon', source: familyRow('mdaemon', '"Warning: <rcpt> - User unknown!"')},
  {text: 'delivery notification:', language: 'en', producer: 'messaging-server', source: familyRow('messaging-server', '"Delivery Notification: Delivery has failed"')},
  {text: 'mail delivery delayed', language: 'en', producer: 'mox', source: familyRow('mox', 'its delay notice\'s "Mail delivery delayed"')},
  {text: 'postmaster notify', language: 'en', producer: 'sendmail', source: familyRow('sendmail', '"Postmaster notify: see transcript for details"')},
  {text: 'could not send message for past', language: 'en', producer: 'sendmail', source: familyRow('sendmail', 'its delay warning\'s "Warning: could not send message for past <time>"')},
  {text: 'mail failed, ', language: 'en', producer: 'smail', source: familyRow('smail', '"mail failed, <what>"')},
  {text: 'failed to deliver message', language: 'en', producer: 'stalwart', source: familyRow('stalwart', '"Failed to deliver message"')},
  {text: 'delay in message delivery', language: 'en', producer: 'stalwart', source: familyRow('stalwart', '"Warning: Delay in message delivery"')},
  {text: 'failures during message delivery', language: 'en', producer: 'stalwart', source: familyRow('stalwart', '"Warning: Temporary and permanent failures during message delivery"')},
  {text: 'delivery report (failure)', language: 'en', producer: 'x400', source: familyRow('x400', 'PP\'s "Delivery Report (failure) for <rcpt>"')},
  {text: 'error sending message [', language: 'en', producer: 'xmail', source: familyRow('xmail', '"Error sending message [<spool file>] from [<domain>]"')},
];

/**
 * Phrases that failure notices are built from and ordinary mail is not. They decide when only one
 * of sender and subject looks like a notice: a forwarded bounce ("Fw: Undeliverable: …") has them, a
 * postmaster's memo that quotes "550 5.7.26" does not.
 */
export const noticePhraseRows: readonly NoticeSignal[] = [
  {text: 'final-recipient:', language: 'zxx', producer: 'rfc3464', source: 'RFC 3464 §2.3.2: the Final-Recipient field of a delivery-status part'},
  {text: 'diagnostic-code:', language: 'zxx', producer: 'rfc3464', source: 'RFC 3464 §2.3.6: the Diagnostic-Code field of a delivery-status part'},
  {text: 'the response from the remote server was', language: 'en', producer: 'gmail', source: 'sisimai/rb-sisimai lib/sisimai/lhost/googleworkspace.rb: StartingOf[:error] (secondary)'},
  {text: 'your message wasn\'t delivered to', language: 'en', producer: 'gmail', source: 'sisimai/rb-sisimai lib/sisimai/lhost/gsuite.rb: "Your message wasn\'t delivered to <rcpt> because ..." (secondary)'},
  {text: 'delivery to the following recipient failed', language: 'en', producer: 'gmail', source: 'sisimai/rb-sisimai lib/sisimai/lhost/gmail.rb: the legacy layout (secondary)'},
  {text: 'remote server returned', language: 'en', producer: 'exchange', source: `${ndrFormats('§2')}: the classic layout's "Remote Server returned '<reply>'"`},
  {text: 'reported error:', language: 'en', producer: 'exchange', source: `${ndrFormats('§2')}: Microsoft 365's new-style NDR, "Reported error: <reply>"`},
  {text: 'diagnostic information for administrators', language: 'en', producer: 'exchange', source: postmasterPage('en-us')},
  {text: 'delivery has failed to these recipients or groups', language: 'en', producer: 'exchange', source: `${ndrFormats('§2')}: the classic layout`},
  {text: 'couldn\'t be delivered', language: 'en', producer: 'exchange', source: `${ndrFormats('§2')}: the new-style NDR's "Your message to <rcpt> couldn't be delivered."`},
  {text: 'remote host said:', language: 'en', producer: 'qmail', source: `${ndrFormats('§3, §6')}: qmail and Yahoo`},
  {text: 'this is the mail system at host', language: 'en', producer: 'postfix', source: 'vdukhovni/postfix src/bounce/bounce_templates.c (the failure template)'},
  {text: '(in reply to ', language: 'en', producer: 'postfix', source: 'vdukhovni/postfix src/smtp/smtp_proto.c: "host %s said: %s (in reply to %s)" (shared/reference/mta-sources.md, Postfix)'},
  {text: 'could not be delivered to one or more', language: 'en', producer: 'various', source: 'vdukhovni/postfix src/bounce/bounce_templates.c; Exim/exim src/src/deliver.c'},
  {text: 'smtp error from remote mail server', language: 'en', producer: 'exim', source: 'Exim/exim src/src/transports/smtp.c: check_response() (shared/reference/mta-sources.md, Exim)'},
  {text: 'transcript of session follows', language: 'en', producer: 'sendmail', source: `${ndrFormats('§7')}: "----- Transcript of session follows -----"`},
  {text: 'wasn\'t able to deliver your message', language: 'en', producer: 'qmail', source: `${ndrFormats('§6')}: qmail-send's "I'm afraid I wasn't able to deliver your message to the following addresses."`},
  {text: 'unable to deliver your message', language: 'en', producer: 'yahoo', source: `${ndrFormats('§3')}: Yahoo, "Sorry, we were unable to deliver your message to the following address."`},
  // Microsoft 365's new-style NDR in the extension's languages: the heading of the reply.
  {text: 'gemeldeter fehler:', language: 'de', producer: 'exchange', source: issue13('"Gemeldeter Fehler: 550 5.1.10 RESOLVER.ADR.RecipientNotFound"')},
  {text: 'erreur signalée :', language: 'fr', producer: 'exchange', source: issue13('"Erreur signalée", with the no-break space French puts before the colon')},
  {text: 'erreur signalée:', language: 'fr', producer: 'exchange', source: issue13('"Erreur signalée", written without a space before the colon')},
  {text: 'error notificado:', language: 'es', producer: 'exchange', source: unconfirmedOnline('Reported error:')},
  {text: 'errore segnalato:', language: 'it', producer: 'exchange', source: unconfirmedOnline('Reported error:')},
  {text: 'gerapporteerde fout:', language: 'nl', producer: 'exchange', source: unconfirmedOnline('Reported error:')},
  {text: 'erro relatado:', language: 'pt', producer: 'exchange', source: unconfirmedOnline('Reported error:')},
  {text: '報告されたエラー:', language: 'ja', producer: 'exchange', source: unconfirmedOnline('Reported error:')},
  // The classic layout's section "Diagnostic information for administrators", as Microsoft's own pages word it.
  {text: 'diagnoseinformationen für administratoren', language: 'de', producer: 'exchange', source: postmasterPage('de-de')},
  {text: 'informations de diagnostic pour les administrateurs', language: 'fr', producer: 'exchange', source: `${postmasterPage('fr-fr')}; sisimai/rb-sisimai lib/sisimai/lhost/exchange2007.rb`},
  {text: 'información de diagnóstico para administradores', language: 'es', producer: 'exchange', source: postmasterPage('es-es')},
  {text: 'informazioni di diagnostica per gli amministratori', language: 'it', producer: 'exchange', source: `${postmasterPage('it-it')}; ${exchange2007Go}`},
  {text: '管理者向けの診断情報', language: 'ja', producer: 'exchange', source: postmasterPage('ja-jp')},
  // Gmail's "Address not found" notice in the languages Gmail writes it in.
  {text: '** die adresse wurde nicht gefunden **', language: 'de', producer: 'gmail', source: deltachatGerman},
  {text: '** adresse introuvable **', language: 'fr', producer: 'gmail', source: 'Gmail\'s notice in French, as two public repositories\' test fixtures copy it (repositories not named by the search index); not confirmed from a Google page'},
  {text: '** indirizzo non trovato **', language: 'it', producer: 'gmail', source: 'Gmail\'s notice in Italian, as a public repository\'s test fixture copies it ("trimmed copies of real DSNs"; repository not named by the search index); not confirmed from a Google page'},
];

/**
 * The statement a notice makes its failure in, in the words most templates share around their own
 * (what precedes and follows them differs by server): text pasted without its subject, sender or
 * any address or code (a selection of a notice's first paragraph) is still a notice by them. A
 * delay notice says them too ("could not be delivered for 4 hours"); its retry words then say it is
 * a delay. Substrings of words normalised by `normalizeForMatch`.
 */
export const undeliveredStatementRows: readonly NoticeSignal[] = [
  {text: 'your message could not be delivered', language: 'en', producer: 'various', source: 'vdukhovni/postfix src/bounce/bounce_templates.c ("I\'m sorry to have to inform you that your message could not be delivered"); foxcpp/maddy and stalwartlabs/mail-server notices (src/rules/mta/maddy.ts, stalwart.ts)'},
  {text: 'this message could not be delivered', language: 'en', producer: 'amazon-ses', source: 'sisimai/rb-sisimai lib/sisimai/lhost/receivingses.rb: Amazon SES\'s receiving notice, "This message could not be delivered." (secondary)'},
  {text: 'message could not be delivered to mobile', language: 'en', producer: 'various', source: 'sisimai/rb-sisimai lib/sisimai/lhost/verizon.rb: Verizon Wireless\'s picture-message gateway, "Message could not be delivered to mobile." (secondary)'},
  {text: 'your message couldn\'t be delivered', language: 'en', producer: 'exchange', source: `${ndrFormats('§2')}: the new-style NDR's "Your message to <rcpt> couldn't be delivered."`},
  {text: 'your message wasn\'t delivered', language: 'en', producer: 'gmail', source: 'sisimai/rb-sisimai lib/sisimai/lhost/gsuite.rb: "Your message wasn\'t delivered to <rcpt> because ..." (secondary)'},
  {text: 'your message was not delivered', language: 'en', producer: 'various', source: 'sisimai/rb-sisimai lib/sisimai/lhost/domino.rb ("Your message ... was not delivered to:"), mdaemon.rb ("YOUR MESSAGE WAS NOT DELIVERED TO ONE OR MORE RECIPIENTS") (secondary)'},
  {text: 'your mail was not delivered', language: 'en', producer: 'qmail', source: 'flufl.bounce flufl/bounce/_detectors/qmail.py: introtags "Unfortunately, your mail was not delivered" (secondary)'},
  {text: 'wasn\'t able to deliver your message', language: 'en', producer: 'qmail', source: `${ndrFormats('§6')}: qmail-send's "I'm afraid I wasn't able to deliver your message to the following addresses."`},
  {text: 'unable to deliver your message', language: 'en', producer: 'various', source: `${ndrFormats('§3')}: Yahoo, "Sorry, we were unable to deliver your message to the following address."; sisimai/rb-sisimai lib/sisimai/lhost/messagelabs.rb ("I was unable to deliver your message to the following addresses")`},
  {text: 'delivery has failed to these recipients', language: 'en', producer: 'exchange', source: `${ndrFormats('§2')}: the classic layout's "Delivery has failed to these recipients or groups:"`},
  {text: 'ваше письмо не может быть доставлено', language: 'ru', producer: 'mailru', source: 'sisimai/rb-sisimai lib/sisimai/lhost/mailru.rb: mail.ru\'s Russian preamble, "Ваше письмо не может быть доставлено одному или нескольким получателям" (your message cannot be delivered to one or more recipients; secondary)'},
];

/**
 * Lines after which a rendered notice quotes the original message. Nothing after them helps to decode
 * the notice, and the original can be megabytes: the content script stops reading there.
 */
export const renderedOriginalMarkerRows: readonly NoticeSignal[] = [
  {text: '---------- forwarded message ----------', language: 'en', producer: 'gmail', source: 'the line above an attached original that Gmail\'s web page shows inline, as the page renders it; not confirmed from a Google page'},
  {text: '----- original message -----', language: 'en', producer: 'various', source: 'sisimai/rb-sisimai lib/sisimai/lhost/gmail.rb: Boundaries (Gmail\'s legacy layout); Sendmail'},
  {text: 'below this line is a copy of the message', language: 'en', producer: 'qmail', source: `${ndrFormats('§3, §6')}: qmail and Yahoo`},
  {text: 'original message headers', language: 'en', producer: 'exchange', source: `${ndrFormats('§2')}: Exchange, classic layout`},
  {text: 'this is a copy of the message, including all the headers', language: 'en', producer: 'exim', source: 'Exim/exim src/src/deliver.c'},
];

/** The texts of rows, for the readers that only match them. */
const textsOf = (rows: readonly NoticeSignal[]): readonly string[] => rows.map((row) => row.text);

/** Sender names and addresses of failure notices (`noticeSenderRows`). */
export const noticeSenders = textsOf(noticeSenderRows);

/** Subjects of failure notices, localized ones included (`noticeSubjectRows`). */
export const noticeSubjects = textsOf(noticeSubjectRows);

/** Phrases failure notices are built from (`noticePhraseRows`). */
export const noticePhrases = textsOf(noticePhraseRows);

/** The statements a notice makes its failure in (`undeliveredStatementRows`). */
export const undeliveredStatements = textsOf(undeliveredStatementRows);

/** Lines after which a rendered notice quotes the original (`renderedOriginalMarkerRows`). */
export const renderedOriginalMarkers = textsOf(renderedOriginalMarkerRows);
