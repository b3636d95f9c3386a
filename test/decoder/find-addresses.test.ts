/**
 * Addresses in free text: the local part is read back from the at sign as far as RFC 5322's atext
 * goes, up to 256 characters: more than RFC 5321's 64, as Exchange encapsulates a whole X.500 name
 * in one (IMCEA encapsulation: the address its NDRs name for an internal recipient).
 */
import {describe, expect, test} from 'vitest';
import {findAddresses} from '../../src/decoder/find-addresses.ts';

const imceaex = 'IMCEAEX-_o=ExchangeLabs_ou=Exchange+20Administrative+20Group+20+28FYDIBOHF23SPDLT+29_cn=Recipients_cn=86595dbec932d461fbdfe93cb1234585e-Joe+20Smit@namprd13.prod.outlook.com';

describe('findAddresses()', () => {
  test.each([
    ['an IMCEAEX address, whole', `${imceaex}\n#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##`, [imceaex]],
    ['an IMCEASMTP address, whole', 'IMCEASMTP-bob+40example+2Eorg@contoso.example.com', ['IMCEASMTP-bob+40example+2Eorg@contoso.example.com']],
    ['a plain address', 'to <bob@example.org>: user unknown', ['bob@example.org']],
    ['two addresses in one line', 'bob@example.org, carol@example.net', ['bob@example.org', 'carol@example.net']],
  ])('%s', (_name, text, addresses) => {
    expect(findAddresses(text).map((found) => found.address)).toEqual(addresses);
  });

  test.each([
    ['no dot in the domain', 'bob@localhost'],
    ['a one-letter top-level label', 'bob@example.x'],
    ['no local part', ' @example.org'],
  ])('%s: no address', (_name, text) => {
    expect(findAddresses(text)).toEqual([]);
  });

  test('a local part longer than the bound is read no further back than 256 characters', () => {
    const [found] = findAddresses(`${'a'.repeat(1000)}@example.org`);
    expect(found?.address).toBe(`${'a'.repeat(256)}@example.org`);
  });
});
