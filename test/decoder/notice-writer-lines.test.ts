// A provider's own notice that quotes no server's reply gives the provider's own verdict (Gmail's
// "Address not found ... because the domain couldn't be found" is Google's finding): each family's
// `writerMarkers`, lines only its provider's notices carry, name that provider. The generic lines
// of the software a provider runs (GMX's Exim text) name nobody, and a reply a named server gave
// is that server's.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {mtaFamilies} from '../../src/rules/mta/index.ts';
import {providerById} from '../../src/rules/index.ts';

const cases = mtaFamilies.flatMap((family) => (family.writerMarkers ?? []).map(({text}) => ({
  name: `${family.id}: "${text}"`,
  provider: family.provider ?? family.id,
  // The line as the notice writes it, over the recipient and a verdict with no reply code.
  text: `${text}\n\n     bob@example.org\n\nThe recipient's domain could not be found.\n`,
})));

describe('a provider\'s own notice that quotes no reply names the provider', () => {
  test('every family\'s lines name a provider the rules know', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const {provider} of cases) expect(Object.hasOwn(providerById, provider)).toBe(true);
  });

  test.each(cases)('$name', ({text, provider}) => {
    const {recipients} = decodeText(text);
    expect(recipients.length).toBeGreaterThan(0);
    expect(recipients.map((recipient) => recipient.provider?.id)).toEqual(recipients.map(() => provider));
  });

  test.each([
    ['GMX\'s generic Exim line', 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  bob@example.org\n    Unrouteable address\n', undefined],
    ['Gmail\'s notice quoting a named server\'s reply', '** Address not found **\n\nYour message wasn\'t delivered to bob@example.org because the address couldn\'t be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual mailbox table\n', undefined],
  ])('%s names no writer', (_name, text, provider) => {
    expect(decodeText(text).recipients.map((recipient) => recipient.provider?.id)).toEqual([provider]);
  });
});
