/**
 * A notice whose words as a whole say neither final nor retried (none, or both: cPanel defers over
 * its hourly limit with "Message will be reattempted later" under the opening of Exim's failure
 * notice) leaves each recipient to its own lines: a recipient whose lines say it is retried is, and a
 * notice all of whose recipients say so is a delay. Generated from every family's words of retrying
 * (`temporary`), each in a recipient's lines under that opening; then the cases where the recipient's
 * lines say nothing, or only one recipient's do.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {mtaFamilies} from '../../src/rules/mta/index.ts';

/** Exim's failure notice opening, in the words of its copy to the postmaster, and a list of recipients (Exim/exim src/src/deliver.c). */
function eximNotice(recipients: readonly {address: string; lines: string}[]): string {
  return [
    'This message was created automatically by mail delivery software.',
    '',
    'A message that you sent could not be delivered to one or more of its',
    'recipients. The following address(es) failed:',
    '',
    ...recipients.flatMap(({address, lines}) => [`  ${address}`, `    ${lines}`, '']),
  ].join('\n');
}

/** A family's words with a slot after them filled, where the words end open ("relay: tempfail for "). */
const inLine = (words: string) => `Deferred: ${words}${words.endsWith(' ') ? 'mx.example.org' : ''}`;

const retriedCases = mtaFamilies.flatMap((family) => (family.temporary ?? []).map((words) => ({name: `${family.id}: "${words.text}"`, lines: inLine(words.text)})));

describe('a recipient\'s own words of retrying, under a notice that says neither', () => {
  test.each(retriedCases)('$name', ({lines}) => {
    const result = decodeText(eximNotice([{address: 'bob@example.org', lines}]));
    expect(result.kind).toBe('delay');
    expect(result.recipients.map((got) => [got.recipient, got.permanent])).toEqual([['bob@example.org', false]]);
  });

  test('cPanel\'s deferral over its hourly limit', () => {
    const result = decodeText(eximNotice([{address: 'bob@example.org', lines: 'Domain example.net has exceeded the max emails per hour (124/100 (124%)) allowed.  Message will be reattempted later'}]));
    expect(result.kind).toBe('delay');
    expect(result.recipients.map((got) => [got.recipient, got.reason.id, got.permanent])).toEqual([['bob@example.org', 'speeding', false]]);
  });
});

describe('where the recipients\' lines do not all say it', () => {
  test('a recipient\'s lines without such words: the opening\'s failure stands', () => {
    const result = decodeText(eximNotice([{address: 'bob@example.org', lines: 'Domain example.net has exceeded its sending limit'}]));
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((got) => got.permanent)).toEqual([true]);
  });

  test('one recipient retried, the other not: no delay', () => {
    const result = decodeText(eximNotice([
      {address: 'bob@example.org', lines: 'Domain example.net has exceeded the max emails per hour (124/100 (124%)) allowed.  Message will be reattempted later'},
      {address: 'carol@example.org', lines: 'Unrouteable address'},
    ]));
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((got) => [got.recipient, got.permanent])).toEqual([['bob@example.org', false], ['carol@example.org', true]]);
  });

  test('a recipient\'s own words of a final failure keep it final', () => {
    const result = decodeText(eximNotice([{address: 'bob@example.org', lines: 'retry timeout exceeded'}]));
    expect(result.kind).toBe('bounce');
    expect(result.recipients.map((got) => got.permanent)).toEqual([true]);
  });
});
