// A provider a person names in their own words beside the reply they paste ("yandex returned
// \"550 5.7.1 No such user!\"", "every time I send to a @web.de address ...", "contact gmx.de
// support"): where no server, mark, code or recipient says who answered, the name does. Generated
// from every provider's names and mail domains (`names`, `mailboxDomains` in src/rules/providers)
// around replies that name no provider; the same names inside an address or a longer word, where
// the mail came from, in a template's own clause or in a message's body name none.

import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';
import {providers} from '../../src/rules/index.ts';
import type {ProviderRules} from '../../src/rules/types.ts';

/** Replies no provider documents and no host names: the words around them must say whose they are. */
const replies = [
  '550 5.1.1 Recipient address rejected: User unknown',
  '554 5.7.1 Message refused',
  '452 4.2.2 Mailbox full, try again later',
  '550 Requested action not taken: mailbox unavailable',
];

/** How a person writes a name beside a reply: before it, in its sentence, or after it. */
const sentences: ReadonlyArray<readonly [string, (name: string, reply: string) => string]> = [
  ['the name says who returned it', (name, reply) => `${name} returned "${reply}". What does it mean?`],
  ['the name is where the mail went', (name, reply) => `Every time I send to a ${name} mailbox I get this back:\n\n${reply}\n\nAny idea?`],
  ['the name comes after the reply', (name, reply) => `Our server logs this:\n\n${reply}\n\nThe only way to know why is to ask ${name} support.`],
];

/** A name as a person types it: as the rules write it, capitalised, or in capitals. */
const spellings: ReadonlyArray<(name: string) => string> = [
  (name) => name,
  (name) => name.charAt(0).toUpperCase() + name.slice(1),
  (name) => name.toUpperCase(),
];

const all = providers as readonly ProviderRules[];
const namesOf = (provider: ProviderRules): readonly string[] => [...provider.info.names ?? [], ...provider.info.mailboxDomains ?? []];

describe('the names and mail domains of the providers', () => {
  test('each is lower case, trimmed and one provider\'s alone', () => {
    const owner = new Map<string, string>();
    for (const provider of all) {
      for (const name of namesOf(provider)) {
        expect(name).toBe(name.trim().toLowerCase());
        expect(name.length).toBeGreaterThan(1);
        const known = owner.get(name);
        if (known !== undefined && known !== provider.info.id) expect.fail(`"${name}" names both ${known} and ${provider.info.id}`);
        owner.set(name, provider.info.id);
      }
    }
    expect(owner.size).toBeGreaterThan(200);
  });
});

describe('a provider named beside a pasted reply', () => {
  const cases = all.flatMap((provider) => namesOf(provider).flatMap((name, nameIndex) => sentences.map(([how, write], index) => {
    const spelled = spellings[(nameIndex + index) % spellings.length]!(name);
    return {name: `${provider.info.id}: "${spelled}", ${how}`, text: write(spelled, replies[(nameIndex + index) % replies.length]!), id: provider.info.id};
  })));

  test.each(cases)('$name', ({text, id}) => {
    const decoded = decodeText(text);
    expect(decoded.recipients.map((recipient) => recipient.provider?.id)).toEqual([id]);
    expect(decoded.recipients[0]!.evidence.some((evidence) => evidence.about === 'provider')).toBe(true);
  });
});

describe('which of several names', () => {
  const cases: ReadonlyArray<{name: string; text: string; id: string}> = [
    {name: 'the nearest before the reply', text: 'I use Fastmail for everything. When I send to a web.de address, the reply is 550 5.1.1 User unknown.', id: 'web-de'},
    {name: 'a name before the reply over one after it', text: 'Sending to any @web.de address fails:\n550 5.1.2 invalid DNS MX or A/AAAA resource record\nI can send to Gmail though.', id: 'web-de'},
    {name: 'the first after the reply where none stands before', text: 'The error: 554 5.7.1 Message refused\nIt happens with Yandex and with GMX.', id: 'yandex'},
    {name: 'the longer name at the same place', text: 'Yahoo Japan returned "550 5.1.1 unknown user".', id: 'yahoo-japan'},
  ];
  test.each(cases)('$name', ({text, id}) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.provider?.id)).toEqual([id]);
  });
});

describe('words that name no provider beside a reply', () => {
  const cases: ReadonlyArray<{name: string; text: string}> = [
    {name: 'no name at all', text: 'The server returned "550 5.1.1 Recipient address rejected: User unknown".'},
    {name: 'a name inside a longer word', text: 'The yahoofans list returned "550 5.1.1 Recipient address rejected: User unknown".'},
    {name: 'a name joined by a hyphen', text: 'The gmx-archive list returned "550 5.1.1 Recipient address rejected: User unknown".'},
    {name: 'a mail domain as the label of a longer host name', text: 'The host gmx.de.example.org returned "550 5.1.1 Recipient address rejected: User unknown".'},
    {name: 'a mail domain inside an address', text: 'Mail to bob.gmx.de@example.org got "550 5.1.1 Recipient address rejected: User unknown".'},
    {name: 'where the mail came from', text: 'Mail from yahoo keeps failing: "554 5.7.1 Message refused".'},
    {name: 'where the mail came from, with an article', text: 'Sent from a gmail account, it came back with "554 5.7.1 Message refused".'},
    {name: 'the name as the subject of a template\'s clause', text: 'Gmail will retry for 46 more hours. The last reply was 452 4.2.2 Mailbox full, try again later.'},
  ];
  test.each(cases)('$name', ({text}) => {
    const decoded = decodeText(text);
    expect(decoded.kind).not.toBe('none');
    expect(decoded.recipients.map((recipient) => recipient.provider?.id)).toEqual([undefined]);
  });

  test('a notice\'s own words name its writer, not the server that answered', async () => {
    const message = [
      'Return-Path: <>',
      'Received: from mx.example.org by mail.example.org; Mon, 2 Mar 2026 10:00:00 +0000',
      'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>',
      'To: bob@example.org',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: text/plain',
      '',
      'Your message to alice@example.net could not be delivered to Yandex:',
      '550 5.1.1 Recipient address rejected: User unknown',
      '',
    ].join('\n');
    const decoded = await decode(message);
    expect(decoded.recipients.map((recipient) => [recipient.recipient, recipient.provider?.id])).toEqual([['alice@example.net', undefined]]);
    // Pasted as text, the notice's words are still the notice's.
    expect(decodeText(message).recipients.map((recipient) => recipient.provider?.id)).toEqual([undefined]);
  });

  test('the recipient\'s own mail domain outranks a name in the words', () => {
    const decoded = decodeText('Yandex returned this for alice@gmx.de: 550 5.1.1 Recipient address rejected: User unknown');
    expect(decoded.recipients.map((recipient) => recipient.provider?.id)).toEqual(['gmx']);
  });
});
