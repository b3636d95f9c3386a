import type {MtaFamily} from '../types.ts';

// Citadel, the groupware server of citadel.org (its repository as the SegHaxx/citadel-gay mirror holds it).
const bounce = 'citadel.org citadel (SegHaxx/citadel-gay mirror) citadel/server/modules/smtp/smtp_util.c (smtp_do_bounce: its SDB_BOUNCE_FATALS, SDB_BOUNCE_ALL and SDB_WARN texts; the same failure texts in mingodad/citadel citadel/modules/smtp/serv_smtpqueue.c smtpq_do_bounce and serv_smtpclient.c smtp_do_bounce of earlier releases)';
const client = 'citadel.org citadel (SegHaxx/citadel-gay mirror) citadel/server/modules/smtp/serv_smtpclient.c (smtp_process_one_msg: each recipient as "<code> (<response>)"; trim_response: the reply\'s first line)';

/**
 * Citadel: a multipart/mixed notice whose text lists "<rcpt>: <code> (<first line of the reply>)"
 * under one of three openings: the refusals of an attempt, every recipient given up after five
 * days, or a warning after four hours that delivery goes on. Its subject says "(Failure)" for all three.
 */
export default {
  id: 'citadel',
  name: 'Citadel',
  source: `${bounce}; ${client}`,
  senders: [
    {text: '"citadel" <citadel@', source: `${bounce}: the notice's author "Citadel", which citadel/server/msgbase.c writes "From: \\"Citadel\\" <citadel@<fqdn>>"`},
  ],
  subjects: [
    {text: 'delivery status notification (failure)', source: `${bounce}: the subject of every kind, the delay warning's too`},
  ],
  bodyMarkers: [
    {text: 'a message you sent could not be delivered to some or all of its recipients', source: `${bounce}: the first line of a failure notice (SDB_BOUNCE_FATALS, SDB_BOUNCE_ALL)`},
  ],
  recipientHeadings: [
    {text: 'the following addresses were undeliverable:', source: `${bounce}: an empty line, then "<rcpt>: <code> (<reply>)" per recipient (SDB_BOUNCE_FATALS, SDB_WARN)`},
    {text: 'giving up on the following addresses:', source: `${bounce}: an empty line, then "<rcpt>: <code> (<reply>)" per recipient (SDB_BOUNCE_ALL)`},
  ],
  permanent: [
    {text: 'a message you sent could not be delivered to some or all of its recipients', source: `${bounce}: a refusal (SDB_BOUNCE_FATALS) or the end of the retries (SDB_BOUNCE_ALL)`},
    {text: 'giving up on the following addresses:', source: `${bounce}: SDB_BOUNCE_ALL, five days after the message was queued`},
  ],
  temporary: [
    {text: 'a message you sent has not been delivered to some or all of its recipients.', source: `${bounce}: SDB_WARN, four hours after the message was queued`},
    {text: 'citadel will continue attempting delivery for five days.', source: `${bounce}: SDB_WARN`},
  ],
} satisfies MtaFamily;
