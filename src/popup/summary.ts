/**
 * What the copy buttons put on the clipboard: a plain-text summary to paste into a ticket, and the
 * diagnosis as JSON for tools.
 */
import type {ProviderMatch, RecipientDiagnosis, StatusCodeInfo} from '../decoder/types.ts';
import {message} from '../shared/browser.ts';
import {jsonRecipient} from '../shared/json-record.ts';
import {addressAdvice, verdictOf} from '../shared/verdict.ts';

/** Longest diagnostic the summary quotes; the JSON always has all of it. */
export const summaryDiagnosticLength = 2000;

/**
 * The three parts of an enhanced status code and what each one says.
 *
 * @example
 * statusParts({code: '5.1.1', classTitle: 'Permanent Failure', subjectTitle: 'Addressing Status', detailTitle: 'Bad destination mailbox address', …})
 * //=> [{part: 'class', code: '5', title: 'Permanent Failure'}, {part: 'subject', code: '1', title: 'Addressing Status'}, {part: 'detail', code: '1', title: 'Bad destination mailbox address'}]
 */
export function statusParts(status: StatusCodeInfo): Array<{part: string; code: string; title: string}> {
  const [classCode = '', subjectCode = '', detailCode = ''] = status.code.split('.');
  return [
    {part: message('statusPartClass'), code: classCode, title: status.classTitle},
    {part: message('statusPartSubject'), code: subjectCode, title: status.subjectTitle},
    {part: message('statusPartDetail'), code: detailCode, title: status.detailTitle ?? message('statusDetailUnregistered')},
  ];
}

/** The diagnostic line, cut to `length` with a note of how much is left out. */
export function clipped(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length)}${message('diagnosticClipped', (text.length - length).toLocaleString('en'))}`;
}

/**
 * A plain-text summary of one recipient's diagnosis, for a support ticket: one labelled line per
 * fact, then the steps. Only lines with something to say are included.
 *
 * @example
 * plainTextSummary(diagnosis)
 * //=> 'Recipient: jane.doe@example.com\nVerdict: Permanent failure: the address does not exist\n…'
 */
export function plainTextSummary(diagnosis: RecipientDiagnosis): string {
  const {recipient, replyCode, status, reason, provider, blocklist, action, remoteHost, command, diagnostic} = diagnosis;
  const providerLine = (match: ProviderMatch | undefined) => match && [
    match.name,
    match.code && message('providerCode', match.code),
    match.meaning,
    match.docsUrl,
  ].filter(Boolean).join(' – ');
  const line = (label: string, value: string | undefined): string[] => (value === undefined || value === '' ? [] : [`${label}: ${value}`]);
  const lines = [
    ...line(message('fieldRecipient'), recipient ?? message('recipientUnknown')),
    ...line(message('fieldVerdict'), verdictOf(diagnosis).text),
    ...line(message('fieldReason'), `${reason.title} (${reason.id})`),
    ...line(message('fieldReplyCode'), replyCode && `${replyCode.code} – ${replyCode.meaning}`),
    ...line(message('fieldStatusCode'), status && `${status.code} – ${statusParts(status).map(({title}) => title).join(' / ')}`),
    ...line(message('fieldHardBounce'), addressAdvice(diagnosis)),
    ...line(message('fieldProvider'), providerLine(provider)),
    ...line(message('fieldBlocklist'), blocklist?.id === provider?.id ? undefined : providerLine(blocklist)),
    ...line(message('fieldRemoteHost'), remoteHost),
    ...line(message('fieldCommand'), command),
    ...line(message('fieldWhatToDo'), action.summary),
    ...action.steps.map((step, index) => `  ${index + 1}. ${step}`),
    ...(action.retry ? [`  ${message('retrySchedule')} ${action.retry.schedule}`, `  ${message('retryGiveUp')} ${action.retry.giveUpAfter}`] : []),
    ...line(message('fieldDiagnostic'), clipped(diagnostic, summaryDiagnosticLength)),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The diagnosis as indented JSON: the record the command line's `--json` prints for a recipient,
 * with the same field names and ids.
 *
 * @example
 * JSON.parse(diagnosisJson(diagnosis)).reason
 * //=> 'userunknown'
 */
export function diagnosisJson(diagnosis: RecipientDiagnosis): string {
  return `${JSON.stringify(jsonRecipient(diagnosis), undefined, 2)}\n`;
}
