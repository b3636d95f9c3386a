// @vitest-environment happy-dom
/**
 * The Outlook adapter on saved reading panes of Outlook on the web (test/fixtures/dom/outlook-*.html):
 * new-style and classic Exchange NDRs, an English and a German UI, and a postmaster's ordinary mail.
 */
import {describe, expect, test} from 'vitest';
import {outlook} from '../../../src/content/adapters/outlook.ts';
import {fixturePage} from '../fixture-page.ts';
import {noticesIn, type RecipientRow} from '../notices-in.ts';

/** Fixture → [the URL it was shown at, the notices' recipients: [address, reply, status, permanent]]. */
const expected: Record<string, [string, RecipientRow[]]> = {
  'outlook-ndr-5.1.10': ['https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1iNWUAAC0wMAItMDAKABAAxT1', [['bob@fabrikam.com', '550', '5.1.10', true]]],
  'outlook-ndr-classic-5.7.26': ['https://outlook.office365.com/mail/id/AAMkAGI2TG93AAA%3D', [['einkauf@partner.example', '550', '5.7.26', true]]],
  // Trap: from postmaster, quoting codes, about a meeting.
  'outlook-postmaster-meeting': ['https://outlook.live.com/mail/0/inbox/id/AQQkADAwATZiZmYAZC1hNDlmLTM2AAAQAMeeting', []],
};

describe('outlook', () => {
  test.each(Object.entries(expected))('%s', async (fixture, [url, recipients]) => {
    const found = await noticesIn(outlook, fixturePage(fixture, url));
    // A trap yields nothing; a notice yields (at least) its failed recipients. "At least": which
    // recipients the decoder reads out of a notice is the decoder's business, tested there.
    expect(found.length === 0).toBe(recipients.length === 0);
    for (const recipient of recipients) {
      expect(found).toContainEqual(recipient);
    }
  });

  test('findMessages() reads the English UI\'s "From:" label and the subject heading', () => {
    const [message] = outlook.findMessages(fixturePage('outlook-ndr-5.1.10', 'https://outlook.office.com/mail/inbox/id/AAQk1'));
    expect(message?.subject).toBe('Undeliverable: Q3 figures');
    expect(message?.sender).toContain('postmaster@contoso.onmicrosoft.com');
    expect(message?.body.getAttribute('aria-label')).toBe('Message body');
  });

  test('findMessages() finds the body by its role in another UI language, and the sender by its title', () => {
    const [message] = outlook.findMessages(fixturePage('outlook-ndr-classic-5.7.26', 'https://outlook.office365.com/mail/id/AAMk1'));
    expect(message?.subject).toBe('Unzustellbar: Angebot 2027');
    expect(message?.sender).toBe('Microsoft Outlook postmaster@contoso.de');
    expect(message?.body.getAttribute('role')).toBe('document');
  });

  test.each([
    ['the inbox', 'https://outlook.office.com/mail/inbox'],
    ['the calendar', 'https://outlook.office.com/calendar/view/week'],
  ])('findMessages() finds nothing on %s', (_name, url) => {
    expect(outlook.findMessages(fixturePage('outlook-ndr-5.1.10', url))).toEqual([]);
  });

  test.each([
    ['https://outlook.office.com/mail/inbox/id/AAQkAD%2Fx', 'AAQkAD/x'],
    ['https://outlook.live.com/mail/0/id/AAMk1', 'AAMk1'],
    ['https://outlook.office.com/mail/deeplink/read/AAMk2', 'AAMk2'],
    ['https://outlook.office365.com/owa/?ItemID=RgAAAA&viewmodel=ReadMessageItem', 'RgAAAA'],
    // Decoded once: the query's own decoding is not undone a second time.
    ['https://outlook.office365.com/owa/?ItemID=Rg%2525AA', 'Rg%25AA'],
    // A malformed escape in the path is kept as it stands rather than stop the content script.
    ['https://outlook.live.com/mail/0/id/AAQk%ZZ', 'AAQk%ZZ'],
    ['https://outlook.cloud.microsoft/mail/inbox', undefined],
  ])('messageKey(%s)', (url, key) => {
    expect(outlook.messageKey(new URL(url))).toBe(key);
  });
});
