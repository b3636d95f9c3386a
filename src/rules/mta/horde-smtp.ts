import type {MtaFamily} from '../types.ts';

// Horde_Smtp (horde/Smtp lib/Horde/Smtp/Exception.php), the SMTP client of Horde's webmail and of
// the applications that bundle it (Nextcloud Mail's Horde_Mail transport): a refused command reaches
// the application as a Horde_Smtp_Exception whose message, for the reply codes the class lists, is
// Horde's own sentence in place of the server's words ("Any code not listed here will get the
// details of the error message as returned from the server"). A log or an error page prints that
// sentence alone, without the code.
const exception = 'horde/Smtp lib/Horde/Smtp/Exception.php: Horde_Smtp_Exception::setSmtpCode(), the raw_msg set for each listed reply code';

/**
 * The sentences that stand for their reply code (`impliedReplies`). Those that are RFC 5321's own
 * texts of their codes ("Mailbox unavailable." for 450, "Insufficient system storage." for 452) are
 * left out: any server prints them beside the code, and they name nothing Horde's alone.
 */
export default {
  id: 'horde-smtp',
  name: 'Horde_Smtp (Horde, Nextcloud Mail)',
  source: exception,
  impliedReplies: [
    {text: 'message could not be delivered - the address was not found, is unknown, or is not receiving messages.', replies: ['550'], source: `${exception}: case 550, MAILBOX_UNAVAILABLE`},
    {text: 'could not open secure tls connection to the server.', replies: ['454'], source: `${exception}: case 454, LOGIN_TLSFAILURE`},
    {text: 'server requires authentication.', replies: ['530'], source: `${exception}: case 530, LOGIN_REQUIREAUTHENTICATION`},
    {text: 'server is not accepting smtp connections.', replies: ['554'], source: `${exception}: case 554, DISCONNECT`},
  ],
} satisfies MtaFamily;
