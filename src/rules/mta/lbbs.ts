import type {MtaFamily} from '../types.ts';

// LBBS, the Lightweight Bulletin Board System's SMTP server (InterLinked1/lbbs).
const dsn = 'InterLinked1/lbbs nets/net_smtp.c (smtp_dsn: the notice\'s header, text and delivery-status part; delivery_subject_name)';
const queue = 'InterLinked1/lbbs modules/mod_smtp_delivery_external.c (try_send: the stage names; smtp_trigger_dsn; on_queue_file: a notice per queued recipient, the reply\'s last line)';

/**
 * LBBS: a notice per queued recipient in Postfix's words, "<rcpt>:" then, each on a line of its own
 * behind a tab, "host <mx>[<ip>] said:" and the reply's last line, then "(in reply to <stage>
 * command)"; a delivery-status part whose Status is the reply code.
 */
export default {
  id: 'lbbs',
  name: 'LBBS',
  source: `${dsn}; ${queue}`,
  senders: [
    {text: 'mail delivery subsystem', source: `${dsn}: "From: \\"Mail Delivery Subsystem\\" <mailer-daemon@<host>>"`},
  ],
  subjects: [
    {text: 'delivery status notification (failure)', source: `${dsn}: delivery_subject_name, one failed recipient`},
  ],
  bodyMarkers: [
    {text: 'please, do not reply to this message.', source: `${dsn}: "Please, do not reply to this message." below the text's paragraphs`},
  ],
  stages: [
    {text: 'in reply to rcpt from command', stage: 'RCPT TO', source: `${queue}: try_send sets the stage "RCPT FROM" (sic) before RCPT TO; smtp_dsn writes "(in reply to %s command)"`},
  ],
} satisfies MtaFamily;
