// A notice's words for a failure that carry no code, under a template's reply introduction ("The
// response was:", a blank line, then Gmail's own "DNS Error: ... responded with code NXDOMAIN"): in
// a text that quotes no code at all, the line the introduction heads is the failure's words when
// they name a cause. Generated over every family's reply introduction that ends its line and the
// reasons' own phrases; a person's words after the same introduction name no cause, and where a
// code stands, the reply is read there.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {templateReplyIntroductions} from '../../src/decoder/templates.ts';
import {reasons} from '../../src/rules/reasons/index.ts';
import {sampleOf} from './generate.ts';

/**
 * The introductions that end their line with a colon, as a notice writes one above the words it
 * introduces; not a login's (a refused login is no delivery's failure, whatever its words).
 */
const introductions = templateReplyIntroductions.filter((introduction) => /[a-z] ?:$/.test(introduction) && !/\b(?:auth|login)\b/.test(introduction));

/** The reasons' phrases in plain English words, none a delivery's, a forward's or an automatic reply's. */
const phrases = Object.values(reasons).filter((reason) => !['delivered', 'vacation', 'feedback', 'hasmoved', 'undefined', 'onhold'].includes(reason.id))
  .flatMap((reason) => reason.phrases.filter((phrase) => /^[a-z][a-z ',-]{10,60}[a-z]$/.test(phrase)));

/** The text with its first letter in capitals, as a notice writes a line. */
function capitalised(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

describe('words that name a failure, under a reply introduction, no code anywhere', () => {
  test('the introductions and phrases are many', () => {
    expect(introductions.length).toBeGreaterThan(40);
    expect(phrases.length).toBeGreaterThan(100);
  });

  test.each(introductions.flatMap((introduction) => sampleOf(`introduced ${introduction}`, phrases, 3).flatMap((phrase) => [
    {name: `${introduction} | blank line | ${phrase}`, text: `${capitalised(introduction)}\n\n${capitalised(phrase)}\n`, phrase},
    {name: `${introduction} | next line | ${phrase}`, text: `${capitalised(introduction)}\n    ${capitalised(phrase)}\n`, phrase},
  ])))('$name', ({text, phrase}) => {
    const result = decodeText(text);
    expect(result.kind).not.toBe('none');
    expect(result.recipients[0]?.diagnostic.trim().toLowerCase()).toBe(phrase);
  });
});

describe('what an introduction heads that is no failure\'s words', () => {
  // Some introductions say a failure by themselves ("Technical details of permanent failure:"):
  // the person's words below add nothing to what the introduction alone says.
  test.each(introductions.map((introduction) => [introduction]))('%s, then a person\'s thanks: as the introduction alone', (introduction) => {
    const alone = decodeText(`${capitalised(introduction)}\n`);
    const thanked = decodeText(`${capitalised(introduction)}\n\nThanks, I will look into it tomorrow.\n`);
    expect([thanked.kind, thanked.recipients.length]).toEqual([alone.kind, alone.recipients.length]);
  });

  test('a code below the introduction\'s prose is the reply read', () => {
    const text = 'Technical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain example.org.\nThe error that the other server returned was:\n550 5.1.1 The email account that you tried to reach does not exist.\n';
    const [first] = decodeText(text).recipients;
    expect(first?.replyCode?.code).toBe('550');
    expect(first?.diagnostic.startsWith('550 5.1.1')).toBe(true);
  });
});
