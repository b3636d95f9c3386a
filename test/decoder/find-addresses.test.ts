/**
 * Addresses in free text: the local part is read back from the at sign as far as RFC 5322's atext
 * goes, up to 256 characters: more than RFC 5321's 64, as Exchange encapsulates a whole X.500 name
 * in one (IMCEA encapsulation: the address its NDRs name for an internal recipient).
 */
import {describe, expect, test} from 'vitest';
import {decapsulated, findAddresses} from '../../src/decoder/find-addresses.ts';
import {decodeText} from '../../src/decoder/index.ts';

const imceaex = 'IMCEAEX-_o=ExchangeLabs_ou=Exchange+20Administrative+20Group+20+28FYDIBOHF23SPDLT+29_cn=Recipients_cn=86595dbec932d461fbdfe93cb1234585e-Joe+20Smit@namprd13.prod.outlook.com';

describe('findAddresses()', () => {
  test.each([
    ['an IMCEAEX address, whole', `${imceaex}\n#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##`, [imceaex]],
    ['an IMCEASMTP address, whole', 'IMCEASMTP-bob+40example+2Eorg@contoso.example.com', ['IMCEASMTP-bob+40example+2Eorg@contoso.example.com']],
    ['a plain address', 'to <bob@example.org>: user unknown', ['bob@example.org']],
    ['two addresses in one line', 'bob@example.org, carol@example.net', ['bob@example.org', 'carol@example.net']],
    ['a capitalized word glued to it by a copy', 'Delivery to the following recipient has been delayed:\nyour@gmail.comMessage will be retried', ['your@gmail.com']],
    ['a domain in capitals', 'BOB@EXAMPLE.ORG', ['BOB@EXAMPLE.ORG']],
    ['a capitalized top-level label', 'bob@Example.Org', ['bob@Example.Org']],
    ['a label of mixed case that is not the last', 'bob@MailHost.example.org', ['bob@MailHost.example.org']],
    ['a template\'s next word glued to it, the sentence going on (Gmail\'s "because")', 'Your message wasn\'t delivered to bob@example.orgbecause the address couldn\'t be found', ['bob@example.org']],
    ['the same word glued to a longer top-level label', 'delivered to inbox@bitcoindev.networkbecause the domain', ['inbox@bitcoindev.network']],
    ['the word at the end of the text: no sentence goes on', 'bob@example.orgbecause', ['bob@example.orgbecause']],
    ['a label that only ends with the word\'s last letters', 'bob@example.cause the', ['bob@example.cause']],
    ['a label too short to hold the word and a top-level label', 'bob@example.xbecause the', ['bob@example.xbecause']],
    ['a log field\'s key glued to it (Zimbra\'s zmlmtpinject)', '[error] Delivery failed msg=local_sent.eml rcpt=bob@example.org response=552 5.2.2 Over quota', ['bob@example.org']],
    ['log fields whose brackets a paste lost', 'relay: TempFail for 66251a4092099e2d: from=alice@example.net, to=bob@example.org, relay=192.0.2.1', ['alice@example.net', 'bob@example.org']],
    ['a key in capitals', 'TO=bob@example.org', ['bob@example.org']],
    ['a dict\'s key as Python prints it', "{'bob@example.org': (550, '5.1.1 unknown')}", ['bob@example.org']],
    ['a unicode key as Python 2 prints it (smtplib\'s refused recipients)', "{u'bob@example.org': (550, 'unknown user')}", ['bob@example.org']],
    ['two such keys', "{u'bob@example.org': (550, 'x'), u'carol@example.net': (550, 'y')}", ['bob@example.org', 'carol@example.net']],
    ['a bytes literal as Python 3 prints it', "[b'bob@example.org']", ['bob@example.org']],
    ['a local part that opens with u and an apostrophe, unquoted', "u'bob@example.org is unknown", ["u'bob@example.org"]],
    ['a name with an apostrophe after a letter u', "to lu'bob@example.org'", ["lu'bob@example.org"]],
    ['an SRS local part keeps its equals signs', 'SRS0=HHH=TT=example.org=bob@forwarder.example.net', ['SRS0=HHH=TT=example.org=bob@forwarder.example.net']],
    ['a VERP local part keeps its equals sign', 'bounces+bob=example.org@lists.example.net', ['bounces+bob=example.org@lists.example.net']],
    ['a word that only starts like a key', 'total=5 tobob=x@example.org', ['tobob=x@example.org']],
    ['a placeholder domain with an underscore', 'user@main_address.de (expanded from', ['user@main_address.de']],
    ['an underscore in a label that is not the first', 'bob@mail.your_domain.com', ['bob@mail.your_domain.com']],
    ['an underscore after it, closing a Markdown emphasis', '_bob@example.org_ is unknown', ['_bob@example.org']],
    // A person hides an address pasted onto a public page under asterisks, a label at a time.
    ['a local part and a domain hidden under asterisks', 'wasn\'t delivered to ********@*******.com because', ['********@*******.com']],
    ['one label hidden', 'to <bob@****.example.org>: user unknown', ['bob@****.example.org']],
    ['asterisks after it, closing a Markdown emphasis', 'bob@example.org** is unknown', ['bob@example.org']],
  ])('%s', (_name, text, addresses) => {
    expect(findAddresses(text).map((found) => found.address)).toEqual(addresses);
  });

  test.each([
    ['no dot in the domain', 'bob@localhost'],
    ['a one-letter top-level label', 'bob@example.x'],
    ['no local part', ' @example.org'],
    ['an underscore in the last label', 'bob@example.o_rg'],
    ['asterisks in a label among its letters', 'bob@ex*mple.com'],
    ['a last label hidden under asterisks', 'bob@example.***'],
  ])('%s: no address', (_name, text) => {
    expect(findAddresses(text)).toEqual([]);
  });

  test('a local part longer than the bound is read no further back than 256 characters', () => {
    const [found] = findAddresses(`${'a'.repeat(1000)}@example.org`);
    expect(found?.address).toBe(`${'a'.repeat(256)}@example.org`);
  });
});

describe('decapsulated(): the SMTP address an IMCEA-encapsulated one carries', () => {
  test.each([
    ['IMCEASMTP-bob+40example+2Eorg@contoso.example', 'bob@example.org'],
    ['imceasmtp-swadmin+40corporate+2ecom@gateway.example.net', 'swadmin@corporate.com'],
    ['IMCEASMTP-bob+2Esmith+40example+2Eorg@contoso.example', 'bob.smith@example.org'],
  ])('%s → %s', (address, inner) => {
    expect(decapsulated(address)).toBe(inner);
  });

  test.each([
    ['an ordinary address', 'bob@example.org'],
    ['an X.500 name (IMCEAEX), which carries no SMTP address', 'IMCEAEX-_o=ExchangeLabs_cn=Recipients_cn=joe@namprd13.prod.outlook.com'],
    ['an inner text that is no whole address', 'IMCEASMTP-bob+40localhost@contoso.example'],
    ['nothing inside', 'IMCEASMTP-@contoso.example'],
  ])('%s: as it is', (_name, address) => {
    expect(decapsulated(address)).toBe(address);
  });

  test('an NDR that names the recipient encapsulated in its diagnostics and plain in its list gives one recipient, with the reply', () => {
    const ndr = [
      'Delivery has failed to these recipients or groups:',
      '',
      'bob@example.org',
      'The email address you entered couldn\'t be found.',
      '',
      'Diagnostic information for administrators:',
      '',
      'Generating server: EX1.contoso.example',
      '',
      'IMCEASMTP-bob+40example+2Eorg@contoso.example',
      'Remote Server returned \'550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\'',
      '',
    ].join('\n');
    expect(decodeText(ndr).recipients.map((found) => [found.recipient, found.replyCode?.code, found.status?.code])).toEqual([['bob@example.org', '550', '5.1.1']]);
  });

  test('a report whose Final-Recipient is encapsulated names the inner address', () => {
    const report = 'Final-Recipient: rfc822; IMCEASMTP-bob+40example+2Eorg@contoso.example\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n';
    expect(decodeText(report).recipients.map((found) => found.recipient)).toEqual(['bob@example.org']);
  });
});

/**
 * Internationalized addresses (RFC 6531 §3.3, RFC 6532: a local part and a domain of UTF-8; RFC 5890:
 * a label's ASCII form, "xn--..."), read in the scripts written with spaces between words. Each
 * address is tried bare, in angle brackets, on a Postfix line and in a Sendmail reply; a notice in a
 * script written without spaces keeps its words out of the address.
 */
describe('internationalized addresses', () => {
  const addresses = [
    ['a Latin local part with accents', 'josé.garcía@correo.example'],
    ['a local part and a domain with umlauts', 'jürgen@bücher.example'],
    ['a Portuguese local part', 'alguém@exemplo.example'],
    ['Cyrillic throughout, a Cyrillic top-level label', 'иван@пример.рф'],
    ['Greek throughout, the IDN test label', 'δοκιμή@παράδειγμα.δοκιμή'],
    ['an A-label domain and top-level label', 'bob@xn--e1afmkfd.xn--p1ai'],
    ['an A-label top-level label of a script written without spaces', 'bob@example.xn--fiqs8s'],
    ['an accent as a combining mark (decomposed)', 'jose\u0301@example.org'],
  ] as const;
  const layouts = [
    ['bare', (address: string) => `Delivery to ${address} failed`],
    ['in angle brackets', (address: string) => `To: <${address}>`],
    ['a Postfix line', (address: string) => `<${address}>: host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)`],
    ['a Sendmail reply', (address: string) => `550 5.1.1 <${address}>... User unknown`],
  ] as const;
  test.each(addresses.flatMap(([name, address]) => layouts.map(([layout, line]) => [`${name}, ${layout}`, line(address), address] as const)))('%s', (_name, text, address) => {
    expect(findAddresses(text).map((found) => found.address)).toEqual([address]);
  });

  test.each([
    ['Japanese words glued before and after', '宛先アドレスbob@example.jpは存在しません', 'bob@example.jp'],
    ['Chinese words glued before', '收件人bob@example.cn不存在', 'bob@example.cn'],
    ['Korean words glued before', '받는사람bob@example.kr', 'bob@example.kr'],
    ['a full-width bracket before', '（bob@example.jp）', 'bob@example.jp'],
  ])('%s: the ASCII address alone', (_name, text, address) => {
    expect(findAddresses(text).map((found) => found.address)).toEqual([address]);
  });

  test.each([
    ['a top-level label of digits', 'bob@example.123'],
    ['a top-level label of one letter', 'иван@пример.р'],
    // Its A-label form, "bob@example.xn--fiqs8s", is read (above).
    ['a Han top-level label, a script written without spaces', 'bob@example.中国'],
  ])('%s: no address', (_name, text) => {
    expect(findAddresses(text)).toEqual([]);
  });

  test('a Sendmail refusal of one, quoted in a client\'s error in Portuguese, is a failed recipient', () => {
    const text = 'A mensagem não pode ser enviada porque um dos destinatários foi rejeitado pelo servidor. O endereço rejeitado foi \'<alguém@exemplo.example>\'. Resposta do Servidor: \'550 <alguém@exemplo.example>... Reencaminhamento Negado\', Porta: 25';
    expect(decodeText(text).recipients.map((found) => [found.recipient, found.replyCode?.code, found.permanent])).toEqual([['alguém@exemplo.example', '550', true]]);
  });
});

// A shell's prompt before a command a person ran and pasted (bash's defaults: Fedora's and RHEL's
// "[\u@\h \W]\$ ", Debian's "\u@\h:\w\$ ") is a login and a host, no mailbox. Generated over logins,
// hosts, directories and the prompt's two marks, above a session whose refusal names the recipient.
describe('a shell prompt\'s user@host is no address', () => {
  const prompts = ['root', 'bob'].flatMap((user) => ['veneer.example.net', 'mail.example.org'].flatMap((host) => ['#', '$'].flatMap((mark) => [
    `[${user}@${host} ~]${mark} `, `[${user}@${host} /]${mark} `, `[${user}@${host} postfix]${mark} `,
    `${user}@${host}:~${mark} `, `${user}@${host}:/etc/postfix${mark} `,
  ])));
  const session = 'telnet mx.example.com 25\nTrying 192.0.2.1...\nConnected to mx.example.com.\n220 mx.example.com ESMTP\nHELO client.example.net\n250 mx.example.com\nMAIL FROM:<alice@example.net>\n250 2.1.0 Ok\nRCPT TO:<carol@example.com>\n550 5.1.1 <carol@example.com>: Recipient address rejected: User unknown';
  test.each(prompts)('"%s"', (prompt) => {
    expect(findAddresses(`${prompt}ls -l`)).toEqual([]);
    expect(decodeText(`${prompt}${session}`).recipients.map((found) => found.recipient)).toEqual(['carol@example.com']);
  });

  test.each([
    ['an address in brackets', 'Recipient: [bob@example.org]', 'bob@example.org'],
    ['an address in brackets before words', '[bob@example.org] mailbox unavailable', 'bob@example.org'],
    ['an address at a line\'s start before its colon and words', 'bob@example.org: Recipient address rejected', 'bob@example.org'],
    ['an address before a colon in a sentence', 'Mail to bob@example.org:~$ failed', 'bob@example.org'],
  ] as const)('%s stays an address', (_name, text, address) => {
    expect(findAddresses(text).map((found) => found.address)).toEqual([address]);
  });
});
