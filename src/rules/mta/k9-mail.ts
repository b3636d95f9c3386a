import type {MtaFamily} from '../types.ts';

// K-9 Mail (Thunderbird for Android): a refusal by the outgoing server reaches the user as its
// exception's message, "Negative SMTP reply: " then the server's code and text, under its
// notification that some messages could not be sent (the message stays in the Outbox and is sent
// again, so the words say no more than the reply's class).
const exception = 'thundernest/k-9 (k9mail/k-9) mail/protocols/smtp/src/main/java/com/fsck/k9/mail/transport/smtp/NegativeSmtpReplyException: super("Negative SMTP reply: " + replyCode + " " + replyText, isPermanentSmtpError(replyCode)), permanent for 5xx only; its SmtpTransportTest asserts "Negative SMTP reply: 535 5.7.1 ..."';

/** K-9 Mail's error for a refused command, carrying the server's reply. */
export default {
  id: 'k9-mail',
  name: 'K-9 Mail / Thunderbird for Android',
  source: exception,
  replyIntroductions: [
    {text: 'negative smtp reply: ', source: exception},
    // Pasted from the notification, the blank after the colon is sometimes lost.
    {text: 'negative smtp reply:', source: `${exception} (as a notification's text is copied)`},
  ],
} satisfies MtaFamily;
