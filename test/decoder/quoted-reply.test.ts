/**
 * A relay's summary that quotes the remote server's reply typed "smtp;" (RFC 3464 §2.3.6, the
 * diagnostic type of a remote SMTP server's reply), as Exchange relays another server's refusal:
 * "Remote Server returned '554 5.7.0 < #5.7.133 smtp;550 5.7.133 ...>'". The quoted reply is the
 * remote server's own and says why; the relay's summary code does not. Generated around the
 * registry's enhanced codes (each in a reply of neutral words), under several summaries.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyPool} from './generate.ts';
import {parseReply} from './templates/common.ts';

const summaries = ['554 5.7.0', '550 5.0.0', '554 5.0.0'];
const replies = replyPool()['status-code'].filter((spec) => !spec.reply.includes('\n') && parseReply(spec.reply).status !== undefined).filter((_spec, index) => index % 3 === 0);

function exchangeNotice(line: string): string {
  return `Delivery has failed to these recipients or groups:\n\nbob@example.org\n\nDiagnostic information for administrators:\n\nGenerating server: EX01.example.net\n\nbob@example.org\nRemote Server returned '${line}'\n`;
}

describe('the remote server\'s reply a relay\'s summary quotes', () => {
  test('the pool holds replies to quote', () => {
    expect(replies.length).toBeGreaterThan(20);
  });

  test.each(replies.flatMap((spec, index) => {
    const summary = summaries[index % summaries.length]!;
    const {code, status} = parseReply(spec.reply);
    return [{name: `${summary} < #${status} smtp;${spec.reply}>`, line: `${summary} < #${status} smtp;${spec.reply}>`, code, status, reason: spec.statusReason}];
  }))('$name', ({line, code, status, reason}) => {
    const [first] = decodeText(exchangeNotice(line)).recipients;
    expect([first?.replyCode?.code, first?.status?.code]).toEqual([code, status]);
    if (reason !== undefined) expect(first?.reason.id).toBe(reason);
  });
});

/** Amazon SES's summary of a refusal: its own status and words, then the remote reply in quotes after "550-'". */
function sesReport(quoted: string): string {
  return `Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.0.0 (permanent failure)\nRemote-MTA: dns; [192.0.2.9]\nDiagnostic-Code: smtp; 5.1.0 - Unknown address error ${quoted} (delivery attempts: 0)\n`;
}

describe('the remote server\'s reply SES\'s summary quotes after "550-\'"', () => {
  test.each(replies.map((spec) => {
    const {code, status} = parseReply(spec.reply);
    return {name: spec.reply.slice(0, 60), quoted: `${code}-'${spec.reply.slice(4)}'`, code, status, reason: spec.statusReason};
  }))('$name', ({quoted, code, status, reason}) => {
    const [first] = decodeText(sesReport(quoted)).recipients;
    expect([first?.replyCode?.code, first?.status?.code]).toEqual([code, status]);
    if (reason !== undefined) expect(first?.reason.id).toBe(reason);
  });

  // A quoted reply with no enhanced code of its own: the summary's code says more than the
  // report's 5.0.0, and stays (the reply code is still the remote server's).
  test.each([
    ['5.1.0 - Unknown address error', '550-\'Unknown user bob@example.org\'', '550', '5.1.0'],
    ['5.3.0 - Other mail system problem', '550-\'Unknown user bob@example.org\'', '550', '5.3.0'],
    ['5.3.0 - Other mail system problem', '552-\'Requested mail action aborted\'', '552', '5.3.0'],
    ['5.3.0 - Other mail system problem', '550-\'5.7.1 Access denied\'', '550', '5.7.1'],
  ])('summary "%s" over %s', (summary, quoted, code, status) => {
    const text = `Final-Recipient: rfc822; bob@example.org\nAction: failed\nStatus: 5.0.0 (permanent failure)\nDiagnostic-Code: smtp; ${summary} ${quoted} (delivery attempts: 0)\n`;
    const [first] = decodeText(text).recipients;
    expect([first?.replyCode?.code, first?.status?.code]).toEqual([code, status]);
  });

  test('the summary\'s own words name no cause over the quoted reply\'s', () => {
    const [first] = decodeText(sesReport('550-\'5.7.1 <bob@example.org>... Access denied\'')).recipients;
    expect(first?.reason.id).not.toBe('userunknown');
  });
});

/** Sendmail's summary line of a recipient whose message is itself a reply (usrerr's "<address>... <message>"). */
describe('the reply Sendmail\'s summary line quotes after the address', () => {
  test.each(replies.filter((spec) => spec.reply[0] !== '2').map((spec) => {
    const {code, status} = parseReply(spec.reply);
    return {name: spec.reply.slice(0, 60), line: `554 <bob@example.org>... ${spec.reply}`, code, status};
  }))('$name', ({line, code, status}) => {
    const [first] = decodeText(`----- Transcript of session follows -----\n${line}\n`).recipients;
    expect([first?.replyCode?.code, first?.status?.code]).toEqual([code, status]);
  });

  test.each([
    ['550 <bob@example.org>... User unknown', '550'],
    ['554 <bob@example.org>... Remote protocol error', '554'],
    ['554 <bob@example.org>... 2 recipients refused', '554'],
  ])('%s keeps its own code', (line, code) => {
    expect(decodeText(`----- Transcript of session follows -----\n${line}\n`).recipients[0]?.replyCode?.code).toBe(code);
  });
});

describe('what is no quoted reply', () => {
  test.each([
    ['a report\'s own diagnostic type', 'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown', '550', '5.1.1'],
    ['a success quoted after a failure', '550 5.1.1 User unknown (earlier smtp; 250 2.1.0 Sender OK)', '550', '5.1.1'],
    ['"smtp;" without a code', '554 5.7.1 rejected by smtp; policy', '554', '5.7.1'],
  ])('%s', (_name, line, code, status) => {
    const [first] = decodeText(`<bob@example.org>: ${line}`).recipients;
    expect([first?.replyCode?.code, first?.status?.code]).toEqual([code, status]);
  });
});

/**
 * A wrapper's own "other or undefined" status (X.0.0, RFC 3463 §3.1) before the remote server's
 * words that carry a precise one of the same class: maddy's "550 5.0.0 mx.example.net. said: 5.7.1
 * ..." (go-smtp's wrapping of the reply it got). The precise code is the remote's, and says why;
 * another class's code, or a second x.0.0, does not replace the wrapper's.
 */
describe('a wrapper\'s x.0.0 before the remote server\'s precise code', () => {
  const statuses = replyPool()['status-code'].map((spec) => parseReply(spec.reply).status).filter((status): status is string => status !== undefined && /^5\./.test(status) && !status.endsWith('.0.0'));
  test.each([...new Set(statuses)].filter((_status, index) => index % 2 === 0))('550 5.0.0 mx.example.net. said: %s', (status) => {
    const [first] = decodeText(`<bob@example.org>: 550 5.0.0 mx.example.net. said: ${status} Requested action not taken\n`).recipients;
    expect(first?.status?.code).toBe(status);
  });

  test.each([
    ['another class', '<bob@example.org>: 550 5.0.0 mx.example.net. said: 4.7.1 try later', '5.0.0'],
    ['only x.0.0 codes', '<bob@example.org>: 550 5.0.0 mx.example.net. said: 5.0.0 refused', '5.0.0'],
  ] as const)('%s keeps the wrapper\'s', (_name, line, status) => {
    expect(decodeText(`${line}\n`).recipients[0]?.status?.code).toBe(status);
  });
});
