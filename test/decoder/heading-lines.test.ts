/**
 * A recipient list of one written on its heading's line ("Did not reach the following recipient:
 * bob@example.org"), as a template writes it or a mail client joins it: generated from every
 * family's recipient-list headings (src/rules/mta), pasted alone as text.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';
import {mtaFamilies} from '../../src/rules/mta/index.ts';

// Headings that are a sentence or a label (a colon or a letter at the end), long enough to be a
// template's alone; banners ("** address not found **") head a block, not a line.
const headings = [...new Set(mtaFamilies.flatMap((family) => (family.recipientHeadings ?? [])
  .filter((row) => row.language === undefined && row.text.length >= 20 && /[a-z:)]$/.test(row.text) && !/^[-*=\s]/.test(row.text))
  .map((row) => row.text)))];

const sentence = (heading: string) => heading.charAt(0).toUpperCase() + heading.slice(1);
const withColon = (heading: string) => (heading.endsWith(':') ? heading : `${heading}:`);

describe('the address after a recipient list\'s heading on its own line is the failed recipient', () => {
  test('there are headings to try', () => {
    expect(headings.length).toBeGreaterThan(10);
  });

  test.each(headings)('"%s <address>"', (heading) => {
    for (const address of ['bob@example.org', '<bob@example.org>']) {
      const result = decodeText(`${sentence(withColon(heading))} ${address}\n`);
      expect(result.recipients.map((recipient) => recipient.recipient)).toContain('bob@example.org');
      expect(result.kind === 'bounce' || result.kind === 'delay').toBe(true);
    }
  });

  test.each([
    ['a short label', 'Error message: bob@example.org'],
    ['a list\'s heading in a note about a list', 'Note to self: the list of recipients is with bob@example.org'],
    ['an ordinary line', 'Meeting notes: bob@example.org'],
  ])('%s names no failed recipient', (_name, text) => {
    expect(decodeText(`${text}\n`).recipients.map((recipient) => recipient.recipient)).not.toContain('bob@example.org');
  });
});
