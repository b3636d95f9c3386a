// A notice's list of failed recipients that names each mailbox with its display name, under a
// heading of any language: RFC 5322's name-addr (§3.4: "Russ Winter <russ@example.com>", the name
// quoted or not) or the name with the address in parentheses, as Outlook shows an NDR's list. Each
// is a failed recipient with the words below it. Generated over headings the rules do not know
// (other languages, a rephrased English one), the name forms, and 1, 2 and 5 recipients, with LF
// and CRLF. A mailbox with its name elsewhere (a page's sender line, a quotation's attribution, a
// header field, a template's sentence in lower case) names no recipient.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {mtaFamilies} from '../../src/rules/mta/index.ts';

const headings = [
  'Échec de la remise pour ces destinataires ou groupes :',
  'Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:',
  'La entrega a estos destinatarios o grupos ha fallado:',
  'Delivery failed for these recipients or groups:',
];

const names = [
  ['a name and the address in parentheses', (name: string, address: string) => `${name} (${address})`],
  ['a name-addr', (name: string, address: string) => `${name} <${address}>`],
  ['a quoted name-addr', (name: string, address: string) => `"${name}" <${address}>`],
] as const;

// The last two carry a comment in parentheses after the name (RFC 5322 §3.2.2), as directories
// name a department.
const people = ['Russ Winter', 'José García', 'Ann', 'Jean-Luc O\'Neil', 'Ирина Петрова', 'Vicky Stuart (Cardiff and Vale UHB - Complaints)', 'Ann Lee (Sales)'];
const mailboxes = (count: number) => Array.from({length: count}, (_, index) => `person${index + 1}@example.org`);

const cause = 'The recipient\'s mailbox is full and can\'t accept messages now. Please try resending your message later, or contact the recipient directly.';

function notice(heading: string, lines: readonly string[], eol: string): string {
  return [heading, '', ...lines.flatMap((line) => [line, cause, '']), ''].join('\n').replaceAll('\n', eol);
}

const generated = headings.flatMap((heading) => names.flatMap(([form, write]) => [1, 2, 5].flatMap((count) => ['\n', '\r\n'].flatMap((eol) => [0, 5].map((first) => {
  const addresses = mailboxes(count);
  return {
    name: `"${heading}", ${form}, ${count} recipient(s), ${eol === '\n' ? 'LF' : 'CRLF'}${first === 0 ? '' : ', names with a comment'}`,
    text: notice(heading, addresses.map((address, index) => write(people[(first + index) % people.length]!, address)), eol),
    addresses,
  };
})))));

describe('generated: a list of named mailboxes under a heading', () => {
  test.each(generated)('$name', ({text, addresses}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((recipient) => recipient.recipient)).toEqual(addresses);
    expect(result.recipients.map((recipient) => recipient.reason.id)).toEqual(addresses.map(() => 'mailboxfull'));
  });
});

describe('a named mailbox that stands in no list names no recipient', () => {
  test.each([
    ['a page\'s sender line on top', `Russ Winter <russ@example.com>\n10:02 AM (5 minutes ago)\n\n${cause}\n`],
    ['a quotation\'s attribution', `Delivery failed for these recipients or groups:\n\nRuss Winter <russ@example.com> wrote:\n${cause}\n`],
    ['a header field', `Delivery failed for these recipients or groups:\nTo: Russ Winter <russ@example.com>\n${cause}\n`],
    ['a template\'s sentence in lower case', `Delivery failed for these recipients or groups:\n\nplease contact <postmaster@example.com>\n${cause}\n`],
    ['a heading far above', `Delivery failed for these recipients or groups:\n${'Some words of the notice.\n'.repeat(14)}Russ Winter (russ@example.com)\n${cause}\n`],
  ])('%s', (_name, text) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).not.toContain('russ@example.com');
  });
});

/**
 * A template's lead-in before a recipient named with its display name (RFC 5322 §3.4's name-addr):
 * "Your message to Russ Winter <russ@example.com> couldn't be delivered". Generated over every
 * family's lead-ins that end in "to" or "to:" (the rules' `recipientLeadIns`) and the name forms above.
 */
describe('generated: a lead-in, then the recipient with its display name', () => {
  const leadIns = [...new Set(mtaFamilies.flatMap((family) => (family.recipientLeadIns ?? []).map((row) => row.text)))]
    .filter((text) => /^[a-z].* to:?$/.test(text));
  const cases = leadIns.flatMap((leadIn) => names.map(([form, write]) => ({
    name: `"${leadIn}", ${form}`,
    text: `${leadIn[0]!.toUpperCase()}${leadIn.slice(1)} ${write('Russ Winter', 'russ@example.com')} failed.\n550 5.1.1 User unknown\n`,
  })));

  test('the rules hold such lead-ins', () => {
    expect(leadIns.length).toBeGreaterThanOrEqual(3);
  });

  test.each(cases)('$name', ({text}) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).toEqual(['russ@example.com']);
  });

  test.each([
    ['words in lower case between', 'Your message to my old friend <russ@example.com> failed.\n550 5.1.1 User unknown\n'],
    ['a name after no lead-in', 'Thanks from Russ Winter <russ@example.com>, see you.\n550 5.1.1 User unknown\n'],
  ])('%s: no recipient', (_name, text) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.recipient)).not.toContain('russ@example.com');
  });
});
