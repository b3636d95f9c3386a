import type {MtaFamily} from '../types.ts';

// .NET's System.Net.Mail.SmtpClient (dotnet/runtime src/libraries/System.Net.Mail), the SMTP client
// of .NET applications: a refusal reaches the application as an SmtpException (or
// SmtpFailedRecipientException) whose message is .NET's own text for the reply's status code, then
// " The server response was: " and the server's reply without its code (SmtpStatusCode, the SR
// strings Smtp*: GetMessageForStatus(statusCode, serverResponse)).
const statusCodes = 'dotnet/runtime System.Net.Mail SmtpStatusCode and SmtpException.GetMessageForStatus(): the SR string of each code, then SR.SmtpServerResponse "The server response was: {0}"';
const sr = (name: string, code: string) => `${statusCodes}: SR.${name} for SmtpStatusCode ${code}`;

/**
 * .NET's SmtpException messages: the text .NET writes for the reply's code, then the server's reply
 * with its code dropped. The text names the code (`impliedReplies`): "Transaction failed." is 554,
 * "Syntax error, command unrecognized." 500. "Mailbox unavailable." is both 450 (MailboxBusy) and
 * 550 (MailboxUnavailable): the reply's enhanced code, when it has one, says which.
 */
export default {
  id: 'dotnet-smtpclient',
  name: '.NET SmtpClient',
  source: statusCodes,
  replyIntroductions: [
    {text: 'the server response was:', source: `${statusCodes} (SR.SmtpServerResponse)`},
  ],
  // Send() throws: SmtpClient keeps no queue, so a refusal ends the attempt to send. Only the class
  // of a refused recipient says so in words; the message's own text ("Service not available, ...")
  // does not, and a log that prints only the message says no more than the reply.
  sendFailed: [
    {text: 'smtpfailedrecipientexception', source: 'dotnet/runtime System.Net.Mail SmtpFailedRecipientException, thrown by SmtpClient.Send() for a refused recipient'},
    {text: 'smtpfailedrecipientsexception', source: 'dotnet/runtime System.Net.Mail SmtpFailedRecipientsException, thrown by SmtpClient.Send() when several recipients were refused'},
  ],
  // The same classes printed apart from their message (an error tracker's exception field).
  exceptionNames: [
    {text: 'smtpfailedrecipientexception', source: 'dotnet/runtime System.Net.Mail SmtpFailedRecipientException: its message is the words for the reply\'s code and the server\'s reply'},
    {text: 'smtpfailedrecipientsexception', source: 'dotnet/runtime System.Net.Mail SmtpFailedRecipientsException: its inner exceptions, one per refused recipient'},
  ],
  impliedReplies: [
    {text: 'service not available, closing transmission channel. the server response was:', replies: ['421'], source: sr('SmtpServiceNotAvailable', 'ServiceNotAvailable (421)')},
    {text: 'mailbox unavailable. the server response was:', replies: ['450', '550'], source: `${sr('SmtpMailboxBusy', 'MailboxBusy (450)')}; ${sr('SmtpMailboxUnavailable', 'MailboxUnavailable (550)')}: the same words`},
    {text: 'error in processing. the server response was:', replies: ['451'], source: sr('SmtpLocalErrorInProcessing', 'LocalErrorInProcessing (451)')},
    {text: 'insufficient system storage. the server response was:', replies: ['452'], source: sr('SmtpInsufficientStorage', 'InsufficientStorage (452)')},
    {text: 'client does not have permission to submit mail to this server. the server response was:', replies: ['454'], source: sr('SmtpClientNotPermitted', 'ClientNotPermitted (454)')},
    {text: 'syntax error, command unrecognized. the server response was:', replies: ['500'], source: sr('SmtpCommandUnrecognized', 'CommandUnrecognized (500)')},
    {text: 'syntax error in parameters or arguments. the server response was:', replies: ['501'], source: sr('SmtpSyntaxError', 'SyntaxError (501)')},
    {text: 'command not implemented. the server response was:', replies: ['502'], source: sr('SmtpCommandNotImplemented', 'CommandNotImplemented (502)')},
    {text: 'bad sequence of commands. the server response was:', replies: ['503'], source: sr('SmtpBadCommandSequence', 'BadCommandSequence (503)')},
    {text: 'command parameter not implemented. the server response was:', replies: ['504'], source: sr('SmtpCommandParameterNotImplemented', 'CommandParameterNotImplemented (504)')},
    {text: 'the smtp server requires a secure connection or the client was not authenticated. the server response was:', replies: ['530'], source: sr('SmtpMustIssueStartTlsFirst', 'MustIssueStartTlsFirst (530)')},
    {text: 'user not local; please try a different path. the server response was:', replies: ['551'], source: sr('SmtpUserNotLocalTryAlternatePath', 'UserNotLocalTryAlternatePath (551)')},
    {text: 'exceeded storage allocation. the server response was:', replies: ['552'], source: sr('SmtpExceededStorageAllocation', 'ExceededStorageAllocation (552)')},
    {text: 'mailbox name not allowed. the server response was:', replies: ['553'], source: sr('SmtpMailboxNameNotAllowed', 'MailboxNameNotAllowed (553)')},
    {text: 'transaction failed. the server response was:', replies: ['554'], source: sr('SmtpTransactionFailed', 'TransactionFailed (554)')},
  ],
} satisfies MtaFamily;
