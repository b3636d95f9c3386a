import type {MtaFamily} from '../types.ts';

const bounceHelp = 'https://support.google.com/mail/answer/6596 ("Fix bounced or rejected emails": sender Mail Delivery Subsystem <mailer-daemon@googlemail.com>, subject "Delivery Status Notification (Failure)")';
const gmailRb = 'sisimai/rb-sisimai lib/sisimai/lhost/gmail.rb (secondary: wording seen in the wild; legacy layout)';
const googleRb = 'sisimai/rb-sisimai lib/sisimai/lhost/google.rb (secondary: wording seen in the wild; legacy layout)';
const groupsRb = 'sisimai/rb-sisimai lib/sisimai/lhost/googlegroups.rb (Google Groups\' refusal of a post, quoted in the module\'s comments: "We\'re writing to let you know that the group you tried to contact (<group>) may not exist, or you may not have permission to post messages to the group."; secondary: wording seen in the wild)';
const groupsGo = 'sisimai/go-sisimai lhost/googlegroups.go (the same notice, quoted with its closing line "If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/."; it reads the notice in any language: "Google Groups" in the text, X-Failed-Recipients for the group)';
const gsuiteRb = 'sisimai/rb-sisimai lib/sisimai/lhost/gsuite.rb (secondary: wording seen in the wild; current layout)';
const workspaceRb = 'sisimai/rb-sisimai lib/sisimai/lhost/googleworkspace.rb (secondary: wording seen in the wild; current layout)';
const mailman = (file: string, seenAt: string): string => `flufl.bounce flufl/bounce/_detectors/${file}.py (GNU Mailman's bounce detectors; secondary: wording seen in the wild, ${seenAt})`;
/** The first sentence of the "Message not delivered" notice, in its text part and its HTML part alike. */
const notDeliveredSentence = 'Gmail\'s "Message not delivered" notice, its first sentence "There was a problem delivering your message to <rcpt>. See the technical details below, or try resending in a few minutes." (a delay says "There was a temporary problem delivering ..."), as public repositories\' test fixtures and users\' reports copy it (secondary: wording seen in the wild; not confirmed from a Google page)';
const blockedNotice = 'Gmail\'s "Message blocked" notice as quoted in public (qemu-devel list, 2023; notice fixtures in public repositories; secondary: wording seen in the wild)';
const delayLayout = 'Gmail\'s current delay notice (subject "Delivery Status Notification (Delay)"), as recorded from observed notices in the project\'s reference (shared/reference/mta-sources.md §18; secondary)';
const stateTable = `${gmailRb}: StateTable "(state N)" → SMTP command (the mapping is sisimai's; same in sisimai/go-sisimai lhost/via-gmail.go)`;
/** Gmail writes its notice in the language of the sender's Gmail account; the subject and the remote reply stay English. */
const germanNotice = 'deltachat/deltachat-core-rust test-data/message/gmail_ndn.eml (a Gmail notice in German as received in 2020, subject "Delivery Status Notification (Failure)": "** Die Adresse wurde nicht gefunden **" / "Ihre Nachricht wurde nicht an <rcpt> zugestellt, weil die Adresse nicht gefunden wurde oder keine E-Mails empfangen kann." / "Antwort:" / <reply>; secondary: wording seen in the wild)';
const germanSisimai = 'sisimai/go-sisimai reason/why-userunknown.go and sisimai/rb-sisimai lib/sisimai/reason/userunknown.rb (rb-sisimai issue #366): "weil die adresse nicht gefunden wurde oder keine e-mails empfangen kann" (secondary)';
const frenchFixtures = 'Gmail\'s notice in French ("** Adresse introuvable **" / "Votre message n\'a pas pu être envoyé à <rcpt>, car l\'adresse est introuvable ou ne peut pas recevoir de messages."; "La réponse était :"), as two public repositories\' test fixtures copy it (repositories not named by the search index); not confirmed from a Google page';
const italianFixture = 'Gmail\'s notice in Italian ("** Indirizzo non trovato **" / "Il tuo messaggio non è stato recapitato a <rcpt> perché l\'indirizzo risulta inesistente o non può ricevere email." / "La risposta del server remoto è:" / <reply>), as a public repository\'s test fixture copies it ("trimmed copies of real DSNs"; repository not named by the search index); not confirmed from a Google page';
const spanishNotice = 'Gmail\'s notice in Spanish as received in 2018 (from mailer-daemon@googlemail.com, subject "Delivery Status Notification (Failure)"), kept whole in a public repository\'s data dump of a mailbox: "** No se ha encontrado la dirección **" / "Tu mensaje no se ha entregado a <rcpt> porque no se ha encontrado la dirección o esta no puede recibir correo." / "Encontrarás más información en el siguiente enlace: https://support.google.com/mail/?p=NoSuchUser" / "La respuesta fue:" / <reply> (repository not named by the search index)';
const portugueseFixtures = 'Gmail\'s notice in Portuguese ("Endereço não encontrado" / "Sua mensagem não foi entregue a <rcpt> porque o endereço não foi encontrado ou não pode receber e-mails."), as two public repositories\' tests copy it (a TypeScript test\'s BOUNCE_GMAIL, a Python test of "o texto google português"; repositories not named by the search index); not confirmed from a Google page';
const japaneseFixtures = 'Gmail\'s notice in Japanese ("アドレス不明" / "アドレスが見つからなかったか、メールを受信できないアドレスであるため、メールは <rcpt> に配信されませんでした。" / "リモート サーバーからの応答: <reply>"), as two public repositories\' test fixtures copy it, flattened to one line (repositories not named by the search index); not confirmed from a Google page';

const russianRecords = 'Gmail\'s notice in Russian as public repositories copy it (a Selenium page object that waits for it in Gmail\'s Russian web interface; three parser tests): "** Адрес не найден **" / "Сообщение не доставлено, так как адрес <rcpt> не найден или не принимает входящие письма." / "Полученный ответ:" (the response was) or "Ответ удаленного сервера:" (the response from the remote server); the delay notice "** Пока не доставлено **" / "При доставке сообщения получателю <rcpt> возникла временная ошибка. Gmail будет повторять попытки." (repositories not named by the search index; secondary: wording seen in the wild)';
const chineseRecords = 'Gmail\'s notice in Simplified Chinese: GitHub issue lavas-project/lavas#247 (2021, its sentence: "由于系统找不到电子邮件地址 lavas@baidu.com，或该地址无法接收邮件，因此无法递送您的邮件。"); a blog post that copies real Gmail notices ("找不到地址", "响应如下：" (the response was), "以下为远程服务器的响应：" (the response from the remote server), the delay "发生临时性问题，无法将您的邮件递送至 <rcpt>。在接下来的 47 小时内，Gmail 会重新尝试递送。"); a parser test that copies "** 找不到地址 **" (repositories of the last two not named by the search index; secondary: wording seen in the wild)';
const polishRecords = 'Gmail\'s notices in Polish: a delay notice copied whole in GitHub issue boostorg/geometry#728 (2020: "Odpowiedź otrzymana z serwera zdalnego:", the response from the remote server) and a parser test\'s failure notice ("Nie znaleziono adresu" / "Wiadomość nie została dostarczona, ponieważ nie znaleziono adresu odbiorcy (<rcpt>) lub odbiorca nie może odebrać wiadomości."; repository not named by the search index; secondary: wording seen in the wild)';
const koreanRecord = 'Gmail\'s notice in Korean as a user pasted its web view in GitHub issue openspeech-team/openspeech#69 (2021): "주소를 찾을 수 없음" / "<rcpt> 주소를 찾을 수 없거나 해당 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다." (the address first; secondary: wording seen in the wild)';
const frenchMailbox = 'Gmail\'s "Message not delivered" notices in French as a public repository\'s test copies them from a real mailbox (2026): "** Message non distribué **" / "Un problème est survenu lors de la distribution de votre message à <rcpt>." / "Réponse du serveur distant :"; its delay: "Un problème temporaire est survenu lors de la distribution de votre message à <rcpt>." (repository not named by the search index; secondary: wording seen in the wild)';
const japaneseDelay = 'a whole Gmail delay notice in Japanese (2017; Subject "Delivery Status Notification (Delay)", Action: delayed) kept in a public repository\'s script: "** 配信未完了 **" / "<rcpt> へのメールの配信中に一時的な問題が発生しました。Gmail は 46 時間再試行し、配信できなかった場合はお知らせします。" (repository not named by the search index; secondary: wording seen in the wild)';

/** Gmail and Google Workspace bounces: the current "** ... **" layout and the legacy "Technical details" layout. */
export default {
  id: 'gmail',
  provider: 'google',
  name: 'Gmail / Google Workspace',
  source: `${bounceHelp}; https://support.google.com/a/answer/3726730 (error list; "gsmtp"); secondary: sisimai/rb-sisimai lib/sisimai/lhost/{gmail,google,gsuite,googleworkspace}.rb`,
  senders: [
    {text: 'mailer-daemon@googlemail.com', source: `${bounceHelp}; ${gmailRb}: From ends with '<mailer-daemon@googlemail.com>'`},
    {text: 'mail delivery subsystem', source: bounceHelp},
  ],
  subjects: [
    {text: 'delivery status notification (failure)', source: bounceHelp},
    {text: 'delivery status notification', source: `${gmailRb}; ${workspaceRb}: subject starts with 'Delivery Status Notification'`},
  ],
  recipientHeaders: [
    {text: 'x-failed-recipients', source: 'Gmail\'s current layout as recorded in the project\'s reference (shared/reference/mta-sources.md, Gmail: "sometimes X-Failed-Recipients:")'},
  ],
  bodyMarkers: [
    {text: 'there was a problem delivering your message to', source: notDeliveredSentence},
    // Its verdict on a domain or address it finds no way to, which the HTML part shows under
    // "Address not found" without the plain text's asterisks.
    {text: 'не найден или не принимает входящие письма', language: 'ru', source: russianRecords},
    {text: '或该地址无法接收邮件，因此无法递送您的邮件', language: 'zh', source: chineseRecords},
    {text: 'ponieważ nie znaleziono adresu odbiorcy', language: 'pl', source: polishRecords},
    {text: '해당 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다', language: 'ko', source: koreanRecord},
  ],
  // Its fixed lines that only Google's own notices carry (body markers that name the writer).
  writerMarkers: [
    // Google Groups' refusal of a post is Google's own notice, sent from its mailer-daemon.
    {text: 'the group you tried to contact', source: groupsRb},
    // Its Help Center link closes every Groups notice, in whatever language the rest is written.
    {text: 'https://groups.google.com/support/', source: `${groupsRb}; ${groupsGo}`},
    {text: 'couldn\'t be found. check for typos or unnecessary spaces and try again.', source: `${gsuiteRb}: MessagesOf userunknown "because the address couldn't be found. Check for typos or unnecessary spaces and try again."`},
    {text: '** address not found **', source: `${gsuiteRb}: "** Address not found **" (MarkingsOf[:message] /\\A[*][*][ ].+[ ][*][*]\\z/)`},
    {text: '** message not delivered **', source: `${workspaceRb}: "** Message not delivered **"`},
    {text: '** message blocked **', source: `${blockedNotice}: its heading`},
    {text: 'google tried to deliver your message, but it was rejected by the', source: `${gmailRb}; ${googleRb}`},
    {text: 'we recommend contacting the other email provider for further information about the cause of this error', source: `${gmailRb}; ${googleRb}`},
    {text: 'technical details of temporary failure:', source: `${googleRb}: MarkingsOf[:start] /Technical details of (?:permanent|temporary) failure:/, the legacy delay notice's line above the reply`},
    {text: '** die adresse wurde nicht gefunden **', language: 'de', source: germanNotice},
    {text: '** adresse introuvable **', language: 'fr', source: frenchFixtures},
    {text: '** indirizzo non trovato **', language: 'it', source: italianFixture},
    {text: '** no se ha encontrado la dirección **', language: 'es', source: spanishNotice},
    {text: '** адрес не найден **', language: 'ru', source: russianRecords},
    {text: '** пока не доставлено **', language: 'ru', source: `${russianRecords}: the delay notice's heading`},
    {text: '** 找不到地址 **', language: 'zh', source: chineseRecords},
    {text: '** message non distribué **', language: 'fr', source: frenchMailbox},
    {text: '** 配信未完了 **', language: 'ja', source: japaneseDelay},
  ],
  recipientLeadIns: [
    {text: 'wasn\'t delivered to ', source: `${gsuiteRb}: "Your message wasn't delivered to <rcpt> because ..."`},
    {text: 'delivery to the following recipient failed permanently:', source: `${gmailRb}: "Delivery to the following recipient failed permanently:" / "     <rcpt>"`},
    {text: 'delivery to the following recipient has been delayed:', source: `${gmailRb}: "Delivery to the following recipient has been delayed:" / "     <rcpt>"`},
    {text: 'your message wasn\'t delivered to', source: `${gsuiteRb}: "Your message wasn't delivered to * because the address couldn't be found."`},
    {text: 'there was a problem delivering your message to ', source: notDeliveredSentence},
    {text: 'ihre nachricht wurde nicht an ', language: 'de', source: germanNotice},
    {text: 'n\'a pas pu être envoyé à ', language: 'fr', source: frenchFixtures},
    {text: 'il tuo messaggio non è stato recapitato a ', language: 'it', source: italianFixture},
    {text: 'tu mensaje no se ha entregado a ', language: 'es', source: spanishNotice},
    {text: 'sua mensagem não foi entregue a ', language: 'pt', source: portugueseFixtures},
    {text: 'メールを受信できないアドレスであるため、メールは ', language: 'ja', source: japaneseFixtures},
    {text: 'так как адрес ', language: 'ru', source: russianRecords},
    {text: 'при доставке сообщения получателю ', language: 'ru', source: `${russianRecords}: the delay notice's sentence`},
    {text: '由于系统找不到电子邮件地址 ', language: 'zh', source: chineseRecords},
    {text: '无法将您的邮件递送至 ', language: 'zh', source: `${chineseRecords}: the delay notice's sentence`},
    {text: 'nie znaleziono adresu odbiorcy (', language: 'pl', source: `${polishRecords}: the address in brackets`},
    {text: 'lors de la distribution de votre message à ', language: 'fr', source: frenchMailbox},
  ],
  recipientTrailers: [
    {text: 'because', source: `${gsuiteRb}: "Your message wasn't delivered to <rcpt> because the address couldn't be found, or is unable to receive mail." (the address a link or bold in the HTML part)`},
  ],
  recipientHeadings: [
    {text: 'delivery to the following recipient failed', source: `${mailman('simplematch', 'googlemail.com')}: start line, then the address alone on a line`},
    {text: 'delivery to the following recipient has been delayed', source: `${mailman('simplewarning', 'googlemail.com warning')}: start line, then the address`},
  ],
  replyIntroductions: [
    {text: 'the response from the remote server was:', source: `${workspaceRb}: StartingOf[:error]; ${gsuiteRb}: MarkingsOf[:error]`},
    {text: 'the response was:', source: `${workspaceRb}: StartingOf[:error] "The response was:"`},
    {text: 'the response from the recipient enterprise administrator was:', source: `${blockedNotice}: before the words of a Google Workspace administrator's rule`},
    {text: 'the error that the other server returned was:', source: `${gmailRb}: StartingOf[:error]; ${googleRb}`},
    {text: 'technical details of temporary failure:', source: `${googleRb}: MarkingsOf[:start], the legacy delay notice: the reply or Gmail's own words follow`},
    {text: 'antwort:', language: 'de', source: `${germanNotice}: the German "The response was:"`},
    {text: 'la réponse était :', language: 'fr', source: `${frenchFixtures}: the French "The response was:"`},
    {text: 'la risposta del server remoto è:', language: 'it', source: `${italianFixture}: the Italian "The response from the remote server was:"`},
    {text: 'la respuesta fue:', language: 'es', source: `${spanishNotice}: the Spanish "The response was:"`},
    {text: 'リモート サーバーからの応答:', language: 'ja', source: `${japaneseFixtures}: the Japanese "The response from the remote server was:"`},
    {text: 'полученный ответ:', language: 'ru', source: `${russianRecords}: the Russian "The response was:"`},
    {text: 'ответ удаленного сервера:', language: 'ru', source: `${russianRecords}: the Russian "The response from the remote server was:"`},
    {text: '响应如下:', language: 'zh', source: `${chineseRecords}: the Chinese "The response was:" (its full-width colon read as a colon)`},
    {text: '以下为远程服务器的响应:', language: 'zh', source: `${chineseRecords}: the Chinese "The response from the remote server was:"`},
    {text: 'odpowiedź otrzymana z serwera zdalnego:', language: 'pl', source: `${polishRecords}: the Polish "The response from the remote server was:"`},
    {text: 'réponse du serveur distant :', language: 'fr', source: `${frenchMailbox}: the French "The response from the remote server was:"`},
  ],
  permanent: [
    {text: 'your message wasn\'t delivered to', source: `${gsuiteRb}: the failure notice's first line (a delay says "There was a temporary problem delivering")`},
    {text: '** address not found **', source: `${gsuiteRb}: failure heading`},
    {text: '** message not delivered **', source: `${workspaceRb}: failure heading`},
    {text: '** message blocked **', source: `${blockedNotice}: its heading`},
    {text: 'has been blocked. see technical details below for more information.', source: `${blockedNotice}: "Your message to <rcpt> has been blocked. ..."`},
    {text: 'there was a problem delivering your message to', source: notDeliveredSentence},
    {text: 'delivery to the following recipient failed permanently', source: gmailRb},
    {text: 'technical details of permanent failure:', source: `${googleRb}: MarkingsOf[:start] /Technical details of (?:permanent|temporary) failure:/`},
    {text: '** die adresse wurde nicht gefunden **', language: 'de', source: `${germanNotice}: the failure heading`},
    {text: 'weil die adresse nicht gefunden wurde oder keine e-mails empfangen kann', language: 'de', source: `${germanNotice}; ${germanSisimai}`},
    {text: '** adresse introuvable **', language: 'fr', source: `${frenchFixtures}: the failure heading`},
    {text: 'car l\'adresse est introuvable ou ne peut pas recevoir de messages', language: 'fr', source: frenchFixtures},
    {text: '** indirizzo non trovato **', language: 'it', source: `${italianFixture}: the failure heading`},
    {text: 'perché l\'indirizzo risulta inesistente o non può ricevere email', language: 'it', source: italianFixture},
    {text: '** no se ha encontrado la dirección **', language: 'es', source: `${spanishNotice}: the failure heading`},
    {text: 'porque no se ha encontrado la dirección o esta no puede recibir correo', language: 'es', source: spanishNotice},
    {text: 'porque o endereço não foi encontrado ou não pode receber e-mails', language: 'pt', source: portugueseFixtures},
    {text: 'アドレスが見つからなかったか、メールを受信できないアドレスであるため', language: 'ja', source: japaneseFixtures},
    {text: '** адрес не найден **', language: 'ru', source: `${russianRecords}: the failure heading`},
    {text: 'сообщение не доставлено, так как адрес', language: 'ru', source: russianRecords},
    {text: '** 找不到地址 **', language: 'zh', source: `${chineseRecords}: the failure heading`},
    {text: '或该地址无法接收邮件，因此无法递送您的邮件', language: 'zh', source: chineseRecords},
    {text: 'wiadomość nie została dostarczona, ponieważ nie znaleziono adresu odbiorcy', language: 'pl', source: polishRecords},
    {text: '해당 주소에서 메일을 받을 수 없어 메일이 전송되지 않았습니다', language: 'ko', source: koreanRecord},
    {text: 'un problème est survenu lors de la distribution de votre message à', language: 'fr', source: frenchMailbox},
    {text: 'delivery status notification (failure)', source: bounceHelp},
  ],
  temporary: [
    {text: '** delivery incomplete **', source: delayLayout},
    {text: 'delivery status notification (delay)', source: `${delayLayout}: its subject`},
    {text: 'there was a temporary problem delivering your message to', source: delayLayout},
    {text: 'will retry for', source: `${delayLayout}: "Gmail will retry for 46 more hours."`},
    {text: 'you\'ll be notified if the delivery fails permanently', source: delayLayout},
    {text: 'delivery to the following recipient has been delayed', source: `${gmailRb}: MessagesOf['expired']`},
    {text: 'technical details of temporary failure:', source: `${googleRb}: MarkingsOf[:start]`},
    {text: 'message will be retried for', source: `${gmailRb}: "Message will be retried for 2 more day(s)"`},
    {text: 'this is a warning message only.', source: `${gmailRb}: "THIS IS A WARNING MESSAGE ONLY." (delay notice)`},
    {text: '** пока не доставлено **', language: 'ru', source: `${russianRecords}: the delay notice's heading`},
    {text: 'возникла временная ошибка. gmail будет повторять попытки', language: 'ru', source: `${russianRecords}: "a temporary error occurred. Gmail will keep trying"`},
    {text: '发生临时性问题，无法将您的邮件递送至', language: 'zh', source: `${chineseRecords}: "a temporary problem occurred: your mail could not be delivered to"`},
    {text: 'gmail 会重新尝试递送', language: 'zh', source: `${chineseRecords}: "Gmail will retry delivery"`},
    {text: 'un problème temporaire est survenu lors de la distribution de votre message à', language: 'fr', source: `${frenchMailbox}: the delay's sentence`},
    {text: '** 配信未完了 **', language: 'ja', source: `${japaneseDelay}: the delay notice's heading`},
    {text: 'へのメールの配信中に一時的な問題が発生しました', language: 'ja', source: japaneseDelay},
  ],
  stages: [
    {text: '(state 13)', stage: 'HELO', source: `${stateTable}: '13' => EHLO`},
    {text: '(state 14)', stage: 'RCPT TO', source: `${stateTable}: '14' => RCPT`},
    {text: '(state 6)', stage: 'MAIL FROM', source: `${stateTable}: '6' => MAIL`},
    {text: '(state 15)', stage: 'DATA', source: `${stateTable}: '15' => DATA`},
    {text: '(state 17)', stage: 'DATA', source: `${stateTable}: '17' => DATA`},
    {text: '(state 18)', stage: 'DATA', source: `${stateTable}: '18' => DATA`},
  ],
  originalMessageMarkers: [
    {text: '----- original message -----', source: `${gmailRb}: Boundaries`},
    {text: '----- message header follows -----', source: `${gmailRb}: Boundaries`},
  ],
} satisfies MtaFamily;
