import type {MtaFamily, TemplateText} from '../types.ts';

// PHPMailer (PHPMailer/PHPMailer), the SMTP client of most PHP applications (WordPress plugins,
// contact forms, CRMs): a refusal reaches the application as its ErrorInfo, the words of its language
// file, then each refused recipient; with SMTPDebug on, its SMTP class prints the session and the
// refused command with the server's whole reply. People paste both from their pages and logs.
const languageFile = (language: string, commit: string) => `PHPMailer/PHPMailer language/phpmailer.lang-${language}.php (${commit.slice(0, 7)})`;
const english = `${languageFile('en', '2a416276d43ab64c56fed79ce200b15a7bd4a205')}, the same defaults in src/PHPMailer.php setLanguage()`;
const smtpSend = 'PHPMailer/PHPMailer src/PHPMailer.php smtpSend(): throws lang(\'recipients_failed\') followed by each refused recipient ("to: error"; comma-separated addresses in 5.x), lang(\'data_not_accepted\') when the data is refused';
const sendCommand = 'PHPMailer/PHPMailer src/SMTP.php sendCommand(): setError("$command command failed", ...), edebug(sprintf(\'SMTP ERROR: %s: %s\', error, last_reply)), the reply whole';

/**
 * The words of ErrorInfo for refused recipients ('recipients_failed'), in the languages the decoder
 * reads, each from its language file: the refused addresses follow them.
 */
const recipientsFailed: readonly TemplateText[] = [
  {text: 'smtp error: the following recipients failed:', source: `${english}: recipients_failed; ${smtpSend}`},
  {text: 'smtp-fehler: die folgenden empfänger sind nicht korrekt:', language: 'de', source: `${languageFile('de', '201aca3ff9ecf78a8808c08d7ef20f0486af3d7a')}: recipients_failed`},
  {text: 'erreur smtp : les destinataires suivants sont en erreur :', language: 'fr', source: `${languageFile('fr', '03d8f1b498370e40313cdcbf249056f73fe1a3ba')}: recipients_failed`},
  {text: 'error smtp: los siguientes destinos fallaron:', language: 'es', source: `${languageFile('es', '0b6ed12ed31dbceb63d3e1193957e7fab70238ea')}: recipients_failed`},
  {text: 'smtp error: i seguenti indirizzi destinatari hanno generato un errore:', language: 'it', source: `${languageFile('it', '4dc6c98da16ca270b77f292bcdbf8611c0750135')}: recipients_failed`},
  {text: 'smtp-fout: de volgende ontvangers zijn mislukt:', language: 'nl', source: `${languageFile('nl', '22e81749ae80a8c3eb5c42c00c955503bc4f42ba')}: recipients_failed`},
  {text: 'erro de smtp: os seguintes destinatários falharam:', language: 'pt', source: `${languageFile('pt_br', '127ffe9e89d0ec28601bdb56136639a1c440917c')}: recipients_failed`},
  {text: 'ошибка smtp: не удалась отправка таким адресатам:', language: 'ru', source: `${languageFile('ru', '127ffe9e89d0ec28601bdb56136639a1c440917c')}: recipients_failed`},
  {text: 'smtpエラー: 次の受信者アドレスに 間違いがあります:', language: 'ja', source: `${languageFile('ja', '22e81749ae80a8c3eb5c42c00c955503bc4f42ba')}: recipients_failed`},
  // Its full-width colons read as colons.
  {text: 'smtp 错误:收件人地址错误:', language: 'zh', source: `${languageFile('zh_cn', '22e81749ae80a8c3eb5c42c00c955503bc4f42ba')}: recipients_failed, "SMTP 错误：收件人地址错误："`},
];

/** The words of ErrorInfo when the server refused the message's data ('data_not_accepted'). */
const dataNotAccepted: readonly TemplateText[] = [
  {text: 'smtp error: data not accepted.', source: `${english}: data_not_accepted; ${smtpSend}`},
  {text: 'smtp-fehler: daten werden nicht akzeptiert.', language: 'de', source: `${languageFile('de', '201aca3ff9ecf78a8808c08d7ef20f0486af3d7a')}: data_not_accepted`},
  {text: 'error smtp: datos no aceptados.', language: 'es', source: `${languageFile('es', '0b6ed12ed31dbceb63d3e1193957e7fab70238ea')}: data_not_accepted`},
  {text: 'smtp error: dati non accettati dal server.', language: 'it', source: `${languageFile('it', '4dc6c98da16ca270b77f292bcdbf8611c0750135')}: data_not_accepted`},
  {text: 'smtp-fout: data niet geaccepteerd.', language: 'nl', source: `${languageFile('nl', '22e81749ae80a8c3eb5c42c00c955503bc4f42ba')}: data_not_accepted`},
  {text: 'erro de smtp: dados rejeitados.', language: 'pt', source: `${languageFile('pt_br', '127ffe9e89d0ec28601bdb56136639a1c440917c')}: data_not_accepted`},
  {text: 'ошибка smtp: данные не приняты.', language: 'ru', source: `${languageFile('ru', '127ffe9e89d0ec28601bdb56136639a1c440917c')}: data_not_accepted`},
];

/** The words of ErrorInfo when the server refused the sender ('from_failed'): the sender's address follows them. */
const fromFailed: TemplateText = {text: 'the following from address failed:', source: `${english}: from_failed; src/PHPMailer.php smtpSend() when MAIL FROM is refused`};

/**
 * PHPMailer's errors: ErrorInfo "SMTP Error: The following recipients failed: <rcpt>: <reply's text>"
 * (the codes cut from the reply), "SMTP Error: data not accepted.", "The following From address
 * failed: "; with SMTPDebug, "SMTP ERROR: RCPT TO command failed: 550 5.1.1 ..." and the same for
 * MAIL FROM, DATA, the data's end ("DATA END"), EHLO and HELO. PHPMailer does not queue: its error
 * ends the attempt to send, whatever the reply's class.
 */
export default {
  id: 'phpmailer',
  name: 'PHPMailer',
  source: `${english}; ${smtpSend}; ${sendCommand}`,
  // With SMTPDebug at its connection level, the SMTP class says which server it opens a session
  // with, the one that then answers: "Connection: opening to smtp.example.org:587, timeout=300, ...".
  remoteServerLabels: [
    {text: 'connection: opening to', source: 'PHPMailer/PHPMailer src/SMTP.php connect(): edebug("Connection: opening to $host:$port, timeout=$timeout, options=...", DEBUG_CONNECTION)'},
  ],
  recipientLeadIns: recipientsFailed,
  // The examples of its README print the error after "Mailer Error: " (echo 'Mailer Error: ' .
  // $mail->ErrorInfo): a page that lost the line break between two such errors glues it to the address.
  recipientTrailers: [
    {text: 'mailer', source: 'PHPMailer/PHPMailer README.md, the example: echo "Mailer Error: {$mail->ErrorInfo}"'},
  ],
  replyIntroductions: [
    {text: 'rcpt to command failed:', source: `${sendCommand}: recipient() sends 'RCPT TO'`},
    {text: 'mail from command failed:', source: `${sendCommand}: mail() sends 'MAIL FROM'`},
    {text: 'data command failed:', source: `${sendCommand}: data() sends 'DATA'`},
    {text: 'data end command failed:', source: `${sendCommand}: data() sends 'DATA END', the message's closing "."`},
    {text: 'ehlo command failed:', source: `${sendCommand}: sendHello() sends 'EHLO'`},
    {text: 'helo command failed:', source: `${sendCommand}: sendHello() sends 'HELO'`},
  ],
  stages: [
    {text: 'rcpt to command failed:', stage: 'RCPT TO', source: `${sendCommand}: recipient()`},
    {text: 'mail from command failed:', stage: 'MAIL FROM', source: `${sendCommand}: mail()`},
    {text: 'data command failed:', stage: 'DATA', source: `${sendCommand}: data()`},
    {text: 'data end command failed:', stage: 'DATA', source: `${sendCommand}: data()`},
    {text: 'ehlo command failed:', stage: 'HELO', source: `${sendCommand}: sendHello()`},
    {text: 'helo command failed:', stage: 'HELO', source: `${sendCommand}: sendHello()`},
    ...recipientsFailed.map((text) => ({...text, stage: 'RCPT TO' as const})),
    ...dataNotAccepted.map((text) => ({...text, stage: 'DATA' as const})),
    {...fromFailed, stage: 'MAIL FROM' as const},
  ],
  sendFailed: [
    ...recipientsFailed,
    // ErrorInfo's whole message when the data is refused: nothing of the reply follows it.
    ...dataNotAccepted.map((text) => ({...text, verdict: true as const})),
    fromFailed,
  ],
} satisfies MtaFamily;
