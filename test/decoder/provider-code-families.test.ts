/**
 * A provider code of a numbered family (Cox's IPBL and URLBL codes, whose digits say which lists
 * matched) is known for every member of the family, not only for the members a row spells out.
 */
import {describe, expect, test} from 'vitest';
import {decodeText} from '../../src/decoder/index.ts';

const cox = (reply: string) => `<bob@cox.net>: host cxr.mx.a.cloudfilter.net[192.0.2.1] said: ${reply} (in reply to RCPT TO command)`;

describe('Cox\'s numbered code families', () => {
  test.each([
    ['554 5.7.1 AUP#IPBL0110 - listed', 'blocked'],
    ['554 5.7.1 AUP#IPBL1111 - listed', 'blocked'],
    ['554 5.7.1 AUP#IPBL1000 - listed', 'blocked'],
    ['554 5.7.1 AUP#URLBL110 - listed', 'spamdetected'],
    ['554 5.7.1 AUP#URLBL1001 - listed', 'spamdetected'],
    // A code of another family keeps its own row.
    ['554 5.7.1 AUP#CXDNS - no reverse DNS', 'requireptr'],
  ])('%s → %s', (reply, reason) => {
    const [recipient] = decodeText(cox(reply)).recipients;
    expect([recipient?.provider?.id, recipient?.reason.id]).toEqual(['cox', reason]);
  });

  test('a code outside the families names no Cox row: the enhanced code says what it can', () => {
    const [recipient] = decodeText(cox('554 5.7.1 AUP#XYZ - refused')).recipients;
    expect(recipient?.reason.id).toBe('securityerror');
  });
});
