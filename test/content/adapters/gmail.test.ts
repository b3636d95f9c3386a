// @vitest-environment happy-dom
/**
 * The Gmail adapter on saved pages of Gmail's conversation view and "Show original" page
 * (test/fixtures/dom/gmail-*.html): which notices it finds, keyed by fixture, and which pages it
 * leaves alone.
 */
import {describe, expect, test} from 'vitest';
import {gmail} from '../../../src/content/adapters/gmail.ts';
import {fixturePage} from '../fixture-page.ts';
import {noticesIn, type RecipientRow} from '../notices-in.ts';

const inbox = 'https://mail.google.com/mail/u/0/#inbox';

/** Fixture → [the URL it was shown at, the notices' recipients: [address, reply, status, permanent]]. */
const expected: Record<string, [string, RecipientRow[]]> = {
  'gmail-address-not-found': [`${inbox}/FMfcgzQbfLxqTkSpvCGQwWdNjKhrMbtZ`, [['jane.doe@example.com', '550', '5.1.1', true]]],
  'gmail-message-not-delivered': ['https://mail.google.com/mail/u/0/#sent/FMfcgzQbgBcDeFgHiJkLmNpQrStVwXyZ', [['finance@partner.example', '550', '5.7.26', true]]],
  'gmail-delivery-incomplete': [`${inbox}/FMfcgzQbgDelayIncompleteAbCdEfGh`, [['ops@slow.example', '451', '4.7.1', false]]],
  'gmail-postfix-bounce': [`${inbox}/FMfcgzQbfMrNpWqKtLvXsZdHjGcPbRwY`, [['sales@example.com', '552', '5.2.2', true]]],
  'gmail-show-original': ['https://mail.google.com/mail/u/0/?ik=0a1b2c3d4e&view=om&permmsgid=msg-f:1784512093481723001', [['jane.doe@example.com', '550', '5.1.1', true]]],
  // Gmail's markup changed: the text fallback in the main region still finds it.
  'gmail-renamed-markup': [`${inbox}/FMfcgzQbgRenamedMarkupAbCdEfGh`, [['old.colleague@example.org', '550', '5.1.1', true]]],
  // Traps: codes quoted in ordinary mail.
  'gmail-newsletter-550': [`${inbox}/FMfcgzQbgNewsletterQuotesCodes0`, []],
  'gmail-order-550': [`${inbox}/FMfcgzQbgOrderFiveFiftyAbCdEfGh`, []],
};

describe('gmail', () => {
  test.each(Object.entries(expected))('%s', async (fixture, [url, recipients]) => {
    const found = await noticesIn(gmail, fixturePage(fixture, url));
    // A trap yields nothing; a notice yields (at least) its failed recipients. "At least": which
    // recipients the decoder reads out of a notice is the decoder's business, tested there.
    expect(found.length === 0).toBe(recipients.length === 0);
    for (const recipient of recipients) {
      expect(found).toContainEqual(recipient);
    }
  });

  test('findMessages() reads the sender from the name and email attributes, and the thread subject', () => {
    const [message, ...others] = gmail.findMessages(fixturePage('gmail-address-not-found', `${inbox}/FMfcgzQbfLxqTkSpvCGQwWdNjKhrMbtZ`));
    expect(others).toEqual([]);
    expect(message).toMatchObject({
      sender: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      subject: 'Delivery Status Notification (Failure)',
      format: 'rendered',
    });
    expect(message?.fallback).toBeUndefined();
    expect(message?.body.className).toBe('a3s aiL');
  });

  test('findMessages() skips collapsed messages of a thread, which show no body', () => {
    const messages = gmail.findMessages(fixturePage('gmail-message-not-delivered', `${inbox}/FMfcgzQbgBcDeFgHiJkLmNpQrStVwXyZ`));
    expect(messages.map((message) => message.sender)).toEqual(['Mail Delivery Subsystem <mailer-daemon@googlemail.com>']);
  });

  test('findMessages() reads "Show original" as a raw message, with its encoded subject decoded', () => {
    const [message] = gmail.findMessages(fixturePage('gmail-show-original', 'https://mail.google.com/mail/u/0/?ik=0a1b2c3d4e&view=om&permmsgid=msg-f:1'));
    expect(message).toMatchObject({
      sender: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
      subject: 'Delivery Status Notification (Failure)',
      format: 'raw',
    });
    expect(message?.body.id).toBe('raw_message_text');
  });

  test('findMessages() falls back to the pane\'s text when the selectors find nothing', () => {
    const [message] = gmail.findMessages(fixturePage('gmail-renamed-markup', `${inbox}/FMfcgzQbgRenamedMarkupAbCdEfGh`));
    expect(message).toMatchObject({fallback: true, subject: 'Delivery Status Notification (Failure)', sender: 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'});
  });

  test.each([
    ['the inbox', inbox],
    ['a page of the inbox', `${inbox}/p2`],
    ['a label', 'https://mail.google.com/mail/u/0/#label/Work'],
    ['the settings', 'https://mail.google.com/mail/u/0/#settings/general'],
  ])('findMessages() finds nothing on %s, not even through the fallback', (_name, url) => {
    expect(gmail.findMessages(fixturePage('gmail-renamed-markup', url))).toEqual([]);
    expect(gmail.messageKey(new URL(url))).toBeUndefined();
  });

  test.each([
    [`${inbox}/FMfcgzQbfLxqTkSpvCGQwWdNjKhrMbtZ`, 'FMfcgzQbfLxqTkSpvCGQwWdNjKhrMbtZ'],
    ['https://mail.google.com/mail/u/0/#search/bounce/18c5a1b2c3d4e5f6', '18c5a1b2c3d4e5f6'],
    ['https://mail.google.com/mail/u/0/#label/Work/FMfcgzQbgBcDeFgHiJkLmNpQrStVwXyZ', 'FMfcgzQbgBcDeFgHiJkLmNpQrStVwXyZ'],
    ['https://mail.google.com/mail/u/0/?ik=1&view=om&permmsgid=msg-f:17', 'original:msg-f:17'],
  ])('messageKey(%s)', (url, key) => {
    expect(gmail.messageKey(new URL(url))).toBe(key);
  });
});
