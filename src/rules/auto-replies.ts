/**
 * What automatic replies (RFC 3834) and delay warnings look like from their subjects: lower-case
 * substrings, each with where it is written. An automatic reply is not a bounce; a delay warning is
 * a notice whose server is still retrying.
 */

const outlookAutoReply = 'Microsoft Outlook / Exchange automatic replies: the subject prefix the mailbox\'s language gives ("Automatic reply: <subject>"); Microsoft Support, "Send automatic replies (Out of Office) from Outlook"';

const mailmanHold = 'GNU Mailman 2 Mailman/Handlers/Hold.py (hold_for_approval: subject "Your message to %(listname)s awaits moderator approval", text templates/en/postheld.txt "Your mail to \'%(listname)s\' with the subject ... Is being held until the list moderator can review it for approval."; mirrored in terencehonles/mailman) and GNU Mailman 3 src/mailman/chains/hold.py (the same subject, "Your message to $mlist.fqdn_listname awaits moderator approval")';

const phpAutoResponders = 'cfortune/PHP-Bounce-Handler bounce_responses.php ($autorespondlist, the subjects of autoresponders; secondary: wording seen in the wild)';

const phpDriver = 'cfortune/PHP-Bounce-Handler bounce_driver.class.php (is_an_autoresponse; secondary: wording seen in the wild)';

/** Subjects of automatic replies, in the languages the extension speaks. */
export const autoReplySubjects: readonly {readonly text: string; readonly source: string}[] = [
  {text: 'automatic reply', source: outlookAutoReply},
  {text: 'automatische antwort', source: `${outlookAutoReply} (German)`},
  {text: 'réponse automatique', source: `${outlookAutoReply} (French)`},
  {text: 'respuesta automática', source: `${outlookAutoReply} (Spanish)`},
  {text: 'risposta automatica', source: `${outlookAutoReply} (Italian)`},
  {text: 'automatisch antwoord', source: `${outlookAutoReply} (Dutch)`},
  {text: 'resposta automática', source: `${outlookAutoReply} (Portuguese)`},
  {text: '自動応答', source: `${outlookAutoReply} (Japanese)`},
  {text: 'out of office', source: 'Exchange 2003 / Outlook 2003 automatic replies: "Out of Office AutoReply: <subject>"'},
  {text: 'out of the office', source: 'autoresponders\' usual subject, as GNU Mailman\'s and Sisimai\'s auto-reply readers list it (sisimai lib/sisimai/rfc3834.rb)'},
  {text: 'away from my mail', source: 'vacation(1) (FreeBSD usr.bin/vacation): the default reply\'s subject'},
  {text: 'autoreply', source: 'sisimai/rb-sisimai lib/sisimai/rfc3834.rb (subjects of automatic replies; secondary: wording seen in the wild)'},
  {text: 'auto:', source: 'sisimai/rb-sisimai lib/sisimai/rfc3834.rb (AutoReply0 subject "auto:"; secondary)'},
  {text: 'auto-reply', source: 'sisimai/rb-sisimai lib/sisimai/rfc3834.rb (secondary)'},
  {text: 'auto reply', source: 'sisimai/rb-sisimai lib/sisimai/rfc3834.rb (secondary)'},
  {text: 'auto response', source: 'sisimai/rb-sisimai lib/sisimai/rfc3834.rb (secondary)'},
  {text: 'autoresponse', source: 'sisimai/rb-sisimai lib/sisimai/rfc3834.rb (secondary)'},
  {text: 'vacation', source: 'sisimai/rb-sisimai lib/sisimai/rfc3834.rb (secondary); RFC 5230 (Sieve "vacation")'},
  {text: 'abwesenheit', source: 'German absence notices ("Abwesenheitsnotiz"), Outlook\'s German automatic replies'},
  {text: 'abwesend', source: 'German absence notices'},
  {text: 'absence', source: 'French absence notices ("Absence du bureau")'},
  {text: 'absent', source: 'French and English absence notices'},
  {text: 'fuera de la oficina', source: 'Spanish absence notices (Outlook "Fuera de la oficina")'},
  {text: 'afwezig', source: 'Dutch absence notices'},
  {text: '不在', source: 'Japanese absence notices'},
  {text: 'automated reply', source: `${phpAutoResponders}: "^.?auto(mated|matic).{0,5}(reply|response)"`},
  {text: 'automated response', source: `${phpAutoResponders}: same pattern`},
  {text: 'automatic response', source: `${phpAutoResponders}: same pattern`},
  {text: 'auto-response', source: `${phpAutoResponders}: "^auto-?response" (an older release of the list)`},
  {text: '自动回复', source: `${phpAutoResponders}: the UTF-8 bytes it lists for sino.com and 163.com (Chinese "automatic reply")`},
  // Outlook's "Automatic reply:" in further languages, as other projects' detectors of automatic
  // replies list and test them (no Microsoft page in these languages found).
  ...[
    ['automaattinen vastaus', 'Finnish'], ['odpowiedź automatyczna', 'Polish'], ['automatická odpověď', 'Czech'], ['răspuns automat', 'Romanian'],
    ['automatikus válasz', 'Hungarian'], ['автоматический ответ', 'Russian'], ['автоматична відповідь', 'Ukrainian'], ['αυτόματη απάντηση', 'Greek'],
    ['otomatik yanıt', 'Turkish'], ['automatiskt svar', 'Swedish'], ['automatisk svar', 'Danish and Norwegian'], ['自动答复', 'Chinese'],
    ['自動回覆', 'Chinese (Traditional)'], ['자동 회신', 'Korean'], ['samodejni odgovor', 'Slovenian'],
  ].map(([text, language]) => ({text: text!, source: `${outlookAutoReply} (${language}), as public repositories' detectors of automatic replies test it (a Go test of out-of-office subjects by language; lists in other detectors; secondary: wording seen in the wild)`})),
  // A list's answer that the message waits for its moderator: neither delivered nor refused.
  {text: 'awaits moderator approval', source: `${mailmanHold}: the notice's subject`},
  {text: 'autosvar', source: 'the Scandinavian "Autosvar:" subject, as public repositories\' detectors of automatic replies list it (secondary: wording seen in the wild)'},
];

/**
 * Subjects of automatic replies known by how they begin: the words open the subject, and where
 * `then` is given one of its words follows within `within` characters ("I am currently away",
 * "I'll be out of the office"). Anywhere else in a subject these words are a person's ("Re: when I
 * am away").
 */
export const autoReplySubjectOpenings: readonly {readonly start: string; readonly then?: readonly string[]; readonly within?: number; readonly source: string}[] = [
  ...['i am', 'i\'m', 'i will'].map((start) => ({
    start,
    then: ['away', 'on vacation', 'on leave', 'out of office', 'out of the office'],
    within: 20,
    source: `${phpAutoResponders}: "^(I am|I'm|I will).{0,15}\\s(away|on vacation|on leave|out of office|out of the office)"`,
  })),
  {start: 'away from', then: ['office'], within: 20, source: `${phpAutoResponders}: "^away from.{0,15}office"`},
  {start: 'thank you for your email', source: `${phpAutoResponders}: "^Thank you for your e-?mail"`},
  {start: 'thank you for your e-mail', source: `${phpAutoResponders}: same pattern`},
  {start: 'this is an automated', source: `${phpAutoResponders}: "^This is an automated"`},
];

const ezmlmWeed = 'ezmlm-weed(1), the manual of ezmlm-idx\'s filter of messages that are no bounces ("RECOGNIZED FORMATS"; e.g. manpages.org/ezmlm-weed)';
const multiMail = 'opennorth/multi_mail wiki, "Detecting autoresponders" (header fields that autoresponders write; secondary: seen in the wild)';

/**
 * Header fields that mark an automatic reply: the field's lower-case name, and the words its value
 * must hold when the name alone does not say so (`Auto-Submitted: auto-generated` is a bounce's too).
 */
export const autoReplyHeaderFields: readonly {readonly name: string; readonly value?: string; readonly source: string}[] = [
  {name: 'auto-submitted', value: 'auto-replied', source: 'RFC 3834 §5.1 ("auto-replied": a reply generated by an automatic responder)'},
  {name: 'x-autoreply', source: multiMail},
  {name: 'x-autorespond', source: `${multiMail}; ${phpDriver}: the X-Autorespond field`},
  {name: 'x-mail-autoreply', source: multiMail},
  {name: 'x-autoreply-from', source: multiMail},
  {name: 'x-qq-auto-reply', value: 'true', source: 'QQ Mail\'s automatic reply as received (a qemu-devel list archive keeps one: "X-QQ-AUTO-REPLY: true", "X-Mailer: QQMail 2.x", Subject "自动回复: …")'},
  {name: 'precedence', value: 'auto_reply', source: `${multiMail}: "Precedence: auto_reply"`},
  {name: 'x-precedence', value: 'auto_reply', source: `${multiMail}: "X-Precedence: auto_reply"`},
  {name: 'x-autogenerated', value: 'reply', source: `${multiMail}: "X-Autogenerated: Reply"`},
  {name: 'x-amazon-auto-reply', source: `${ezmlmWeed}: "Various autoresponders: X-Amazon-Auto-Reply:"`},
  {name: 'x-mailer', value: 'kana response', source: `${ezmlmWeed}: "Various autoresponders: X-Mailer: KANA Response"`},
  {name: 'thread-topic', value: 'autoresponse', source: `${ezmlmWeed}: "Various autoresponders: Thread-Topic: AutoResponse"`},
  {name: 'auto-submitted', value: 'auto-notified', source: `RFC 5436 (auto-notified: a Sieve notification sent on a message's arrival); ${phpDriver}: Auto-Submitted "auto-notified|vacation|away"`},
  {name: 'auto-submitted', value: 'vacation', source: `${phpDriver}: the same pattern, a value autoresponders write outside RFC 3834`},
  {name: 'auto-submitted', value: 'away', source: `${phpDriver}: the same pattern`},
];

const bounceParserVacation = 'rjbs/Mail-DeliveryStatus-BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (parse(): a text/plain first part under 3000 characters, not a report, matching /auto.{0,20}reply|vacation|(out|away|on holiday).*office/ is a "vacation autoreply"; secondary: wording seen in the wild)';

// Public collections of absence-message templates (what people copy into their mail program's
// automatic reply), each page with the sentence a row takes from it.
const indeedTemplates = 'Indeed, "Examples of Out of Office Messages" (indeed.com/hire/c/info/7-examples-of-out-of-office-messages)';
const aeralisTemplates = 'Aeralis, "Out of Office Email Template" (aeralis.ai/email-templates/out-of-office)';
const germanTemplates = 'vorlage-formulare.com, "Vorlage für Abwesenheitsnotiz"; AMS (Arbeitsmarktservice Österreich), "Abwesenheitsnotiz" (ams.at); HRworks, "Abwesenheitsnotiz: Zweck, Beispiele und Vorlagen" (hrworks.de); news.at, on the "classic" German absence notice';
const frenchTemplates = 'Orange Pro, "Apprenez à traduire les messages d\'absence de bureau" (pro.orange.fr: "la version classique"); OQLF, "l\'art de rédiger des messages d\'absence" (oqlf.gouv.qc.ca)';
const spanishTemplates = 'LanguageTool, "Cómo escribir un mensaje de fuera de la oficina"; QuillBot, "Out of office: cómo escribir el mensaje"; Mailfence, "Cómo redactar un mensaje de fuera de la oficina"; El Fotograma, "Mensajes de vacaciones: ejemplos"';

/** The sentences of absence-message templates a short message is told by, lower case as matched. */
const outOfOfficeTemplates: readonly {readonly text: string; readonly source: string}[] = [
  {text: 'limited access to email', source: `${indeedTemplates}: "I'm out of the office until [date] with limited access to email."`},
  {text: 'limited email access', source: `${aeralisTemplates}: "I'm out of office from [start date] until [return date] with limited email access."`},
  {text: 'upon my return', source: `${indeedTemplates}: "... and will respond as soon as possible upon my return."`},
  {text: 'back at my desk', source: `${aeralisTemplates}: "I'll respond when I'm back at my desk on [return date]."`},
  {text: 'and am not checking email', source: `${aeralisTemplates}: "I'm on [parental / medical / sabbatical] leave until [return date] and am not checking email."`},
  {text: 'derzeit abwesend', source: `${germanTemplates}: "Ich bin derzeit abwesend und nicht in der Lage, Ihre E-Mail sofort zu beantworten."`},
  {text: 'wieder im büro', source: `${germanTemplates}: "Ich werde am [Rückkehrdatum] wieder im Büro sein"`},
  {text: 'nicht im büro', source: `${germanTemplates}: "Vielen Dank für Ihre E-Mail, ich bin leider nicht im Büro." and "Ich bin vom xx. bis xx nicht im Büro."`},
  {text: 'nach meiner rückkehr', source: `${germanTemplates}: "Gerne beantworte ich Ihr E-Mail nach meiner Rückkehr am [DATUM]."`},
  {text: 'wieder für sie erreichbar', source: `${germanTemplates}: "Ich bin ab [DATUM] wieder für Sie erreichbar."`},
  ...['absent du bureau', 'absente du bureau', 'absent(e) du bureau'].map((text) => ({text, source: `${frenchTemplates}: "je suis absent(e) du bureau du 1er juillet au 31 août compris"`})),
  {text: 'pas accès à ma messagerie', source: `${frenchTemplates}: "je n'aurai pas accès à ma messagerie pendant cette période"`},
  {text: 'votre message à mon retour', source: `${frenchTemplates}: "Je prendrai donc connaissance de votre message à mon retour."`},
  {text: 'je suis en vacances', source: `${frenchTemplates}: "je suis en vacances jusqu'au 30 juillet"`},
  {text: 'sin acceso al correo electrónico', source: `${spanishTemplates}: "Actualmente, estoy de vacaciones y sin acceso al correo electrónico."`},
  {text: 'ausente de la oficina', source: `${spanishTemplates}: "me encuentro ausente de la oficina desde el 10 hasta el 20 de abril"`},
  {text: 'tan pronto como regrese', source: `${spanishTemplates}: "Responderé tan pronto como regrese."`},
  {text: 'regresaré a la oficina', source: `${spanishTemplates}: "Regresaré a la oficina el [Fecha]."`},
  {text: 'estoy de vacaciones', source: `${spanishTemplates}: "Estoy de vacaciones"`},
];

/** Chinese automatic acknowledgements as the programs that send them write their default text. */
const zhAcknowledgement = (what: string): string => `Chinese automatic acknowledgements, ${what} (public repositories, not named by the search index; secondary: wording in common use)`;

/**
 * Words of an automatic reply's own text, for a short plain message that no notice's sender or
 * subject marks as a notice and that holds no server's code: a person's absence message whose
 * subject and headers say nothing ("Re: hello", sent by an old vacation program).
 */
export const autoReplyBodyPhrases: readonly {readonly text: string; readonly source: string}[] = [
  {text: 'out of the office', source: bounceParserVacation},
  {text: 'out of office', source: bounceParserVacation},
  {text: 'away from the office', source: bounceParserVacation},
  {text: 'away from my office', source: bounceParserVacation},
  {text: 'on vacation', source: bounceParserVacation},
  {text: 'on holiday', source: bounceParserVacation},
  {text: 'auto-reply', source: bounceParserVacation},
  {text: 'autoreply', source: bounceParserVacation},
  {text: 'automatic reply', source: bounceParserVacation},
  {text: 'automated reply', source: bounceParserVacation},
  // Fixed sentences of programs' automatic replies, where a person pastes only the body.
  {text: 'is being held until the list moderator can review it for approval', source: `${mailmanHold}: postheld.txt, the notice's text`},
  {text: 'i will not be reading my mail for a while', source: 'vacation(1): the default message "vacation -i" writes ("Subject: away from my mail" / "I will not be reading my mail for a while."); the same sentence in vacation.pl\'s default, Horde\'s vacation module ("I\'m on vacation and will not be reading my mail for a while.") and a Roundcube vacation plugin\'s default'},
  {text: 'and will not return until', source: 'Lotus Notes / Domino\'s out-of-office agent, its default body "I will be out of the office starting <date> and will not return until <date>." (the agent\'s text before Notes 8, under the subject "<Name>/<OU>/<O> is out of the office."; as a received reply a public repository\'s mail archive keeps whole, file id 55931719214 of the search index; secondary: wording seen in the wild)'},
  {text: '这是来自qq邮箱的假期自动回复邮件', source: 'QQ Mail\'s automatic reply as received (a qemu-devel list archive; GitHub comments sent by mail): its fixed opening "这是来自QQ邮箱的假期自动回复邮件。" ("this is a vacation automatic reply from QQ Mail")'},
  {text: '我最近正在休假中，无法亲自回复', source: 'QQ Mail\'s default vacation text as received from unrelated senders ("您好，我最近正在休假中，无法亲自回复您的邮件。我将在假期结束后，尽快给您回复。", "I am on leave and cannot reply in person"; secondary: wording seen in the wild)'},
  {text: '我将在阅读后，尽快给', source: 'QQ Mail\'s default acknowledgement as received ("您好，我已经收到您的邮件。我将在阅读后，尽快给您回复。", "I will reply as soon as I have read it"; secondary: wording seen in the wild)'},
  {text: '您的来信已收到，我会尽快回信', source: '139 Mail (China Mobile): its web client\'s default automatic reply, defaultAutoReplayCon "您的来信已收到，我会尽快回信。" ("your letter has been received; I will reply soon")'},
  // An automatic acknowledgement in Chinese says the mail was received and will be answered, in
  // the words the programs that send them suggest as their default text.
  {text: '收到您的邮件', source: zhAcknowledgement('"(我们)已收到您的邮件" ("we have received your email"): a webmail\'s automatic-reply setting suggests "您好，我们已收到您的邮件，请勿重复发送。" beside its English "Hello, we have received your email. Please do not send it again."; an auto-responder sends "感谢您的来信！我们已收到您的邮件，会尽快处理。" over "这是一封自动回复，请勿直接回复本邮件。"; a sales-mail classifier lists "已收到您的邮件" beside "自动回复" and "系统邮件" among automatic mail')},
  {text: '收到你的邮件', source: zhAcknowledgement('the same with the familiar "你": an offline mail demo\'s automatic reply "收到你的邮件了，谢谢！（这是一条自动回复…）"; a mail handler\'s automatic answer "我已经收到你的邮件，…"')},
  {text: '您的邮件已收到', source: zhAcknowledgement('"您的邮件已收到" ("your email has been received"): a mail assistant\'s default automatic reply "您好，您的邮件已收到，我会尽快回复。"; an automatic-reply setting\'s sample subject "自动回复：您的邮件已收到"; a script that answers as "系统自动回复" under the subject "Re: 您的邮件已收到"')},
  {text: '感谢您的来信，我们已经收到', source: zhAcknowledgement('an automatic-reply template\'s Chinese body "感谢您的来信，我们已经收到并会尽快回复。" under the subject "自动回复：您的邮件已收到" (its English: "Auto Reply: We Have Received Your Email")')},
  {text: '不在にしております', source: 'Japanese business absence notices ("不在のお知らせ": "…は終日不在にしております", "I am out of the office"), as public collections of mail templates give them (a person\'s words in a fixed form; secondary)'},
  // The fixed sentences of absence messages as collections of templates give them to be copied:
  // a person's words, but in a form people take whole (secondary: wording in common use).
  ...outOfOfficeTemplates,
];

/**
 * Subjects of delay warnings: the server is still retrying. A row marked `ordinary` is a word that
 * also stands in the subject of a message a notice quotes ("Undeliverable: Delay in shipment"): it
 * says "delay" only beside temporary codes, never alone.
 */
export const delaySubjects: readonly {readonly text: string; readonly source: string; readonly ordinary?: true}[] = [
  {text: 'delayed mail (still being retried)', source: 'vdukhovni/postfix postfix/src/bounce/bounce_templates.c (def_bounce_delay_body)'},
  {text: 'still being retried', source: 'vdukhovni/postfix postfix/src/bounce/bounce_templates.c'},
  {text: 'warning: could not send', source: 'hrs-allbsd/sendmail sendmail/envelope.c: "Warning: could not send message for past %s"'},
  {text: 'warning: message ', source: 'Exim/exim src/src/deliver.c (send_warning_message: "Subject: Warning: message %s delayed %s", the message\'s id between, when no warn_message_file replaces it)'},
  {text: 'delivery status notification (delay)', source: 'Gmail\'s and Exchange\'s delay DSN subject (shared/reference/mta-sources.md §18; secondary)'},
  {text: 'delivery status notification: delayed', source: 'OpenSMTPD/OpenSMTPD usr.sbin/smtpd/bounce.c (action_str: "delayed")'},
  {text: 'warning: delayed mail', source: 'svarshavchik/courier courier/courier/module.dsn/dsnsubjectwarn.txt'},
  {text: 'delayed', source: 'Exim/exim src/src/deliver.c (send_warning_message: "Warning: message %s delayed %s"); Exchange "Delivery delayed:"', ordinary: true},
  {text: 'delay', source: 'delay warnings\' subjects in general ("Delivery delay notification"); Microsoft Exchange "Delivery delayed:"', ordinary: true},
  {text: 'will retry', source: 'delay warnings that say so in their subject', ordinary: true},
  {text: 'deferral notice', source: `${ezmlmWeed}: "Generic warning message, recommended for all MTAs: Subject: deferral notice"`},
  {text: 'not yet been delivered', source: 'Exim/exim src/src/deliver.c (the delay warning "has not yet been delivered")'},
  {text: 'remise retardée', source: 'Exchange\'s delay notice in French: Microsoft Learn (fr-fr) names it the "notification d\'état de remise retardée" (Exchange transport, "Options de configuration pour les messages de notification d\'état de remise retardée"), and a French help article on NDRs gives its subject ("Un objet typique est « Delivery delayed » ou « Remise retardée »"; secondary)'},
];

/** A bounce parser's record of challenge-response requests it ignores (secondary: wording seen in the wild). */
/** A public repository's test of challenge-response rules, which quotes each product's request (repository not named by the search index; secondary: wording seen in the wild). */
const ruleTest = 'a rule engine\'s test, com.legacytojava.message.bo.rule.TestRuleRegex challenge_response(), which quotes the requests of EarthLink spamBlocker, iPermitMail, gradwell\'s devnull, Vanquish and Qurb as its samples (repository not named by the search index; secondary: wording seen in the wild)';
const xenForo = 'XenForo\'s bounce parser (XenForo_BounceParser::$_challengeStrings, the words by which it tells a challenge request from a bounce; secondary: wording seen in the wild)';
const bounceParser = 'rjbs/Mail-DeliveryStatus-BounceParser lib/Mail/DeliveryStatus/BounceParser.pm (the challenge/response autoresponses it tells apart from bounces; secondary: wording seen in the wild)';
const tmda = 'KevinGoodsell/tmda-fork tmda/templates/confirm_request.txt (TMDA, the Tagged Message Delivery Agent: its confirmation request; the wording before commit bebe11dd)';
const tmdaNow = 'KevinGoodsell/tmda-fork tmda/templates/confirm_request.txt @ bebe11dd (the current confirmation request)';
const tmdaHeaders = 'KevinGoodsell/tmda-fork tmda/TMDA/AutoResponse.py, create(): "X-Delivery-Agent: TMDA/%s (%s)" on every autoresponse';
const boxTrapper = 'cPanel BoxTrapper, etc/boxtrapper/forms/verify.txt, the "verify" template\'s default text (as installed; docs.cpanel.net, "BoxTrapper": the verify template must keep "verify#%msgid%" in its subject)';
const boxTrapperHeaders = 'cPanel BoxTrapper, Cpanel/BoxTrapper/CORE.pm _generate_formmessage(): "X-Boxtrapper: $id" on every form it sends';
const ask = 'ASK, Active Spam Killer (Marco Paganini), templates/confirm_en.txt';
const askHeaders = 'ASK, Active Spam Killer: askmail.py ("X-AskVersion: <version> (http://www.paganini.net/ask)") and askmessage.py ("X-ASK-Auth: <epoch>-<md5>")';

/**
 * The words of challenge-response requests: a recipient's filter holds the message and asks the
 * sender to prove they are a person (reply, or follow a link) before it delivers it. Such a request
 * is an automatic reply (RFC 3834 §1 lists "challenge-response" among automatic responders), not a
 * bounce: nothing failed, and nothing is delivered until the sender answers. Lower case, matched on
 * normalised text.
 */
export const challengeRequestPhrases: readonly {readonly text: string; readonly source: string}[] = [
  {text: 'was not delivered because your address was not recognized', source: `${tmda}: "Your e-mail message with the subject of ... was not delivered because your address was not recognized."`},
  {text: 'to release your message for delivery', source: `${tmda}: "To release your message for delivery, please send an empty message to the following address"`},
  {text: 'this confirmation verifies that your message is legitimate', source: `${tmda}: "This confirmation verifies that your message is legitimate and not junk-mail."`},
  {text: 'an automated junk-mail reduction system', source: `${tmda}: the request's closing line`},
  // The current request opens with Exim's own first line and "(TMDA)" after it: only that says whose.
  {text: 'created automatically by mail delivery software (tmda)', source: `${tmdaNow}: "This message was created automatically by mail delivery software (TMDA)."`},
  {text: 'is being held because the address', source: `${tmdaNow}: "Your message attached below is being held because the address <...> has not been verified."`},
  {text: 'requires that you verify that you are a real live human being', source: `${boxTrapper}: "The message you sent requires that you verify that you are a real live human being and not a spam source."`},
  {text: 'to complete this verification, simply reply to this message', source: `${boxTrapper}: "To complete this verification, simply reply to this message and leave the subject line intact."`},
  {text: 'requires confirmation before it can be delivered', source: `${ask}: "The message you sent (attached below) requires confirmation before it can be delivered."`},
  // Boxbe sends its request as a delivery report (Action: failed, Status: 4.7.0, "Diagnostic-Code: X-Boxbe-Notice; Sender not pre-approved").
  {text: 'please add yourself to my boxbe guest list', source: `${bounceParser}: "Please add yourself to my Boxbe Guest List" (Boxbe's request: the message is waitlisted until the sender adds itself)`},
  {text: 'to confirm that you\'re listed on my boxbe guest list', source: `${bounceParser}: "This is a one-time automated message to confirm that you're listed on my Boxbe Guest List"`},
  {text: 'i now allow incoming messages only from senders i have approved beforehand', source: `${ruleTest}: EarthLink spamBlocker's request ("To control spam, I now allow incoming messages only from senders I have approved beforehand.")`},
  {text: 'your message is being held by my anti-spam system', source: `${ruleTest}: iPermitMail's request ("Your message is being held by my anti-spam system, iPermitMail.")`},
  {text: 'to confirm that your mail is legitimate, simply click on this url', source: `${ruleTest}: gradwell's devnull request ("To confirm that your mail is legitimate, simply click on this URL:")`},
  {text: 'please accept this one-time request to confirm that the above message actually came from you', source: `${ruleTest}: Vanquish's request`},
  {text: 'which automatically maintains a list of approved senders for me', source: `${ruleTest}: Qurb's request ("I'm using a program called Qurb which automatically maintains a list of approved senders for me.")`},
  {text: 'sender not pre-approved', source: `${xenForo}: "sender not pre-approved" (Boxbe's words)`},
  {text: 'spamarrest.com', source: `${xenForo}: "spamarrest.com", the domain of Spam Arrest's verification links`},
];

/**
 * Header fields (lower case, "name: value" opening) that only a challenge-response system's request
 * carries: TMDA names itself in X-Delivery-Agent ("X-Delivery-Agent: TMDA/1.1.12 (Macallan)").
 */
export const challengeRequestHeaders: readonly {readonly text: string; readonly source: string}[] = [
  {text: 'x-delivery-agent: tmda', source: tmdaHeaders},
  {text: 'x-boxtrapper:', source: boxTrapperHeaders},
  {text: 'x-askversion:', source: askHeaders},
  {text: 'x-ask-auth:', source: askHeaders},
];

/** Subjects of challenge-response requests. */
export const challengeRequestSubjects: readonly {readonly text: string; readonly source: string}[] = [
  {text: 'please confirm your message', source: `${tmda}: "Subject: Please confirm your message"`},
  {text: 'your email requires verification verify#', source: `${boxTrapper}: "Subject: Your email requires verification verify#%msgid%"`},
  {text: 'please confirm (conf#', source: 'ASK, Active Spam Killer, askmessage.py send_confirmation(): "Please confirm (conf#%s)" with the message\'s MD5 digest'},
];
