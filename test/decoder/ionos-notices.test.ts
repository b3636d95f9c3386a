// IONOS (1&1, United Internet) as its help documents the notice of a message it could not deliver:
// "Your message couldn't be delievered to all recipients. The following recipients are not
// reachable: '<rcpt>' <reply>" (IONOS Help, "Error Messages Caused by Undeliverable Email", its
// spelling). Generated over the generator's pool of replies, one recipient on the heading's line or
// several a line each, as a webmail shows the text or with its sentences run into one line.

import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {replyPool} from './generate.ts';

const opening = 'Your message couldn\'t be delievered to all recipients.';
const heading = 'The following recipients are not reachable:';
const replies = [...new Set(Object.values(replyPool()).flat().map((spec) => spec.reply))].filter((reply) => !reply.includes('\n') && !/[<>@]/.test(reply)).slice(0, 60);

describe('IONOS\'s notice names each recipient and its reply', () => {
  test('the pool gives replies', () => expect(replies.length).toBeGreaterThan(40));

  test.each(replies.flatMap((reply) => [
    {name: `one line | ${reply.slice(0, 50)}`, text: `${opening} ${heading} 'bob@example.org' ${reply}`, recipients: ['bob@example.org']},
    {name: `a line each | ${reply.slice(0, 50)}`, text: `${opening}\n${heading}\n'bob@example.org' ${reply}\n'ann@example.net' ${reply}`, recipients: ['bob@example.org', 'ann@example.net']},
  ]))('$name', ({text, recipients}) => {
    const result = decodeText(text);
    expect([result.kind === 'none', result.recipients.map((recipient) => [recipient.recipient, recipient.replyCode?.code])])
      .toEqual([false, recipients.map((recipient) => [recipient, /^\d{3}/.exec(text.slice(text.indexOf(recipient) + recipient.length + 2))?.[0]])]);
  });

  test('a page that hid the address still gives the reply', () => {
    const [recipient] = decodeText(`${opening.slice(0, -1)} ${heading} '' 550 must be authenticated`).recipients;
    expect([recipient?.recipient, recipient?.replyCode?.code]).toEqual([undefined, '550']);
  });
});
