import type {DecodeResult, RecipientDiagnosis} from '../decoder/index.ts';
import type {JsonRecipient, JsonRecord} from '../shared/json-record.ts';

export type {JsonRecipient, JsonRecord};

/**
 * The two output forms of the command line: one JSON line per input, or a readable summary. Bounce
 * text is hostile input, so neither form lets it reach a terminal as control sequences.
 */

// JSON.stringify leaves C1 controls (U+0080–U+009F, where U+009B is a CSI on some terminals), DEL and
// the line separators raw; escaped, the line parses to the same value.
const unsafeInJson = /[\u007f-\u009f\u2028\u2029]/g;

function escapeUnsafe(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * One input as one line of JSON, newline included.
 *
 * @example
 * jsonLine({file: 'a.txt', error: 'no such file or directory'})
 * //=> '{"file":"a.txt","error":"no such file or directory"}\n'
 */
export function jsonLine(record: JsonRecord): string {
  return `${JSON.stringify(record).replace(unsafeInJson, escapeUnsafe)}\n`;
}

// Controls (C0, DEL, C1) and the bidirectional overrides that can make text read differently.
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are stripped from hostile text
const unsafeOnTerminal = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Longest diagnostic shown in the summary; the JSON form keeps it whole. */
const maxDiagnosticLength = 1000;

/**
 * Text from the input made safe for a terminal and fit for one line.
 *
 * @example
 * oneLine('550 \u001b[2J user\n unknown') //=> '550 \uFFFD[2J user unknown'
 */
export function oneLine(text: string, maxLength = Infinity): string {
  const flat = text.replace(/\s+/g, ' ').trim().replace(unsafeOnTerminal, '\uFFFD');
  return flat.length > maxLength ? `${flat.slice(0, maxLength)}… (${flat.length - maxLength} more characters)` : flat;
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

function recipientSummary(recipient: RecipientDiagnosis): string[] {
  const {replyCode, status, provider} = recipient;
  const statusTitles = status
    ? [status.classTitle, status.subjectTitle, status.detailTitle].filter((title) => title !== undefined && title !== '')
    : [];
  const lines = [
    `  ${recipient.recipient ? oneLine(recipient.recipient) : '(recipient not named)'}`,
    `    reply code:  ${replyCode ? `${replyCode.code} ${replyCode.meaning}` : 'none'}`,
    `    status:      ${status ? `${status.code} ${statusTitles.join(' / ')}` : 'none'}`,
    ...(status?.providerMeaning ? [`    meaning:     ${oneLine(status.providerMeaning.text)} (${oneLine(status.providerMeaning.provider)}'s meaning of ${status.code})`] : []),
    `    reason:      ${recipient.reason.title} (${recipient.reason.id})`,
    `    hard bounce: ${yesNo(recipient.hardBounce)}`,
    `    failure:     ${recipient.permanent === undefined ? 'unknown' : recipient.permanent ? 'permanent' : 'temporary'}`,
    `    provider:    ${provider ? `${provider.name}${provider.code ? `, code ${oneLine(provider.code)}` : ''}` : 'unknown'}`,
    ...(recipient.blocklist && recipient.blocklist.id !== provider?.id ? [`    blocklist:   ${recipient.blocklist.name}`] : []),
    `    action:      ${recipient.action.summary}`,
  ];
  if (recipient.diagnostic.trim() !== '') lines.push(`    diagnostic:  ${oneLine(recipient.diagnostic, maxDiagnosticLength)}`);
  return lines;
}

/** How an input is named in readable output: the file, and the message's number in an mbox. */
export function inputName(file: string, message?: number): string {
  return message === undefined ? oneLine(file) : `${oneLine(file)} (message ${message})`;
}

/**
 * The readable summary of one decoded input, ending with a blank line.
 *
 * @example
 * summary('note.txt', {kind: 'none', format: 'text', recipients: []})
 * //=> 'note.txt: none (text): no delivery failure found\n\n'
 */
export function summary(file: string, result: DecodeResult, message?: number): string {
  const count = result.recipients.length;
  const name = inputName(file, message);
  const head = count === 0 || result.kind === 'none'
    ? `${name}: ${result.kind} (${result.format}): no delivery failure found${count === 0 ? '' : `; a login was refused, as explained below`}`
    : `${name}: ${result.kind} (${result.format})${result.feedbackType ? `, feedback type ${oneLine(result.feedbackType)}` : ''}, ${count} recipient${count === 1 ? '' : 's'}`;
  return `${[head, ...result.recipients.flatMap(recipientSummary)].join('\n')}\n\n`;
}
