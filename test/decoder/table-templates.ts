/**
 * Tables of delivery records as CSV with their header line, for test/decoder/table-shapes.test.ts:
 * PowerMTA's accounting file (src/rules/mta/powermta.ts cites its guide), SendGrid's exported
 * bounce list and Mailgun's bounce list as its CSV import takes it (sendgrid.ts, mailgun.ts),
 * rendered around the reply pool. Expectations come from the pool's data, never from the decoder.
 */
import {replyPool, type ReplySpec, sampleOf} from './generate.ts';
import {parseReply} from './templates/common.ts';
import {expectationOf, type Expected} from './webhook-templates.ts';

/** One service's table: its header's columns and a row of a recipient's reply, as its source lays them out. */
export interface TableTemplate {
  readonly id: string;
  /** The family id in src/rules/mta whose `webhook` shape reads the rows. */
  readonly family: string;
  readonly columns: readonly string[];
  readonly row: (address: string, reply: string) => readonly string[];
  /** Whether the table gives the enhanced code in a column of its own (a generic one when the reply has none). */
  readonly statusField: boolean;
  readonly kind: 'bounce' | 'delay';
  /** Which replies the table holds: a delay's are temporary. */
  readonly replies: (pool: ReturnType<typeof replyPool>) => readonly ReplySpec[];
}

const oneLine = (reply: string) => reply.split('\n').join(' ');
const statusOf = (reply: string) => parseReply(reply).status ?? `${reply[0]}.0.0`;
const failures = (id: string) => (pool: ReturnType<typeof replyPool>) => [
  ...sampleOf(`${id} provider`, pool.provider, 16),
  ...sampleOf(`${id} status`, pool['status-code'], 16),
  ...pool['no-code'],
  ...sampleOf(`${id} multi-line`, pool['multi-line'], 2),
];

// PowerMTA User's Guide §11.2.9 and §12.2: the record type first, then the configured fields.
const acctColumns = ['type', 'timeLogged', 'timeQueued', 'orig', 'rcpt', 'orcpt', 'dsnAction', 'dsnStatus', 'dsnDiag', 'dsnMta', 'bounceCat', 'srcType', 'vmta', 'jobId'];
const acctRow = (type: string, action: string) => (address: string, reply: string) => [
  type, '2026-03-02 10:00:03+0000', '2026-03-02 09:58:00+0000', 'news@example.net', address, '', action,
  `${statusOf(reply)} (delivery status)`, `smtp;${oneLine(reply)}`, 'mx.example.net (192.0.2.10)', 'other', 'smtp', 'vmta-1', 'job-7',
];

export const tableTemplates: readonly TableTemplate[] = [
  {id: 'powermta bounce records', family: 'powermta', columns: acctColumns, row: acctRow('b', 'failed'), statusField: true, kind: 'bounce', replies: failures('powermta b')},
  {
    id: 'powermta transient records', family: 'powermta', columns: acctColumns, row: acctRow('t', 'delayed'), statusField: true, kind: 'delay',
    replies: (pool) => sampleOf('powermta t', pool['status-code'].filter((spec) => spec.reply.startsWith('4')), 12),
  },
  // SendGrid's bounce list as its app exports it: the reply keeps its line breaks, quoted.
  {id: 'sendgrid bounce list', family: 'sendgrid', columns: ['status', 'reason', 'email', 'created'], row: (address, reply) => [statusOf(reply), reply, address, '1772445600'], statusField: true, kind: 'bounce', replies: failures('sendgrid csv')},
  {
    id: 'mailgun bounce list', family: 'mailgun', columns: ['address', 'code', 'error', 'created_at'], statusField: false, kind: 'bounce', replies: failures('mailgun csv'),
    row: (address, reply) => [address, parseReply(reply).code, oneLine(reply), 'Mon, 02 Mar 2026 10:00:00 UTC'],
  },
];

/** A field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const addresses = ['alice@example.com', 'bob.smith@example.net', 'carol+news@example.org', 'dave_ops@mail.example.com', 'erin@sub.example.net'];

export interface TableCase {
  readonly name: string;
  readonly input: string;
  readonly kind: 'bounce' | 'delay';
  readonly recipients: readonly Expected[];
}

export function tableCasesOf(template: TableTemplate): TableCase[] {
  const replies = template.replies(replyPool());
  const cases: TableCase[] = [];
  const groups = [
    ...replies.map((spec) => [spec]),
    ...sampleOf(`${template.id} 2`, replies, 3).map((first, index) => [first, ...sampleOf(`${template.id} 2 ${index}`, replies, 1)]),
    ...sampleOf(`${template.id} 5`, replies, 3).map((first, index) => [first, ...sampleOf(`${template.id} 5 ${index}`, replies, 4)]),
  ];
  groups.forEach((specs, index) => {
    const lines = [template.columns.join(','), ...specs.map((spec, row) => template.row(addresses[row]!, spec.reply).map(csvField).join(','))];
    const lineEnd = index % 2 === 0 ? '\n' : '\r\n';
    const table = lines.join(lineEnd);
    const framings = [['alone', table], ['between lines of prose', ['Here is the export from this morning:', '', table, '', 'Any idea why these bounce?'].join(lineEnd)]] as const;
    for (const [framing, input] of framings) {
      cases.push({
        name: `${template.id} | ${framing} | ${lineEnd === '\n' ? 'LF' : 'CRLF'} | ${specs.length} rows | ${oneLine(specs[0]!.reply).slice(0, 60)}`,
        input,
        kind: template.kind,
        recipients: specs.map((spec, row) => expectationOf(addresses[row]!, spec, template.statusField)),
      });
    }
  });
  return cases;
}
