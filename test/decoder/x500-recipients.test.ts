/**
 * An Exchange NDR may name a recipient twice in two forms: by name and SMTP address in its user
 * information, and by an X.500 name encapsulated as an address in its diagnostics
 * ("IMCEAEX-_O=..._CN=RECIPIENTS_CN=<name>@<domain>", the stale LegacyExchangeDN of an address
 * book's auto-complete cache; Microsoft Learn, "IMCEAEX non-delivery report when you send email
 * messages to an internal user"). They are one recipient: the SMTP address, with the diagnostic's
 * reply. NDRs written here in the classic layout (Microsoft Learn, "Email non-delivery reports in
 * Exchange Online"), not copied from any corpus.
 */
import {describe, expect, test} from 'vitest';
import {decode, decodeText} from '../../src/decoder/index.ts';

const x500 = (name: string) => `IMCEAEX-_O=CONTOSO_OU=EXCHANGE+20ADMINISTRATIVE+20GROUP+20+28FYDIBOHF23SPDLT+29_CN=RECIPIENTS_CN=${name}@contoso.com`;
const notFound = '#550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found ##';

function ndr(userSection: readonly string[], diagnostics: readonly string[]): string {
  return [
    'Delivery has failed to these recipients or groups:',
    '',
    ...userSection.flatMap((line) => [line, 'The email address you entered couldn\'t be found.', '']),
    'Diagnostic information for administrators:',
    '',
    'Generating server: EX01.contoso.com',
    '',
    ...diagnostics.flatMap((line) => [line, '']),
  ].join('\n');
}

const summary = (text: string) => decodeText(text).recipients.map((recipient) => [recipient.recipient, recipient.status?.code ?? null]);

describe('an X.500 name in the diagnostics stands for the address the user information names', () => {
  test.each([
    ['one recipient', ndr(['John Doe (john.doe@contoso.com)'], [`${x500('JohnDoe')}\n${notFound}`]), [['john.doe@contoso.com', '5.1.1']]],
    ['two recipients, paired in order', ndr(['John Doe (john.doe@contoso.com)', 'Ann Lee (ann.lee@contoso.com)'], [`${x500('JohnDoe')}\n${notFound}`, `${x500('AnnLee')}\n${notFound}`]), [['john.doe@contoso.com', '5.1.1'], ['ann.lee@contoso.com', '5.1.1']]],
  ])('%s', (_name, text, recipients) => {
    expect(summary(text)).toEqual(recipients);
  });

  test('in a raw message too', async () => {
    const text = ndr(['John Doe (john.doe@contoso.com)'], [`${x500('JohnDoe')}\n${notFound}`]);
    const message = `From: postmaster@contoso.com\nTo: sender@example.org\nSubject: Undeliverable: Quarterly report\nContent-Type: text/plain\n\n${text}`;
    expect((await decode(message)).recipients.map((recipient) => [recipient.recipient, recipient.reason.id])).toEqual([['john.doe@contoso.com', 'userunknown']]);
  });
});

describe('what is not paired', () => {
  test.each([
    ['an X.500 name alone stays the recipient', ndr(['John Doe'], [`${x500('JohnDoe')}\n${notFound}`]), [[x500('JohnDoe').toLowerCase(), '5.1.1']]],
    ['as many addresses as diagnostics, each with its own reply', ndr(['ann.lee@contoso.com'], [`ann.lee@contoso.com\n${notFound}`]), [['ann.lee@contoso.com', '5.1.1']]],
  ])('%s', (_name, text, recipients) => {
    expect(summary(text)).toEqual(recipients);
  });

  test('two names without a reply for one X.500 name: which one it is cannot be told', () => {
    const found = summary(ndr(['John Doe (john.doe@contoso.com)', 'Ann Lee (ann.lee@contoso.com)'], [`${x500('JohnDoe')}\n${notFound}`]));
    expect(found.map(([recipient]) => recipient)).toContain(x500('JohnDoe').toLowerCase());
  });
});
