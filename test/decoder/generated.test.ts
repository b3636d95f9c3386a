// Generated cases: every mail-server family's template (test/decoder/templates) rendered around
// replies it has never been tuned on (provider rows, every registry code, replies without codes,
// multi-line and long replies), raw with three kinds of line ends and as webmail text. Then, per
// family, tables of positive and negative cases about the notice's own structure.

import {describe, expect, test} from 'vitest';
import {decode} from '../../src/decoder/index.ts';
import {
  buildCases, casesFor, type ExpectedRecipient, families, type Form, forms, type GeneratedCase,
  generatedCases, namesAReason, neutralTexts, outcome, project, reasonOfStatus, replyPool, type ReplySpec,
} from './generate.ts';
import {mailingListOriginal, originalAddresses, plainOriginal, quotedBounceOriginal, wrapLines} from './templates/common.ts';
import type {FamilyTemplate} from './templates/index.ts';
import {stalwart} from './templates/stalwart.ts';

describe('the generator', () => {
  test('neutral texts name no reason, so that the enhanced code decides', () => {
    expect(neutralTexts.map((text) => [text, namesAReason(text)]).filter(([, reason]) => reason !== undefined)).toEqual([]);
  });

  test("every family has cases, and the whole stays near twenty thousand (a bound on the unit tests' running time)", () => {
    const counts = new Map(families.map((family) => [family.id, generatedCases.filter((item) => item.family === family.id).length]));
    expect([...counts.values()].every((count) => count >= 100)).toBe(true);
    expect(generatedCases.length).toBeLessThanOrEqual(22_500);
  });

  test('the sample is the same on every run', () => {
    expect(buildCases().map((item) => item.name)).toEqual(generatedCases.map((item) => item.name));
  });
});

describe.each(families.map((family) => [family.id]))('generated %s notices', (id) => {
  test.each(generatedCases.filter((item) => item.family === id))('$name', async (item) => {
    const result = await decode(item.input);
    expect(project(result, item)).toEqual({kind: item.kind, recipients: item.recipients});
  });
});

/** Text as copied from a rendering that puts each line in a paragraph of its own: a blank line after every line. */
function doubleSpaced(text: string): string {
  return text.split('\n').join('\n\n');
}

/** Text as a mail client forwards it as plain text: every line longer than 72 columns wrapped at a space. */
const wrapped = (text: string) => wrapLines(text, 72);

/** Text as pasted into an indented block (a block quote, an indented reply): every line indented. */
function indented(text: string): string {
  return text.split('\n').map((line) => (line === '' ? line : `    ${line}`)).join('\n');
}

/** A text as a reply quotes it: an attribution line, then every line behind "> ". */
function quotedInReply(text: string): string {
  return `On Mon, 1 Jun 2026 at 10:00, Mail Delivery System <MAILER-DAEMON@example.net> wrote:\n${text.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n')}`;
}

/** A text quoted by a reply to that reply, as Thunderbird and Outlook nest it: every line behind ">> ". */
function quotedInReplyToReply(text: string): string {
  return `On Tue, 2 Jun 2026 at 09:00, Alice <alice@example.net> wrote:\n> ${quotedInReply(text).split('\n').map((line) => (line.startsWith('>') ? `>${line}` : line)).join('\n')}`;
}

/** A text quoted three replies deep, as Gmail and Apple Mail nest it: every line behind "> > > ". */
function quotedThreeDeep(text: string): string {
  return text.split('\n').map((line) => (line === '' ? '> > >' : `> > > ${line}`)).join('\n');
}

/**
 * Text as Outlook or Word turn a rendered notice into plain text (a copy, a forward): every link
 * its text then its target in angle brackets, an address's link a mailto one.
 */
function withLinkTargets(text: string): string {
  return text
    .replace(/(?<![<\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w>-])/g, (address) => `${address}<mailto:${address}>`)
    .replace(/https?:\/\/[^\s<>]+[^\s<>.,)]/g, (url) => `${url}<${url}>`);
}

/**
 * Text as a word processor or a blog shows it: each pair of straight double quotes curled, and
 * every dash without a space between it and the next made a typographic one ("--" an en dash).
 */
function typographic(text: string): string {
  return text.replace(/"([^"\n]*)"/g, '\u201c$1\u201d').replace(/ -- /g, ' \u2013 ').replace(/ - /g, ' \u2013 ');
}

/**
 * Text as Markdown renders it (an issue tracker, a forum, a help page), pasted without a code block:
 * the lines of each paragraph run together, separated by a space; blank lines still part paragraphs.
 */
function markdownRendered(text: string): string {
  return text.split(/\n[ \t]*\n/).map((paragraph) => paragraph.split('\n').map((line) => line.trim()).filter((line) => line !== '').join(' ')).join('\n\n');
}

/**
 * Text as a page shows it that keeps addresses from turning into links or mentions: an invisible
 * zero-width space after every "@" (release notes, bots' comments, address pages), which a copy keeps.
 */
function unlinkedAddresses(text: string): string {
  return text.replace(/@/g, '@\u200b');
}

/**
 * Text as a page's source holds it, escaped for HTML (a list archive's page, a Markdown source): its
 * ampersands, angle brackets and double quotes written as character references.
 */
function htmlEscaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Text as a message's source holds it, encoded quoted-printable (RFC 2045 §6.7), and copied without
 * its MIME headers: "=" written "=3D", a byte beyond ASCII "=XX", a line longer than 76 characters
 * broken by a soft line break ("=" at the end of a line).
 */
function quotedPrintable(text: string): string {
  const encoded = [...new TextEncoder().encode(text)].map((byte) => (byte === 0x3d || byte > 0x7e ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(byte))).join('');
  return encoded.split('\n').map((line) => {
    const pieces: string[] = [];
    let rest = line;
    while (rest.length > 76) {
      // Never inside an "=XX" escape.
      let cut = 75;
      while (rest[cut - 1] === '=' || rest[cut - 2] === '=') cut--;
      pieces.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    return [...pieces, rest].join('\n');
  }).join('\n');
}

/** Text as a terminal 80 columns wide shows it, copied: every longer line broken at the 80th column, mid-word if so. */
function terminalWrapped(text: string): string {
  return text.split('\n').map((line) => line.match(/.{1,80}/g)?.join('\n') ?? line).join('\n');
}

/**
 * Text as a Markdown source holds it when an editor wrote it from a paste (an issue's or a forum
 * post's text before rendering): every punctuation sign Markdown could read escaped with a backslash
 * (CommonMark §2.4).
 */
function markdownEscaped(text: string): string {
  return text.replace(/[.!\-<>()[\]_*#+|]/g, (sign) => `\\${sign}`);
}

/** A Markdown source that sets each address in bold, or links it ("[a@b](mailto:a@b)"). */
function markdownMarked(text: string): string {
  let count = 0;
  return text.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (address) => (count++ % 2 === 0 ? `**${address}**` : `[${address}](mailto:${address})`));
}

/**
 * A forum post's BBCode source (phpBB's and vBulletin's tags): the notice quoted and indented, each
 * address in an email tag, bare or with its target, as a forum's editor writes them.
 */
function bbCodeMarked(text: string): string {
  let count = 0;
  const marked = text.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (address) => (count++ % 2 === 0 ? `[email]${address}[/email]` : `[email=${address}]${address}[/email]`));
  return `[quote=John][INDENT]${marked}[/INDENT][/quote]`;
}

/** The notice as a program's string holds it, copied from a log or a debugger: its line ends written as `\\n`. */
function stringEscaped(text: string): string {
  return `Error: ${JSON.stringify(text).slice(1, -1)}`;
}

/** The notice as a JSON value copied without the object around it, as Go's encoder escapes it (`\\u003c` for "<"). */
function jsonValueCopied(text: string): string {
  return `  "error": ${JSON.stringify(text).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')},`;
}

/** The notice as a stored HTML body holds it (a ticket system's, a CRM's), copied as source: a `<br>` after each line, no document around it. */
function htmlLinesBroken(text: string): string {
  return text.split('\n').map((line) => htmlEscaped(line)).join('<br>\n');
}

/** The same body with no line end of its own: `<br>` is its only line break. */
function htmlOnOneLine(text: string): string {
  return text.split('\n').map((line) => htmlEscaped(line)).join('<br />');
}

/** The notice as a program logged it line by line, each line under the same prefix (journald's print of a multi-line message). */
function loggedLineByLine(text: string): string {
  return text.split('\n').map((line) => `Mar  2 10:00:01 host mailer[4242]: ${line}`).join('\n');
}

/** The same under docker compose's container name and bar, over an application's timestamp and level. */
function loggedInAContainer(text: string): string {
  return text.split('\n').map((line) => `app-1  | [2026-03-02 10:00:01] production.ERROR: ${line}`).join('\n');
}

/**
 * The notice as a right-to-left page shows it and a copy keeps it (Gmail or Outlook in Hebrew or
 * Arabic): a left-to-right mark around every address, a right-to-left mark at every line's start.
 */
function copiedFromRightToLeftPage(text: string): string {
  return text.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (address) => `\u200e${address}\u200e`).split('\n').map((line) => (line === '' ? line : `\u200f${line}`)).join('\n');
}

/** The notice in a person's message that closes with a signature under its separator (RFC 3676 §4.3), the space lost. */
function signedBelow(text: string): string {
  return `${text}\n\n--\nJohn Smith\nIT Department | Example Corp\njohn.smith@example.com | +1 555 0100\n\nSent from my iPhone`;
}

/** The notice in a person's message that closes with a letter's closing, a name and an address. */
function closedWithThanks(text: string): string {
  return `${text}\n\nThanks,\nJohn Smith\njohn.smith@example.com`;
}

/** A Markdown source that fences the notice as code (CommonMark §4.5), as an issue template asks. */
function markdownFenced(text: string): string {
  return `\`\`\`text\n${text}\n\`\`\``;
}

/** The ways a person's copy changes a notice's text before it is pasted. */
const pastings: readonly (readonly [string, (text: string) => string])[] = [
  ['quoted in a reply', quotedInReply],
  ['quoted in a reply to a reply', quotedInReplyToReply],
  ['quoted three replies deep', quotedThreeDeep],
  ['copied double-spaced', doubleSpaced],
  ['indented as a whole', indented],
  ['forwarded wrapped at 72 columns', wrapped],
  ['copied from Outlook with its links\' targets', withLinkTargets],
  ['copied through a word processor', typographic],
  ['rendered as Markdown', markdownRendered],
  ['copied from a page that keeps its addresses unlinked', unlinkedAddresses],
  ['copied from a page\'s source, escaped for HTML', htmlEscaped],
  ['copied from a message\'s source, quoted-printable', quotedPrintable],
  ['copied from a terminal 80 columns wide', terminalWrapped],
  ['written into a Markdown source by an editor that escapes punctuation', markdownEscaped],
  ['written into a Markdown source, its addresses bold or linked', markdownMarked],
  ['written into a Markdown source, fenced as code', markdownFenced],
  ['written into a forum post\'s BBCode, its addresses in email tags', bbCodeMarked],
  ['copied from a program\'s string, its line ends escaped', stringEscaped],
  ['copied as a JSON value without its object', jsonValueCopied],
  ['copied from a stored HTML body, a <br> after each line', htmlLinesBroken],
  ['copied from a stored HTML body on one line', htmlOnOneLine],
  ['copied from a right-to-left page with its direction marks', copiedFromRightToLeftPage],
  ['logged line by line under one syslog prefix', loggedLineByLine],
  ['logged line by line in a container', loggedInAContainer],
  ['signed below by the person who pastes it', signedBelow],
  ['closed with thanks, a name and an address', closedWithThanks],
];

describe.each(families.flatMap((family) => pastings.map(([how, paste]) => [family.id, how, paste] as const)))('generated %s notices, %s and pasted', (id, _how, paste) => {
  // The webmail text of a sample of the family's notices: the way it was copied changes no decoding.
  test.each(generatedCases.filter((item) => item.family === id && item.form === 'webmail').slice(0, 12))('$name', async (item) => {
    const result = await decode(paste(item.input));
    expect(project(result, item)).toEqual({kind: item.kind, recipients: item.recipients});
  });
});

/**
 * A site's note above the notice's text (ZMailer's reports carry the site's "Generic ... note"
 * between their opening words and the report): an address alone on a line of its own, where to
 * write, no recipient.
 */
function withSiteNote(text: string): string {
  return `Generic site note:  Joining/leaving our lists thru server:\n\t\t\tlists-admin@lists.example.net\n\n${text}`;
}

// The note's address stands alone, with nothing of a failure, where the notice's recipients carry
// their replies: it is no recipient. (Where a family shows no reply, an address alone may be all
// it says of a recipient; those notices are left out.)
describe.each(families.map((family) => [family.id]))('generated %s notices with a site\'s note naming an address', (id) => {
  const cases = generatedCases.filter((item) => item.family === id && item.form === 'webmail'
    && item.recipients.every((recipient) => recipient.replyCode !== undefined || recipient.status !== undefined)).slice(0, 6);
  test.each(cases.length > 0 ? cases : [undefined])('%#', async (item) => {
    if (item === undefined) return;
    const result = await decode(withSiteNote(item.input));
    expect(project(result, item)).toEqual({kind: item.kind, recipients: item.recipients});
  });
});

// A list of recipients whose paragraph Markdown ran into one line ("a@x b@y", "<a@x> delivery failed;
// ... <b@y> delivery failed; ...") under the paragraph that heads it: every recipient is still one,
// with its codes and permanence, and the kind. As for a flattened notice, the reason is not
// asserted: a recipient's block may run on into the template's own sentences, which may name
// another cause (Exchange 2003's "did not report a specific reason", X.400's "Unknown Address").
describe.each(families.filter((family) => generatedCases.some((item) => item.family === family.id && item.form === 'webmail' && item.recipients.length > 1)).map((family) => [family.id]))('generated %s notices to several recipients, rendered as Markdown and pasted', (id) => {
  test.each(generatedCases.filter((item) => item.family === id && item.form === 'webmail' && item.recipients.length > 1).slice(0, 6))('$name', async (item) => {
    const rendered = markdownRendered(item.input).trimEnd();
    const want = item.recipients.map(({reason: _reason, ...codes}) => codes);
    // With the line end a copy leaves after its last line, or without it: the same.
    for (const pasted of [rendered, `${rendered}\n`]) expect(project(await decode(pasted), {recipients: want})).toEqual({kind: item.kind, recipients: want});
  });
});

/** The subject line of a raw notice's own header block. */
function subjectOf(raw: string): string {
  const head = raw.slice(0, raw.search(/\r?\n\r?\n|\r\r/));
  return /^Subject: (.*)$/m.exec(head.replace(/\r\n?/g, '\n'))?.[1] ?? 'Undeliverable: Quarterly report';
}

/** Lines of HTML as a mailer converting text writes them: a <br> after each. */
function linesBroken(lines: readonly string[]): string {
  return lines.join('<br>\n');
}

/** Lines of HTML as a web client's compose window writes them: a division each, "<div><br></div>" an empty one. */
function linesAsDivisions(lines: readonly string[]): string {
  return `<div dir="ltr">${lines.map((line) => `<div>${line === '' ? '<br>' : line}</div>`).join('')}</div>`;
}

/**
 * Lines of HTML as Gmail forwards a message it quotes in a reply: a line of the person's, the
 * attribution naming the notice's sender, then the notice in a <blockquote>, its lines apart by <br>
 * and its indents collapsed as any HTML's spaces are.
 */
function linesInGmailQuote(lines: readonly string[]): string {
  return `<div dir="ltr">FYI<br></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Jun 1, 2026 at 10:00 AM Mail Delivery System &lt;MAILER-DAEMON@example.net&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${lines.join('<br>')}</blockquote></div>`;
}

/**
 * A notice re-sent by a mailer that kept only its HTML part's words (a ticket system, a CRM's
 * inbox): a multipart/alternative whose text/plain part is empty and whose text/html part holds the
 * notice, nothing encoded (7bit), so its tags reach the reader unless the part is read as HTML.
 */
function resentAsHtmlOnly(text: string, subject: string, layout: (lines: readonly string[]) => string): string {
  const html = layout(text.split('\n').map((line) => htmlEscaped(line)));
  return [
    'From: "Mail Delivery System" <mailer-daemon@mail.example.org>',
    'To: sender@example.org',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="--==_mimepart_resent"',
    'Content-Transfer-Encoding: 7bit',
    '',
    '----==_mimepart_resent',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 7bit',
    '',
    '',
    '----==_mimepart_resent',
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: 7bit',
    '',
    `<html><body><p><font face="Tahoma">${html}</font></p></body></html>`,
    '----==_mimepart_resent--',
    '',
  ].join('\n');
}

/**
 * The ways a notice's words come back as HTML only: a mailer that kept its HTML part's words (a
 * `<br>` after each line); Gmail's or Outlook's compose window forwarding a pasted text (a division
 * per line: divisions side by side are lines, not paragraphs, so the blocks stay as the text part
 * had them); Gmail quoting it in a reply under an attribution that names its sender, its indents
 * gone (a block of header fields it quotes, Messaging Server's, then starts its lines after an
 * address).
 */
const htmlLayouts: readonly (readonly [string, (lines: readonly string[]) => string])[] = [
  ['re-sent with only their HTML part\'s words', linesBroken],
  ['forwarded from a web client that writes a division per line', linesAsDivisions],
  ['quoted in an HTML reply under its attribution line', linesInGmailQuote],
];

describe.each(families.flatMap((family) => htmlLayouts.map(([how, layout]) => [family.id, how, layout] as const)))('generated %s notices, %s', (id, _how, layout) => {
  // The webmail text of a sample of the family's notices, under the subject its raw form has.
  const cases = generatedCases.filter((item) => item.family === id && item.form === 'webmail').slice(0, 12);
  test.each(cases)('$name', async (item) => {
    const raw = generatedCases.find((other) => other.name === item.name.replace('| webmail |', '| raw-lf |'))?.input;
    const result = await decode(resentAsHtmlOnly(item.input, subjectOf(raw ?? ''), layout));
    expect(project(result, item)).toEqual({kind: item.kind, recipients: item.recipients});
  });
});

describe.each(families.map((family) => [family.id]))('generated %s notices, raw, signed below by the person who pastes them', (id) => {
  // A raw notice pasted with its header and a signature under it: the signature's address is no
  // recipient, whatever the notice names.
  const cases = generatedCases.filter((item) => item.family === id && item.form === 'raw-lf').slice(0, 12);
  test.each(cases)('$name', async (item) => {
    const result = await decode(`${item.input.trimEnd()}\n\n-- \nJohn Smith\njohn.smith@example.com\n`);
    expect(project(result, item)).toEqual({kind: item.kind, recipients: item.recipients});
  });
});

/**
 * Gmail's notice as its web page shows it: the HTML part, whose headings stand bare where the text
 * part frames them ("** Message not delivered **") and whose help link is its words alone.
 */
function asGmailShowsIt(text: string): string {
  return text.replace(/^\*\* (.+) \*\*$/gm, '$1').replace(/^Learn more here: \S+$/gm, 'Learn more');
}

// The current layouts' web page; the legacy delay notice has no framed heading and no "Learn more here:" line.
describe.each(families.filter((family) => family.id.startsWith('gmail') && family.id !== 'gmail-legacy-delay').map((family) => [family.id]))('generated %s notices, as the web page shows them and pasted', (id) => {
  test.each(generatedCases.filter((item) => item.family === id && item.form === 'webmail'))('$name', async (item) => {
    expect(asGmailShowsIt(item.input)).not.toBe(item.input);
    const result = await decode(asGmailShowsIt(item.input));
    expect(project(result, item)).toEqual({kind: item.kind, recipients: item.recipients});
  });
});

/** Gmail's sentence as a copy that lost the space after its linked address writes it ("...delivered to bob@example.orgbecause ..."). */
function spaceLostAfterAddress(text: string): string {
  return text.replace(/(@[\w.-]+\.[a-z]{2,}) because /g, '$1because ');
}

describe.each(families.filter((family) => generatedCases.some((item) => item.family === family.id && item.form === 'webmail' && spaceLostAfterAddress(item.input) !== item.input)).map((family) => [family.id]))('generated %s notices, the space after the address lost and pasted', (id) => {
  test.each(generatedCases.filter((item) => item.family === id && item.form === 'webmail' && spaceLostAfterAddress(item.input) !== item.input).slice(0, 24))('$name', async (item) => {
    const result = await decode(spaceLostAfterAddress(item.input));
    expect(project(result, item)).toEqual({kind: item.kind, recipients: item.recipients});
  });
});

/** What a person selects of a notice to paste it: from the first line naming the failed recipient to the end. */
function selectedFromRecipient(text: string, address: string): string {
  const lines = text.split('\n');
  return lines.slice(lines.findIndex((line) => line.toLowerCase().includes(address))).join('\n').trim();
}

/** Each family's webmail notices to one recipient whose reply the text shows, as selected from that recipient on. */
function selectionsOf(id: string): GeneratedCase[] {
  return generatedCases
    .filter((item) => item.family === id && item.form === 'webmail' && item.recipients.length === 1 && item.recipients[0]!.replyCode !== undefined)
    .map((item) => ({...item, input: selectedFromRecipient(item.input, item.recipients[0]!.recipient)}))
    .filter((item) => !generatedCases.some((whole) => whole.name === item.name && whole.input.trim() === item.input));
}

// Families whose text opens on the recipient's line, or shows no reply, have no such selection.
const selectedFamilies = families.map((family) => [family.id, selectionsOf(family.id)] as const).filter(([, selections]) => selections.length > 0);

describe.each(selectedFamilies)('generated %s notices, selected from the failed recipient on and pasted', (_id, selections) => {
  // Without the notice's heading, the selection may no longer say failure or delay, nor name the
  // server that answered: its recipient and the reply's codes are what it must still give.
  test.each(selections)('$name', async (item) => {
    const [{recipient, replyCode, status, permanent}] = item.recipients as [ExpectedRecipient];
    const result = await decode(item.input);
    expect(project(result, {recipients: [{recipient, replyCode, status, permanent}]}).recipients).toEqual([{recipient, replyCode, status, permanent}]);
  });
});

describe('a report\'s Status that only spells out a reply code without an enhanced code names no cause', () => {
  // Stalwart writes the digits of "421 ..." as "Status: 4.2.1" (dsn.rs write_dsn_status): the
  // notice's report must say no more of the cause than its text, which has only the reply.
  const options = {remoteHost: 'mx.example.net', remoteIp: '192.0.2.10', original: plainOriginal};
  test.each(replyPool()['no-code'].map((spec) => [spec.reply]))('%s', async (reply) => {
    const rendered = stalwart.render([{address: 'bob@example.com', reply}], options);
    const [fromReport] = (await decode(rendered.raw)).recipients;
    const [fromText] = (await decode(rendered.webmail)).recipients;
    expect([fromReport?.status?.code, fromReport?.reason.id]).toEqual([reply.slice(0, 3).split('').join('.'), fromText?.reason.id]);
  });

  test.each([
    ['its own enhanced code', '421 4.2.1 Mailbox disabled', 'suspend'],
    ['another reply code', '450 Try later', 'suspend'],
  ])('a Status of 4.2.1 beside a reply with %s still counts', async (_name, reply, reason) => {
    const input = `From: MAILER-DAEMON@example.org\nSubject: Delivery Status Notification\nContent-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nDelayed.\n\n--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.example.org\n\nFinal-Recipient: rfc822; bob@example.com\nAction: delayed\nStatus: 4.2.1\nDiagnostic-Code: smtp; ${reply}\n\n--b--\n`;
    expect((await decode(input)).recipients.map((recipient) => recipient.reason.id)).toEqual([reason]);
  });
});

/** Text as a page shows it that renders it without its line ends, or as pasted into a field of one line. */
function flattened(text: string): string {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '').join(' ');
}

/**
 * What a flattened notice of each family still loses, where it loses something; every other family
 * gives back its recipients, in order, with their codes and permanence, and its kind. The reason is
 * not asserted: a recipient's block then runs on into the template's own sentences, which may name
 * another cause ("did not report a specific reason", "will give up").
 */
const flattenedShortfalls: Readonly<Record<string, 'codes' | 'recipients'>> = {
  // None left: a reply alone on its line after its frame's host (GMX's "host: <name>") or after a
  // banner (Active!hunter's "----- Transcript of session follows -----") starts its line again, a
  // banner that opens the administrator's section (X.400) ends the last recipient's line, and a
  // recipient followed by the same template words as the one before (PowerMTA's "delivery failed;
  // will not continue trying") opens its own block.
};

/** A family's flattened cases: its first dozen webmail notices and every one to several recipients. */
function flattenedCases(id: string): GeneratedCase[] {
  const webmail = generatedCases.filter((item) => item.family === id && item.form === 'webmail');
  return webmail.filter((item, index) => index < 12 || item.recipients.length > 1);
}

describe.each(families.map((family) => [family.id, flattenedShortfalls[family.id]] as const))('generated %s notices, flattened to one line and pasted', (id, shortfall) => {
  // Lines broken again where the templates break them (relined) give the recipients back, with their
  // replies; whatever is found, no address of the returned original is ever taken for a failed recipient.
  // The same holds under a title a person wrote above the flattened text ("bounce back").
  test.each(flattenedCases(id).flatMap((item) => [
    {...item, text: flattened(item.input)},
    {...item, name: `${item.name}, under a title`, text: `bounce back\n${flattened(item.input)}`},
  ]))('$name', async (item) => {
    const result = await decode(item.text);
    const failed = item.recipients.map((recipient) => recipient.recipient);
    const found = result.recipients.map((recipient) => recipient.recipient);
    expect(found.filter((address) => address !== undefined && !failed.includes(address))).toEqual([]);
    if (shortfall === 'recipients') return;
    expect(found).toEqual(failed);
    if (shortfall === 'codes') return;
    const want = item.recipients.map(({reason: _reason, ...codes}) => codes);
    expect(project(result, {recipients: want})).toEqual({kind: item.kind, recipients: want});
  });
});

describe('a quoted notice', () => {
  test.each([
    ['a Sendmail transcript keeps its own ">>>" lines', '... while talking to mx.example.org.:\n>>> RCPT To:<bob@example.org>\n<<< 550 5.1.1 <bob@example.org>... User unknown\n>>> DATA\n<<< 554 5.5.1 Error: no valid recipients\n', 'bob@example.org', '550'],
    ['two quoted lines in a notice are its own text', '<bob@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 user unknown\n> quoted line one\n> quoted line two\n', 'bob@example.org', '550'],
  ] as const)('%s', async (_name, text, recipient, reply) => {
    const [first] = (await decode(text)).recipients;
    expect([first?.recipient, first?.replyCode?.code]).toEqual([recipient, reply]);
  });
});

// ---------------------------------------------------------------------------------------------
// Per-family tables: the structure of each notice, with positive and negative cases.

const neutral = (code: string, status: string): ReplySpec => ({reply: `${code} ${status} ${neutralTexts[0]!}`, source: 'status-code', statusReason: reasonOfStatus(status)});

/** A failure reply for bounce families, a temporary one for delay notices. */
function replyFor(family: FamilyTemplate): ReplySpec {
  return family.kind === 'delay' ? neutral('452', '4.2.2') : neutral('550', '5.1.1');
}

function secondReplyFor(family: FamilyTemplate): ReplySpec {
  return family.kind === 'delay' ? neutral('451', '4.7.1') : neutral('554', '5.7.1');
}

function render(family: FamilyTemplate, specs: readonly ReplySpec[], addresses: readonly string[], original: string, form: Form): GeneratedCase {
  return casesFor(family, specs, addresses, original).find((item) => item.form === form)!;
}

const rawAndWebmail: readonly Form[] = ['raw-lf', 'webmail'];
const returnedAddresses = Object.values(originalAddresses).map((address) => address.toLowerCase());

describe.each(families.map((family) => [family.id, family] as const))('%s notice structure', (_id, family) => {
  describe('positive', () => {
    test.each(forms)('one recipient: its address, codes, permanence and reason (%s)', async (form) => {
      const item = render(family, [replyFor(family)], ['alice@example.com'], plainOriginal, form);
      const result = await decode(item.input);
      expect(project(result, item)).toEqual({kind: item.kind, recipients: item.recipients});
    });

    // Families that write one notice per recipient (Exchange Online's newer layout) have no such case.
    if (family.multipleRecipients) {
      test.each(rawAndWebmail)('two recipients: in order, each with its own reply (%s)', async (form) => {
        const item = render(family, [replyFor(family), secondReplyFor(family)], ['alice@example.com', 'bob.smith@example.net'], plainOriginal, form);
        const result = await decode(item.input);
        expect(project(result, item)).toEqual({kind: item.kind, recipients: item.recipients});
      });
    }

    test.each(rawAndWebmail)('a notice returning a mailing-list message still gives its recipient (%s)', async (form) => {
      const item = render(family, [replyFor(family)], ['alice@example.com'], mailingListOriginal, form);
      const result = await decode(item.input);
      expect(result.recipients.map((recipient) => recipient.recipient)).toEqual(['alice@example.com']);
    });
  });

  describe('negative', () => {
    test.each(rawAndWebmail)('the returned original\'s From, To, Cc, Reply-To and List-Help addresses are no failed recipients (%s)', async (form) => {
      const item = render(family, [replyFor(family)], ['alice@example.com'], mailingListOriginal, form);
      const result = await decode(item.input);
      const found = result.recipients.map((recipient) => recipient.recipient?.toLowerCase());
      expect(found.filter((address) => address !== undefined && returnedAddresses.includes(address))).toEqual([]);
    });

    test.each(rawAndWebmail)('"X-Mailman-Version: 2.1.5" in the returned original is no status code (%s)', async (form) => {
      const item = render(family, [replyFor(family)], ['alice@example.com'], mailingListOriginal, form);
      const result = await decode(item.input);
      expect(result.kind).not.toBe('delivered');
      expect(result.recipients.map((recipient) => recipient.status?.code)).not.toContain('2.1.5');
    });

    test.each(rawAndWebmail)('a bounce quoted in the returned original\'s body is not this notice\'s (%s)', async (form) => {
      const item = render(family, [replyFor(family)], ['alice@example.com'], quotedBounceOriginal, form);
      const result = await decode(item.input);
      expect(result.recipients.map((recipient) => recipient.recipient)).not.toContain('old.bounce@example.net');
      if (form === 'webmail' && !family.replyInWebmail) return;
      expect(result.recipients.map((recipient) => recipient.status?.code)).not.toContain('5.2.2');
    });

    test.each(rawAndWebmail)('the notice\'s own sender (MAILER-DAEMON, postmaster) is no failed recipient (%s)', async (form) => {
      const item = render(family, [replyFor(family)], ['alice@example.com'], plainOriginal, form);
      const result = await decode(item.input);
      const found = result.recipients.map((recipient) => recipient.recipient ?? '');
      expect(found.filter((address) => /mailer-daemon|postmaster|^@$|^<>$/i.test(address))).toEqual([]);
    });

    if (family.kind === 'bounce') {
      test.each(rawAndWebmail)('a failure notice whose last reply was temporary is a bounce, not a delay: the server gave up (%s)', async (form) => {
        const result = await decode(render(family, [neutral('451', '4.3.0')], ['alice@example.com'], plainOriginal, form).input);
        expect(result.kind).toBe('bounce');
      });
    } else {
      test.each(rawAndWebmail)('a delay notice is not a bounce: the server is still retrying (%s)', async (form) => {
        const result = await decode(render(family, [neutral('451', '4.4.7')], ['alice@example.com'], plainOriginal, form).input);
        expect(result.kind).toBe('delay');
        expect(result.recipients.every((recipient) => recipient.permanent === false)).toBe(true);
      });
    }
  });
});

/**
 * A notice's delivery-status part copied alone (RFC 3464 §2: a block of per-message fields, then
 * one per recipient), as a ticket or a forum post quotes the report: with its blank lines, without
 * them (a paste often loses them), with CRLF. The extension fields a family writes into it
 * (Postfix's "X-Postfix-Queue-ID", "X-Postfix-Sender") make it no message header. Its recipients,
 * codes and permanence are the report's.
 */
describe('a delivery-status part pasted alone', () => {
  const reports = families.flatMap((family) => {
    if (family.statusField === undefined) return [];
    const item = family.multipleRecipients
      ? render(family, [replyFor(family), secondReplyFor(family)], ['alice@example.com', 'bob@example.net'], plainOriginal, 'raw-lf')
      : render(family, [replyFor(family)], ['alice@example.com'], plainOriginal, 'raw-lf');
    const part = /^content-type:[ \t]*message\/delivery-status[^\n]*\n(?:[ \t]*[^\n]+\n)*?\n([\s\S]*?)\n--/im.exec(item.input)?.[1];
    return part === undefined ? [] : [{id: family.id, part: `${part.trim()}\n`}];
  });
  const pastings: readonly (readonly [string, (part: string) => string])[] = [
    ['as written', (part) => part],
    ['without its blank lines', (part) => part.replace(/\n{2,}/g, '\n')],
    ['with CRLF', (part) => part.replace(/\n/g, '\r\n')],
  ];
  // Without its blank lines a part splits where each recipient's block opens: at its
  // Original-Recipient or Final-Recipient, as RFC 3464 §2.3 orders the fields. A family that writes
  // them in another order (maddy puts Final-Recipient last) needs its blank lines.
  const opensWithRecipient = (part: string) => part.split(/\n\n+/).slice(1).every((block) => /^(?:original|final)-recipient:/i.test(block));
  const cases = reports.flatMap(({id, part}) => pastings
    .filter(([pasting]) => pasting !== 'without its blank lines' || opensWithRecipient(part))
    .map(([pasting, paste]) => ({name: `${id}, ${pasting}`, part, text: paste(part)})));

  /**
   * What the part says of each recipient, read from its fields: the address, the reply code the
   * Diagnostic-Code quotes, the more precise of the enhanced codes of the Diagnostic-Code and
   * the Status field (a class alone, "5.0.0", is the less precise), and the Status's class.
   */
  function reportedIn(part: string) {
    return part.split(/\n\n+/).filter((block) => /^final-recipient:/im.test(block)).map((block) => {
      const value = (name: string) => new RegExp(`^${name}:[ \\t]*([^\\n]*(?:\\n[ \\t][^\\n]*)*)`, 'im').exec(block)?.[1];
      const diagnostic = value('diagnostic-code')?.replace(/^[a-z-]+;[ \t]*/i, '');
      const statusField = value('status')!.trim();
      const codes = [/\b[245]\.\d{1,3}\.\d{1,3}\b/.exec(diagnostic ?? '')?.[0], statusField].filter((code) => code !== undefined);
      return {
        recipient: /rfc822;[ \t]*<?([^\s>]+)/i.exec(value('final-recipient')!)![1]!.toLowerCase(),
        // The reply code where the diagnostic quotes a reply: at its start, or within (mox writes the
        // enhanced code first, the server's reply in parentheses after it).
        replyCode: /(?:^|[\s(])([245]\d\d)(?=[ -])/.exec(diagnostic ?? '')?.[1],
        status: codes.find((code) => !code.endsWith('.0.0')) ?? codes[0],
        permanent: statusField.startsWith('5'),
      };
    });
  }

  test('the families write delivery-status parts to copy', () => {
    expect(reports.length).toBeGreaterThanOrEqual(15);
  });

  test.each(cases)('$name', async ({part, text}) => {
    const {recipients} = await decode(text);
    expect(recipients.map((recipient) => ({
      recipient: recipient.recipient, replyCode: recipient.replyCode?.code, status: recipient.status?.code, permanent: recipient.permanent,
    }))).toEqual(reportedIn(part));
  });

  test.each([
    ['a message header with an extension field', 'Received: from mail.example.net\nX-Mailer: Example 1.0\nFrom: ann@example.net\nSubject: Hello\n\nStatus: 5.1.1 is what I saw\n'],
  ])('%s stays a message', async (_name, text) => {
    expect((await decode(text)).format).toBe('raw-message');
  });
});

/**
 * A multipart notice's body copied from its first delimiter line on (RFC 2046 §5.1.1), its header
 * left behind, as a message's source view or a ticket's stored body shows it: the parts hold the
 * notice, and the decoding is the whole message's, its recipients, codes, reasons and permanence.
 */
describe('a multipart notice pasted from its first delimiter line', () => {
  const multipart = families.flatMap((family) => {
    const item = render(family, [replyFor(family)], ['alice@example.com'], plainOriginal, 'raw-lf');
    const boundary = /^content-type:[ \t]*multipart\/[^\n]*boundary="?([^"\n;]+)"?/im.exec(item.input)?.[1];
    return boundary === undefined ? [] : [{name: family.id, input: item.input, body: item.input.slice(item.input.indexOf(`\n--${boundary}\n`) + 1)}];
  });

  test('the families render multipart notices to cut', () => {
    expect(multipart.length).toBeGreaterThanOrEqual(20);
  });

  test.each(multipart)('$name', async ({input, body}) => {
    const whole = await decode(input);
    const pasted = await decode(body);
    expect(pasted.format).toBe('raw-message');
    expect(outcome(pasted)).toEqual(outcome(whole));
  });

  test.each([
    ['a line of dashes over a field of prose', '--\nContent: what the message said\n550 5.1.1 bob@example.org: User unknown\n'],
    ['a signature separator over a name', '--\nBob Smith\nSupport\n'],
  ])('%s is no multipart body', async (_name, text) => {
    expect((await decode(text)).format).toBe('text');
  });
});

describe('the returned original alone', () => {
  test.each([
    ['a plain message', plainOriginal],
    ['a mailing-list message', mailingListOriginal],
  ])('%s is no bounce', async (_name, original) => {
    const result = await decode(original);
    expect(result.kind).toBe('none');
    expect(result.recipients).toEqual([]);
  });
});

/**
 * Exchange's delay DSN with its user information in a language the rules hold no words for: each
 * sentence and heading of it replaced by a placeholder. Exchange writes its own verdict for every
 * recipient in English whatever the language ("Server at ... returned '400 4.4.7 Message delayed'"),
 * and that verdict alone says the message is still being retried.
 */
function inAnotherLanguage(text: string): string {
  const userSentences = [
    /^Delivery is delayed to these recipients or groups:$/m,
    /^This message hasn't been delivered yet\. Delivery will continue to be attempted\.$/m,
    /^The server will keep trying to deliver this message for the next .*$/m,
    /^Diagnostic information for administrators:$/m,
    /^Generating server:/m,
    /^Receiving server:/m,
    /^Subject:/m,
  ];
  return userSentences.reduce((written, sentence, index) => written.replace(sentence, `[sentence ${index + 1} in another language]`), text);
}

/** The same, with no dated line of the last attempt under the verdict (a notice cut short, or no attempt yet). */
function withoutLastAttempt(text: string): string {
  return text.replace(/^\d{1,2}\/\d{1,2}\/\d{4} [^\n]* - Remote Server at [^\n]*\n/gm, '');
}

describe('generated exchange-delay notices, their user information in another language', () => {
  const delays = generatedCases.filter((item) => item.family === 'exchange-delay' && item.form === 'webmail');
  test.each(delays)('$name', async (item) => {
    expect(inAnotherLanguage(item.input)).not.toContain('Delivery is delayed');
    const result = await decode(inAnotherLanguage(item.input));
    expect(project(result, item)).toEqual({kind: item.kind, recipients: item.recipients});
  });

  test.each(delays)('$name, without the last attempt\'s line', async (item) => {
    const input = withoutLastAttempt(inAnotherLanguage(item.input));
    expect(input).not.toMatch(/AM - Remote Server/);
    expect((await decode(input)).kind).toBe('delay');
  });
});

/**
 * A raw notice as a page that shows a paste's lines as a list keeps it: every blank line gone, the
 * one under its header and those around its parts' boundaries and fields included (RFC 5322 §2.1,
 * RFC 2046 §5.1.1). The decoder puts them back and reads the notice as it was.
 */
function blankLinesLost(raw: string): string {
  return raw.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '').join('\n');
}

describe.each(families.map((family) => [family.id]))('generated %s notices, their blank lines lost', (id) => {
  test.each(generatedCases.filter((item) => item.family === id && item.form === 'raw-lf').slice(0, 8))('$name', async (item) => {
    const result = await decode(blankLinesLost(item.input));
    expect(project(result, item)).toEqual({kind: item.kind, recipients: item.recipients});
  });
});

/**
 * A raw notice a copy left below a blank line or two (a selection started above the message, a paste
 * box that keeps the line the person pressed Enter on): the message begins with its first header
 * field (RFC 5322 §2.1), so the lines above it change nothing, with LF or CRLF line ends.
 */
describe.each(families.map((family) => [family.id]))('generated %s notices, raw, below blank lines', (id) => {
  test.each(generatedCases.filter((item) => (item.form === 'raw-lf' || item.form === 'raw-crlf') && item.family === id).slice(0, 4))('$name', async (item) => {
    const lineEnd = item.form === 'raw-crlf' ? '\r\n' : '\n';
    for (const above of [lineEnd, `${lineEnd} \t${lineEnd}`]) {
      expect(project(await decode(above + item.input), item)).toEqual({kind: item.kind, recipients: item.recipients});
    }
  });
});

/**
 * A raw notice quoted in a reply or a forward, every line under "> " (">" alone on an empty line, as
 * mail clients quote): read unquoted, it is the message it was.
 */
/** The same, where the copy also lost the blank line under the notice's header. */
describe.each(families.map((family) => [family.id]))('generated %s notices, raw, their header\'s blank line lost, quoted in a reply', (id) => {
  test.each(generatedCases.filter((item) => item.form === 'raw-lf' && item.family === id).slice(0, 2))('$name', async (item) => {
    const blank = item.input.indexOf('\n\n');
    const joined = `${item.input.slice(0, blank)}\n${item.input.slice(blank + 2)}`;
    const quoted = joined.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
    expect(project(await decode(quoted), item)).toEqual(project(await decode(joined), item));
  });
});

describe.each(families.map((family) => [family.id]))('generated %s notices, raw, quoted in a reply', (id) => {
  test.each(generatedCases.filter((item) => item.form === 'raw-lf' && item.family === id).slice(0, 4))('$name', async (item) => {
    const quoted = item.input.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
    expect(project(await decode(quoted), item)).toEqual({kind: item.kind, recipients: item.recipients});
  });
});
