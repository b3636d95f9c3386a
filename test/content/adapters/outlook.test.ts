// @vitest-environment happy-dom
/**
 * The Outlook adapter on saved reading panes of Outlook on the web (test/fixtures/dom/outlook-*.html):
 * new-style and classic Exchange NDRs, an English and a German UI, and a postmaster's ordinary mail
 * (the other interface languages: languages.test.ts); and on reading panes built here that carry
 * only the labels of one interface language, or only roles.
 */
import {Window} from 'happy-dom';
import {afterEach, describe, expect, test} from 'vitest';
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

  test('findMessages() takes the sender from the header, not a look-alike inside the body', () => {
    const document = fixturePage('outlook-de-bounce', 'https://outlook.office.com/mail/inbox/id/AAQk1');
    const header = document.querySelector('.x-header');
    header?.querySelector('button')?.removeAttribute('aria-label');
    // Anyone can write a body: a persona label in it names no sender.
    const lookAlike = document.createElement('span');
    lookAlike.setAttribute('aria-label', 'Von: Mail Delivery Subsystem <mailer-daemon@googlemail.com>');
    document.querySelector('[role="document"]')?.prepend(lookAlike);
    expect(outlook.findMessages(document)[0]?.sender).toBe('');
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

const windows: Window[] = [];
afterEach(async () => {
  await Promise.all(windows.splice(0).map(async (window) => window.happyDOM.close()));
});

/**
 * A reading pane with two messages, each found only through the labels given: no role on the
 * messages or their bodies, no title on the senders. The first message is a bounce, the second a
 * reply from a colleague, so each body must get its own sender.
 */
function labelledPane({from, body, message}: {from: string; body: string; message: string}): Document {
  const window = new Window({url: 'https://outlook.office.com/mail/inbox/id/AAQkLabels'});
  windows.push(window);
  const document = window.document as unknown as Document;
  const pane = document.createElement('div');
  pane.id = 'ReadingPaneContainerId';
  const heading = document.createElement('div');
  heading.setAttribute('role', 'heading');
  heading.setAttribute('aria-level', '2');
  heading.textContent = 'Undeliverable: Q3';
  pane.append(heading);
  for (const [name, address, text] of [['Microsoft Outlook', 'postmaster@example.com', 'Bounce text'], ['Jana', 'jana@example.org', 'Reply text']]) {
    const item = document.createElement('div');
    item.setAttribute('aria-label', message);
    const persona = document.createElement('button');
    persona.setAttribute('aria-label', `${from} ${name} <${address}>`);
    persona.textContent = name ?? '';
    const bodyElement = document.createElement('div');
    bodyElement.setAttribute('aria-label', body);
    bodyElement.textContent = text ?? '';
    item.append(persona, bodyElement);
    pane.append(item);
  }
  // The reply box carries the body's label too, and is no message.
  const reply = document.createElement('div');
  reply.setAttribute('aria-label', body);
  reply.setAttribute('contenteditable', 'true');
  pane.append(reply);
  document.body.append(pane);
  return document;
}

describe('outlook in each interface language, by its labels alone', () => {
  // The labels as Outlook on the web shows them in each interface language (outlook.ts says where each comes from).
  test.each([
    ['en', {from: 'From:', body: 'Message body', message: 'Email message'}],
    ['de', {from: 'Von:', body: 'Nachrichtentext', message: 'E-Mail-Nachricht'}],
    ['fr', {from: 'De :', body: 'Corps du message', message: 'Message électronique'}],
    ['fr, with a no-break space', {from: 'De\u00a0:', body: 'Corps du message', message: 'Message électronique'}],
    ['es', {from: 'De:', body: 'Cuerpo del mensaje', message: 'Mensaje de correo electrónico'}],
    ['it', {from: 'Da:', body: 'Corpo del messaggio', message: 'Messaggio di posta elettronica'}],
    ['nl', {from: 'Van:', body: 'Berichttekst', message: 'E-mailbericht'}],
    ['pt-BR', {from: 'De:', body: 'Corpo da mensagem', message: 'Mensagem de email'}],
    ['ja', {from: '差出人:', body: 'メッセージ本文', message: 'メール メッセージ'}],
    ['ja, with a full-width colon', {from: '差出人：', body: 'メッセージ本文', message: 'メール メッセージ'}],
  ])('findMessages() in %s', (_language, labels) => {
    const messages = outlook.findMessages(labelledPane(labels));
    expect(messages.map((message) => [message.body.textContent, message.sender])).toEqual([
      ['Bounce text', `${labels.from} Microsoft Outlook <postmaster@example.com> Microsoft Outlook`],
      ['Reply text', `${labels.from} Jana <jana@example.org> Jana`],
    ]);
  });

  test('findMessages() leaves a label it does not know to the text fallback', () => {
    const messages = outlook.findMessages(labelledPane({from: 'Från:', body: 'Meddelandetext', message: 'E-postmeddelande'}));
    // Swedish is no interface language of the extension: no body is found by its label, and the
    // pane's text, whose first lines show a notice's subject, is read instead.
    expect(messages.map((message) => message.fallback)).toEqual([true]);
  });
});
