/**
 * A provider's documented reply copied without its codes ("The email account that you tried to
 * reach does not exist.", a person's selection of Gmail's 5.1.1): the words only that provider's
 * replies carry say a server refused, and whose. Generated from the rules: every sentence and
 * every code among the providers' reply markers, and every reply of a provider's own list of its
 * replies (`ownWords`), pasted alone. Then what names no provider's reply: prose, a help link, words any server writes.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {providers, reasons} from '../../src/rules/index.ts';
import type {ProviderRow, ProviderRules} from '../../src/rules/types.ts';

/** Words a reason's table lists are any server's, whoever documents them too. */
const commonWords = new Set(Object.values(reasons).flatMap((reason) => reason.phrases));

/** A marker that is a clause of a reply: several words, not a host, a link or a reply's tail ("- gsmtp"). */
const isSentence = (marker: string) => marker.length >= 24 && marker.split(' ').length >= 4 && !marker.includes('/');

/** The words as a person copies them: a sentence of its own. */
const pasted = (words: string) => `${words[0]!.toUpperCase()}${words.slice(1)}.`;

/** A marker that is a provider's own code as its replies print it: bracketed, or two letter groups joined by "#" or ":". */
const isCode = (marker: string) => /^[[(][a-z0-9_]{3,14}[\])]$/.test(marker) || /^[a-z]{2,4}[#:][a-z]{2,5}$/.test(marker);

const codeCases = providers.flatMap((provider) => provider.info.replyMarkers.filter(isCode)
  .map((marker) => ({name: `${provider.info.id}: ${marker}`, text: `Message refused ${marker.toUpperCase()}`, provider: provider.info.id})));

const markerCases = providers.flatMap((provider) => provider.info.replyMarkers.filter(isSentence)
  .map((marker) => ({name: `${provider.info.id}: "${marker}"`, text: pasted(marker), provider: provider.info.id})));

const ownListCases = providers.flatMap((provider) => (provider.rows as readonly ProviderRow[]).filter((row) => row.ownWords === true)
  .flatMap((row) => row.text.filter((words) => words.length >= 30 && !commonWords.has(words))
    .map((words) => ({name: `${provider.info.id}: "${words}"`, text: pasted(words), provider: provider.info.id, reason: row.reason}))));

describe('a provider\'s reply sentence pasted without its codes', () => {
  test('the rules hold such sentences', () => {
    expect(markerCases.length).toBeGreaterThan(5);
  });

  test.each(markerCases)('$name', ({text, provider}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((got) => [got.provider?.id, got.replyCode])).toEqual([[provider, undefined]]);
  });
});

describe('a provider\'s own code in a reply pasted without its reply code', () => {
  test('the rules hold such codes', () => {
    expect(codeCases.length).toBeGreaterThan(10);
  });

  test.each(codeCases)('$name', ({text, provider}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((got) => got.provider?.id)).toEqual([provider]);
  });
});

describe('a reply of a provider\'s own list, pasted without its codes', () => {
  test('the rules hold such replies', () => {
    expect(ownListCases.length).toBeGreaterThan(5);
  });

  test.each(ownListCases)('$name', ({text, provider, reason}) => {
    const result = decodeText(text);
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((got) => [got.provider?.id, got.reason.id])).toEqual([[provider, reason]]);
  });
});

// Gmail's reply for suspicious content or links (Google's list, google.ts), in both of its
// wordings, copied without its codes ("> Our system has detected ...", a quote in an issue).
describe('a provider\'s documented reply copied without its codes', () => {
  test.each([
    ['Gmail\'s list: "or"', '> Our system has detected that this message is suspicious due to the nature of the content or the links within. To best protect our users from spam, the message has been blocked.'],
    ['Gmail\'s replies: "and/or"', '> Our system has detected that this message is suspicious due to the nature of the content and/or the links within. To best protect our users from spam, the message has been blocked.'],
  ])('%s', (_name, text) => {
    const result = decodeText(text);
    expect([result.kind, result.recipients[0]?.provider?.id, result.recipients[0]?.reason.id]).toEqual(['bounce', 'google', 'spamdetected']);
  });
});

/** The classes of the codes `provider` documents `words` with, one per row that has them. */
const documentedClasses = (provider: ProviderRules, words: string) =>
  new Set(provider.rows.filter((row) => row.text.includes(words)).map((row) => (row.status ?? row.reply)?.[0]));

/**
 * Every reply a provider documents with a code, in words only its rows have and all its rows with
 * them give the same class: pasted alone, the words are that reply, permanent or temporary as
 * documented. Words no row of another provider has; a blocklist's are any quoting server's.
 */
const classCases = (providers as readonly ProviderRules[]).filter((provider) => provider.info.quotedByOtherServers !== true).flatMap((provider) => provider.rows
  .flatMap((row) => row.text.map((words) => ({words, code: row.status ?? row.reply})))
  .filter(({words, code}) => code !== undefined && words.length >= 30 && !commonWords.has(words) && documentedClasses(provider, words).size === 1
    && !(providers as readonly ProviderRules[]).some((other) => other !== provider && other.rows.some((row) => row.text.includes(words))))
  .map(({words, code}) => ({name: `${provider.info.id} ${code}: "${words}"`, text: pasted(words), provider: provider.info.id, permanent: code![0] === '5'})));

describe('a provider\'s documented reply pasted without its codes has its documented class', () => {
  // Some documented words are too short or too common to name their provider alone ("bad destination
  // mailbox address"): nothing then says whose reply it is, or its class. Most name it.
  const named = classCases.filter(({text, provider}) => decodeText(text).recipients[0]?.provider?.id === provider);
  test('most such replies name their provider alone', () => {
    expect(classCases.length).toBeGreaterThan(150);
    expect(named.length / classCases.length).toBeGreaterThan(0.9);
  });

  test.each(named)('$name', ({text, permanent}) => {
    expect(decodeText(text).recipients.map((got) => got.permanent)).toEqual([permanent]);
  });

  test.each([
    ['Google documents the words with a 4xx and a 5xx code', 'The SPF record of the sending domain has one or more suspicious entries.', 'google'],
    ['a blocklist\'s words, whose class is the quoting server\'s', 'Blocked using zen.spamhaus.org.', 'spamhaus'],
  ])('no class: %s', (_name, text, provider) => {
    expect(decodeText(text).recipients.map((got) => [got.provider?.id ?? got.blocklist?.id, got.permanent])).toEqual([[provider, undefined]]);
  });
});

// Amazon SES's API refuses an unverified identity in the words of its SMTP interface's 554 without
// their "Message rejected:" (the troubleshooting page's MessageRejected error), as SDKs print it.
describe('Amazon SES\'s API error for an unverified identity', () => {
  test.each([
    ['the SDK\'s error', 'MessageRejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.com'],
    ['a PHP wrapper\'s log', 'SimpleEmailService::sendRawEmail(): Sender - MessageRejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: no-reply@example.org Request Id: 0f3c'],
  ])('%s', (_name, text) => {
    const result = decodeText(text);
    expect([result.kind, ...result.recipients.map((got) => [got.provider?.id, got.reason.id, got.permanent])]).toEqual(['bounce', ['amazon-ses', 'norelaying', true]]);
  });
});

describe('words that quote no provider\'s reply', () => {
  test.each([
    ['a person\'s note', 'Thanks for your message, I will get back to you soon.'],
    ['a help link alone', 'See https://support.google.com/mail/answer/81126 for the guidelines.'],
    ['providers named in prose', 'We send to Gmail, Yahoo and Outlook addresses every day.'],
    ['names that a provider\'s markers hold, in prose', 'We moved to Office 365 and check Spamhaus and Cloudmark before sending.'],
    ['a code in brackets that no provider writes', 'Message refused [ABC123]'],
    ['words any server writes', 'Recipient address rejected: User unknown in virtual mailbox table'],
    ['a reply\'s tail alone', 'Learn more at support.google.com - gsmtp'],
  ])('%s', (_name, text) => {
    expect(decodeText(text)).toMatchObject({kind: 'none', recipients: []});
  });
});
