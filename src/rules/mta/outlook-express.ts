import type {MtaFamily} from '../types.ts';

// The send error of Microsoft's desktop mail programs that speak SMTP themselves (Outlook Express,
// Windows Mail, Windows Live Mail, Outlook 2002-2003 with an Internet account): a dialog, one
// paragraph, that people copy into forums and help desks. It names the refused address and quotes the
// server's reply whole, then the connection's settings.
const kb290842 = 'Microsoft Knowledge Base 290842 (Q290842), "You receive a SMTP relay blocks error message when you send e-mail messages in Outlook 2002 and Outlook 2003": "The message could not be sent because one of the recipients was rejected by the server. The rejected e-mail address was \'<someone@example.com>\'. Subject: \'<Test>\', Account: \'<Test>\', Server: \'<smtp.example.com>\', Protocol: SMTP, Server Response: \'550 <someone@example.com>... Relaying Denied\', Port: 25, Secure (SSL): No, Server Error: 550, Error Number: 0x800CCC79"';
const kb178218 = 'Microsoft Knowledge Base 178218 (Q178218), Outlook Express 4.0-5.5: "The message could not be sent because an e-mail address was rejected by the server. Subject \'<title>\', Account: \'<name>\', Server: \'...\', Protocol: SMTP, Server response: \'553 malformed address: ...\', Port: 25, Secure(SSL): No, Server Error: 553, Error Number: 0x800CCC6E"';

const ptSupport = `Microsoft Support (pt-PT), "Recebi um erro 550, 553 ou de proibição de reencaminhamento ao enviar mensagens de e-mail" (support.microsoft.com/pt-pt/office/...-65b494a4-0a15-433e-829f-e73651e0245e): "Não foi possível enviar a mensagem porque um dos destinatários foi rejeitado pelo servidor. O endereço de e-mail rejeitado era "<alguem@example.com>". ... Resposta do Servidor: "550 ...", Porta: 25, Secure (SSL): Não, Erro do Servidor: 550, Número de Erro: 0x800CCC79."`;
const ptOffice = 'Microsoft Office Online (pt-PT), "Resolução de problemas dos erros 550, 553 e erros de proibição de reencaminhamento" (Outlook 2003, HA001112833): "A mensagem não pode ser enviada porque um dos destinatários foi rejeitado pelo servidor. O endereço de correio electrónico rejeitado foi \'<...>\'. ... Resposta do Servidor: \'550 ...\'"';

/**
 * The dialog's sentence, "The rejected e-mail address was '<rcpt>'", the reply after "Server
 * Response: '", and its code again after "Server Error:". The program keeps the message in its
 * Outbox and sends nothing until the person does: no server retries it, so the error ends the
 * attempt, whatever the reply's class.
 */
export default {
  id: 'outlook-express',
  name: 'Outlook Express / Windows Mail',
  source: `${kb290842}; ${kb178218}`,
  bodyMarkers: [
    {text: 'the message could not be sent because one of the recipients was rejected by the server.', source: kb290842},
    {text: 'the message could not be sent because an e-mail address was rejected by the server.', source: kb178218},
    {text: 'não foi possível enviar a mensagem porque um dos destinatários foi rejeitado pelo servidor.', language: 'pt', source: ptSupport},
    {text: 'a mensagem não pode ser enviada porque um dos destinatários foi rejeitado pelo servidor.', language: 'pt', source: ptOffice},
  ],
  recipientLeadIns: [
    {text: 'the rejected e-mail address was \'', source: kb290842},
    {text: 'o endereço de e-mail rejeitado era', language: 'pt', source: ptSupport},
    {text: 'o endereço de correio electrónico rejeitado foi', language: 'pt', source: ptOffice},
  ],
  replyIntroductions: [
    {text: 'server response: \'', source: `${kb290842}; ${kb178218}`},
    {text: 'resposta do servidor:', language: 'pt', source: `${ptSupport}; ${ptOffice}`},
  ],
  stages: [
    {text: 'one of the recipients was rejected by the server', stage: 'RCPT TO', source: kb290842},
    {text: 'an e-mail address was rejected by the server', stage: 'RCPT TO', source: kb178218},
    {text: 'um dos destinatários foi rejeitado pelo servidor', language: 'pt', stage: 'RCPT TO', source: `${ptSupport}; ${ptOffice}`},
  ],
  sendFailed: [
    {text: 'the message could not be sent because one of the recipients was rejected by the server', source: kb290842},
    {text: 'the message could not be sent because an e-mail address was rejected by the server', source: kb178218},
    {text: 'the rejected e-mail address was', source: `${kb290842}: the sentence every version of the dialog keeps for a refused recipient`},
    {text: 'não foi possível enviar a mensagem porque', language: 'pt', source: ptSupport},
    {text: 'a mensagem não pode ser enviada porque um dos destinatários', language: 'pt', source: ptOffice},
    // The dialog's last field, Microsoft's number of the error (IMNXPORT's 0x800CCCxx).
    {text: 'error number: 0x800ccc', source: `${kb290842}; ${kb178218}`},
    {text: 'número de erro: 0x800ccc', language: 'pt', source: ptSupport},
    {text: 'número do erro: 0x800ccc', language: 'pt', source: ptOffice},
  ],
} satisfies MtaFamily;
