import type {MtaFamily} from '../types.ts';

const dsn = 'stalwartlabs/mail-server crates/smtp/src/reporting/dsn.rs (build_dsn)';
const dsnText = 'stalwartlabs/mail-server crates/smtp/src/reporting/dsn.rs (write_dsn_text: "<rcpt> (host \'<host>\' rejected command \'<command>\' with code <code> (<x.y.z>) \'<text>\')")';
const events = 'stalwartlabs/mail-server crates/trc/src/event/description.rs (each event\'s description, logged as "<description> (<id>)" with its fields as "key = value": QueueEvent::Rescheduled "Message rescheduled for delivery" (queue.rescheduled), its span\'s to = ["<rcpt>"]; DeliveryEvent::DsnTempFail "DSN temporary failure notification", DsnPermFail "DSN permanent failure notification")';
const commandDetails = 'stalwartlabs/mail-server crates/smtp/src/queue (a refusal\'s details are the command sent, as "RCPT TO:<rcpt>"), written by dsn.rs write_dsn_text as "rejected command \'<command>\'"';

/** Stalwart Mail Server: one notice for failures, delays and successes, worded by what it holds. */
export default {
  id: 'stalwart',
  name: 'Stalwart Mail Server',
  source: 'stalwartlabs/mail-server crates/smtp/src/reporting/dsn.rs',
  subjects: [
    {text: 'failed to deliver message', source: `${dsn}: the subject of a notice of failures only`},
    {text: 'warning: delay in message delivery', source: `${dsn}: the subject of a notice of delays only`},
    {text: 'warning: temporary and permanent failures during message delivery', source: `${dsn}: the subject of a notice of failures and delays`},
  ],
  bodyMarkers: [
    {text: 'your message could not be delivered to the following recipients:', source: `${dsn}: the first line of a notice of failures only`},
    {text: 'there was a temporary problem delivering your message to the following recipients:', source: `${dsn}: the first line of a notice of delays only`},
    {text: 'your message could not be delivered to some recipients:', source: `${dsn}: the first line of a notice of failures and delays`},
  ],
  recipientHeadings: [
    {text: 'your message could not be delivered to the following recipients:', source: `${dsn}: each recipient follows on a line of its own`},
    {text: 'there was a temporary problem delivering your message to the following recipients:', source: dsn},
    {text: '----- delivery to the following addresses failed -----', source: `${dsn}: the failures of a mixed notice`},
    {text: '----- there was a temporary problem delivering to these addresses -----', source: `${dsn}: the delays of a mixed notice`},
  ],
  recipientLeadIns: [
    {text: 'to = ["<', source: `${events}: a recipient of the event's span, to = ["<rcpt>"]`},
    {text: 'to = ["', source: `${events}: the same, the address without its brackets, to = ["rcpt"]`},
  ],
  permanent: [
    {text: 'your message could not be delivered to the following recipients:', source: `${dsn}: written only when every recipient failed for good`},
    {text: 'dsn permanent failure notification (delivery.dsn-perm-fail)', source: events},
    {text: 'failed to deliver message', source: `${dsn}: the subject of a notice of failures only`},
  ],
  temporary: [
    {text: 'there was a temporary problem delivering your message to the following recipients:', source: `${dsn}: written only when every recipient is still retried`},
    {text: 'message rescheduled for delivery (queue.rescheduled)', source: events},
    {text: 'dsn temporary failure notification (delivery.dsn-temp-fail)', source: events},
    {text: 'warning: delay in message delivery', source: `${dsn}: the subject of a notice of delays only`},
  ],
  stages: [
    {text: 'rejected command \'rcpt to:<', stage: 'RCPT TO', source: commandDetails},
    {text: 'rejected command \'mail from:<', stage: 'MAIL FROM', source: commandDetails},
    {text: 'rejected command \'data\'', stage: 'DATA', source: commandDetails},
    {text: 'rejected command \'ehlo ', stage: 'HELO', source: commandDetails},
  ],
  replyIntroductions: [
    {text: '\' with code ', source: dsnText},
  ],
  delivered: [
    {text: 'your message has been successfully delivered to the following recipients:', source: `${dsn}: the first line of a notice of successes only`},
    {text: 'successfully delivered message', source: `${dsn}: its subject`},
  ],
} satisfies MtaFamily;
