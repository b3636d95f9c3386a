// @vitest-environment happy-dom
/**
 * The Yahoo Mail adapter on saved message views (test/fixtures/dom/yahoo-*.html): Yahoo's own
 * "Failure Notice", and a parcel service's mail that quotes "550".
 */
import {describe, expect, test} from 'vitest';
import {yahoo} from '../../../src/content/adapters/yahoo.ts';
import {fixturePage} from '../fixture-page.ts';
import {noticesIn, type RecipientRow} from '../notices-in.ts';

/** Fixture → [the URL it was shown at, the notices' recipients: [address, reply, status, permanent]]. */
const expected: Record<string, [string, RecipientRow[]]> = {
  'yahoo-failure-notice': ['https://mail.yahoo.com/d/folders/1/messages/AKx9vQ2mTnYbZ3RdTgkLpWs8Hf4', [['info@closed-shop.example', '550', '5.1.1', true]]],
  // Trap: a parcel that "could not be delivered", with 550s.
  'yahoo-order-550': ['https://mail.yahoo.com/d/folders/1/messages/AOrder550yQ2mTnYbZ3RdTgkLp', []],
};

describe('yahoo', () => {
  test.each(Object.entries(expected))('%s', async (fixture, [url, recipients]) => {
    const found = await noticesIn(yahoo, fixturePage(fixture, url));
    // A trap yields nothing; a notice yields (at least) its failed recipients. "At least": which
    // recipients the decoder reads out of a notice is the decoder's business, tested there.
    expect(found.length === 0).toBe(recipients.length === 0);
    for (const recipient of recipients) {
      expect(found).toContainEqual(recipient);
    }
  });

  test('findMessages() reads the sender pill and the conversation subject', () => {
    const [message] = yahoo.findMessages(fixturePage('yahoo-failure-notice', 'https://mail.yahoo.com/d/folders/1/messages/1'));
    expect(message).toMatchObject({sender: 'MAILER-DAEMON@yahoo.com', subject: 'Failure Notice', format: 'rendered'});
    expect(message?.body.getAttribute('data-test-id')).toBe('message-view-body-content');
  });

  test('findMessages() finds nothing on a folder\'s list', () => {
    expect(yahoo.findMessages(fixturePage('yahoo-failure-notice', 'https://mail.yahoo.com/d/folders/1'))).toEqual([]);
  });

  test.each([
    ['https://mail.yahoo.com/d/folders/1/messages/AKx9vQ2m', 'AKx9vQ2m'],
    ['https://mail.yahoo.com/d/search/keyword=bounce/messages/123', '123'],
    ['https://mail.yahoo.com/d/folders/1', undefined],
  ])('messageKey(%s)', (url, key) => {
    expect(yahoo.messageKey(new URL(url))).toBe(key);
  });
});
