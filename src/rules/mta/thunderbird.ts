import type {MtaFamily} from '../types.ts';

// Thunderbird (and SeaMonkey before it) sends through its own SMTP client and keeps no queue: a
// refused command ends the sending with the "Send Message Error" dialog, "Sending of the message
// failed.", then its words around the server's reply. Since Thunderbird 91 the reply is shown
// without its code or enhanced code; older releases dropped only the three-digit code.
const properties = 'mozilla/releases-comm-central mail/locales/en-US/chrome/messenger/messengercompose/composeMsgs.properties@036140ce94099add99fb8a3bc0a35a5d5d6a0075';
const fluent = 'mozilla/releases-comm-central mail/locales/en-US/messenger/messengercompose/messengercompose.ftl (smtp-error-sending-recipient-command and its siblings)';
const client = 'mozilla/releases-comm-central mailnews/compose/src/SmtpClient.sys.mjs@bf0cc3ae173cbd624187e8f323858173fb22fc43 (_parse keeps the text after the code and the enhanced code; _onError shows the message, the compose window stays open)';
const germanFtl = (key: string) => `thunderbird/thunderbird-l10n de/mail/messenger/messengercompose/messengercompose.ftl@ae49a21456e54358eb7646eea6c8c45d09a0d44c: ${key}`;
const l10n = (language: string) => `Thunderbird's ${language} localization of messengercompose.ftl, smtp-error-sending-recipient-command`;

/**
 * Thunderbird's errors: "An error occurred while sending mail. The mail server responded: <reply>.
 * Please check the message recipient "<rcpt>" and try again." (RCPT TO), "... Please verify that
 * your email address is correct in your account settings and try again." (MAIL FROM), "An Outgoing
 * server (SMTP) error occurred while sending mail. The server responded: <reply>." (DATA), "...
 * Please check the message and try again." (the reply after the data).
 */
export default {
  id: 'thunderbird',
  name: 'Thunderbird',
  source: `${properties}; ${fluent}; ${client}`,
  recipientLeadIns: [
    {text: 'please check the message recipient "', source: `${properties}: errorSendingRcptCommand "Please check the message recipient \\"%2$S\\" and try again."; ${fluent}`},
    {text: 'please check the message recipient ', source: `${properties}: errorSendingRcptCommand in the releases that printed the address without quotes`},
    {text: 'bitte überprüfen sie die e-mail-adresse des empfängers "', language: 'de', source: l10n('German')},
    {text: 'veuillez vérifier l\'adresse du destinataire ', language: 'fr', source: l10n('French')},
  ],
  replyIntroductions: [
    {text: 'the mail server responded:', source: `${properties}: errorSendingRcptCommand, errorSendingFromCommand, errorSendingMessage`},
    {text: 'the server responded:', source: `${properties}: errorSendingDataCommand, smtpServerError`},
    {text: 'der mail-server antwortete:', language: 'de', source: l10n('German')},
    {text: 'le serveur de courrier a répondu :', language: 'fr', source: l10n('French')},
  ],
  sendFailed: [
    {text: 'sending of the message failed.', source: `${properties}: sendMessageErrorTitle's text "Sending of the message failed."; ${client}`},
    {text: 'an error occurred while sending mail. the mail server responded:', source: `${properties}; ${client}: nothing is queued, the compose window stays open`},
    {text: 'fehler beim senden der nachricht. der mail-server antwortete:', language: 'de', source: `${germanFtl('smtp-error-sending-from-command, smtp-error-sending-data-command, smtp-error-sending-message')}; ${client}`},
  ],
  stages: [
    {text: 'please check the message recipient', stage: 'RCPT TO', source: `${properties}: errorSendingRcptCommand`},
    {text: 'please verify that your email address is correct in your account settings', stage: 'MAIL FROM', source: `${properties}: errorSendingFromCommand`},
    {text: 'an outgoing server (smtp) error occurred while sending mail', stage: 'DATA', source: `${properties}: errorSendingDataCommand`},
    {text: 'please check the message and try again', stage: 'DATA', source: `${properties}: errorSendingMessage, the reply after the data`},
    {text: 'bitte überprüfen sie die e-mail-adresse des empfängers', language: 'de', stage: 'RCPT TO', source: l10n('German')},
    {text: 'bitte überprüfen sie, ob ihre e-mail-adresse in den konten-einstellungen stimmt', language: 'de', stage: 'MAIL FROM', source: germanFtl('smtp-error-sending-from-command')},
    {text: '(smtp-)fehler beim senden der nachricht.', language: 'de', stage: 'DATA', source: germanFtl('smtp-error-sending-data-command')},
    {text: 'bitte überprüfen sie die nachricht und wiederholen sie den vorgang', language: 'de', stage: 'DATA', source: germanFtl('smtp-error-sending-message')},
    {text: 'veuillez vérifier l\'adresse du destinataire', language: 'fr', stage: 'RCPT TO', source: l10n('French')},
  ],
} satisfies MtaFamily;
