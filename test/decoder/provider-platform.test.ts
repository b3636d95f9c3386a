/**
 * Whose reply it is, and whose documentation explains it. The server that answered names the
 * provider; a provider whose mail runs on another's platform (Outlook.com on Exchange Online,
 * `platform` in its rules) answers in that platform's documented codes, so a reply from one of its
 * hosts that none of its own rows explains is explained by the platform's rows, and the provider
 * stays the one that answered. Another provider's rows never explain a reply from a named server,
 * but for a blocklist the reply quotes.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import microsoft365 from '../../src/rules/providers/microsoft365.ts';
import outlookCom from '../../src/rules/providers/outlook-com.ts';
import type {ProviderRow} from '../../src/rules/types.ts';
import {postfixRefusal} from './templates/common.ts';

const consumerHost = 'hotmail-com.olc.protection.outlook.com';
const tenantHost = 'contoso-com.mail.protection.outlook.com';

/** Exchange Online's replies close with the name of the server that wrote them. */
const withServer = (reply: string) => `${reply} [AM0PR01MB1234.eurprd01.prod.outlook.com]`;

/** Microsoft 365's rows that give a reply, a status and words, and that Outlook.com's rows do not explain. */
const platformRows = (microsoft365.rows as readonly ProviderRow[]).filter((row) => row.reply !== undefined && row.status !== undefined
  && !(outlookCom.rows as readonly ProviderRow[]).some((own) => own.status === row.status || own.text.some((phrase) => row.text.includes(phrase))));

function read(reply: string, host: string, recipient = 'bob@hotmail.com') {
  const [diagnosis] = decodeText(postfixRefusal(reply, {recipient, host})).recipients;
  return {provider: diagnosis?.provider?.id, reason: diagnosis?.reason.id, meaningBy: diagnosis?.status?.providerMeaning?.provider};
}

describe('a reply from Outlook.com\'s host in Exchange Online\'s documented codes', () => {
  test('the platform has rows to test', () => expect(platformRows.length).toBeGreaterThan(10));

  test.each(platformRows.map((row) => [`${row.reply} ${row.status} ${row.text[0]}`, row.reason] as const))('%s: Outlook.com answered, Microsoft 365 explains (%s)', (reply, reason) => {
    expect(read(withServer(reply), consumerHost)).toEqual({provider: 'outlook-com', reason, meaningBy: microsoft365.info.name});
  });

  test.each(platformRows.map((row) => [`${row.reply} ${row.status} ${row.text[0]}`, row.reason] as const))('%s from a tenant\'s host: Microsoft 365 answered (%s)', (reply, reason) => {
    expect(read(withServer(reply), tenantHost, 'bob@contoso.com')).toEqual({provider: 'microsoft365', reason, meaningBy: microsoft365.info.name});
  });
});

describe('another provider\'s rows do not explain a named server\'s reply', () => {
  test.each([
    // Google's server quoting an Exchange Online server's name: Google answered; its rows do not know the code.
    ['google', 'gmail-smtp-in.l.google.com', withServer('451 4.7.650 The mail server [192.0.2.7] has been temporarily rate limited due to IP reputation.')],
    // Outlook.com's own rows come before the platform's.
    ['outlook-com', consumerHost, '550 SC-001 (BAY004-MC1F12) Unfortunately, messages from 192.0.2.7 weren\'t sent.'],
  ])('%s answered from %s', (provider, host, reply) => {
    expect(read(reply, host).provider).toBe(provider);
  });

  test('Outlook.com\'s own row explains its own code, not the platform\'s', () => {
    expect(read('550 SC-001 (BAY004-MC1F12) Unfortunately, messages from 192.0.2.7 weren\'t sent.', consumerHost).meaningBy).not.toBe(microsoft365.info.name);
  });

  test('a blocklist the reply quotes still explains it', () => {
    const quoted = read('554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.7', consumerHost);
    expect(quoted.reason).toBe('blocked');
  });
});
