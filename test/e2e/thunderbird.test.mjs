// @ts-check
/**
 * Issue 14 in real Thunderbird (Debian's `thunderbird`, headless): the add-on built in
 * dist/thunderbird, installed as a temporary add-on, on a profile whose Local Folders hold example
 * notices and ordinary mail. Each message is displayed as a click on its row would display it;
 * the badge of the button above it is read as Thunderbird draws it, and the popup that button opens
 * is read as a person sees it: the displayed message's cards first, then the paste box.
 *
 * What the add-on decodes is what the command line prints for the same raw message: the test asks
 * Thunderbird for the raw message (`messages.getRaw`, from the popup's page), checks that it is the
 * message as written, and decodes those bytes with `dist/cli/decode.mjs --json -`.
 *
 * The notices are the project's own examples (public/examples, written for it with documentation
 * addresses) and two made here: one whose codes are in its delivery report only, and one of 5 MB
 * (past the 4 MB the decoder reads); beside them, two messages that are no notice. The history
 * page, opened last, names where its entries came from.
 */
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {after, before, describe, test} from 'node:test';
import {builtManifest, skip, ThunderbirdDriver, ThunderbirdPage} from './driver-thunderbird.mjs';
import {root, tally} from './support.mjs';

/** @typedef {import('./driver-thunderbird.mjs').ThunderbirdPopup} ThunderbirdPopup */
/** @typedef {import('../../src/shared/storage.ts').PageDiagnosis} PageDiagnosis */

const folder = 'Bounces';
const cli = path.join(root, 'dist', 'cli', 'decode.mjs');

/** @param {string} name  a file of public/examples */
const example = (name) => readFileSync(path.join(root, 'public', 'examples', name));

/** @param {string} text  LF line ends */
const raw = (text) => Buffer.from(text, 'utf8');

/** The human-readable part of the notice whose codes are in its report only: all a webmail page shows of it. */
const reportOnlyNotification = `This is the mail system at host mail.example.net.

Your message could not be delivered to one or more recipients.
The attached delivery report says which, and why.

                   The mail system
`;

/** A Postfix bounce that names neither the recipient's reply nor its code in words: only its delivery report does. */
const reportOnlyNotice = raw(`Return-Path: <>
Received: by mail.example.net (Postfix)
	id 4A2B31C0A2B; Tue,  4 Mar 2025 09:12:40 +0000 (UTC)
Date: Tue,  4 Mar 2025 09:12:40 +0000 (UTC)
From: MAILER-DAEMON@mail.example.net (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: sender@example.net
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4A2B31C0A2B.1741079560/mail.example.net"
Message-Id: <20250304091240.4A2B31C0A2B@mail.example.net>

This is a MIME-encapsulated message.

--4A2B31C0A2B.1741079560/mail.example.net
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

${reportOnlyNotification}
--4A2B31C0A2B.1741079560/mail.example.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.net
X-Postfix-Queue-ID: 4A2B31C0A2B
Arrival-Date: Tue,  4 Mar 2025 09:12:31 +0000 (UTC)

Final-Recipient: rfc822; carol@example.com
Original-Recipient: rfc822;carol@example.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 552 5.2.2 <carol@example.com>: Mailbox full, quota
    exceeded

--4A2B31C0A2B.1741079560/mail.example.net
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <sender@example.net>
Date: Tue,  4 Mar 2025 09:12:30 +0000
To: carol@example.com
Subject: Invoice 2025-03
Message-Id: <invoice-2025-03@example.net>

--4A2B31C0A2B.1741079560/mail.example.net--
`);

/** A Postfix bounce that returns the whole message, with an attachment that makes it 5 MB. */
function largeNotice() {
  const line = 'QmlnIGF0dGFjaG1lbnQgZm9yIHRoZSBlbmQtdG8tZW5kIHRlc3Qgb2YgdGhlIGRlY29kZXIncyBib3Vu\n';
  const attachment = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
  return raw(`Return-Path: <>
Date: Tue,  4 Mar 2025 11:02:10 +0000 (UTC)
From: MAILER-DAEMON@mail.example.net (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender (the slides)
To: sender@example.net
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="7C3D1.1741086130/mail.example.net"
Message-Id: <20250304110210.7C3D1@mail.example.net>

This is a MIME-encapsulated message.

--7C3D1.1741086130/mail.example.net
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<dave@example.com>: host mx.example.com[198.51.100.7] said: 550 5.1.1
    <dave@example.com>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)

--7C3D1.1741086130/mail.example.net
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.example.net

Final-Recipient: rfc822; dave@example.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <dave@example.com>: Recipient address
    rejected: User unknown in virtual mailbox table

--7C3D1.1741086130/mail.example.net
Content-Description: Undelivered Message
Content-Type: message/rfc822

Date: Tue,  4 Mar 2025 11:01:58 +0000
To: dave@example.com
Subject: The slides
Message-Id: <slides@example.net>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="slides"

--slides
Content-Type: text/plain; charset=us-ascii

The slides, as promised.

--slides
Content-Type: application/octet-stream; name="slides.bin"
Content-Transfer-Encoding: base64

${attachment}
--slides--

--7C3D1.1741086130/mail.example.net--
`);
}

const lunch = raw(`Date: Mon, 3 Mar 2025 10:00:00 +0000
From: Alice <alice@example.org>
To: sender@example.net
Subject: Lunch on Thursday
Message-ID: <lunch-thursday@example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Shall we meet at noon, by the fountain?
`);

/** Passes the cheap filter (the sender is a postmaster), so it is read; its body is no notice's. */
const memo = raw(`Date: Mon, 3 Mar 2025 11:00:00 +0000
From: Postmaster <postmaster@example.com>
To: mail-team@example.com
Subject: Mail team meeting on Thursday
Message-ID: <meeting-thursday@example.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Let's go through last week's 550 5.7.26 rejections from Gmail on Thursday.
`);

/**
 * A notice and what Thunderbird must show above it: the badge's text, its tooltip (the worst
 * recipient's verdict), and the recipients the popup's cards name, worst first.
 * @typedef {{message: Buffer, subject: string, badge: string, title: string, recipients: string[]}} Notice
 */

/** @type {Notice} */
const gmailNotice = {
  message: example('gmail-address-not-found.eml'), subject: 'Delivery Status Notification (Failure)',
  badge: '5xx', title: 'Bounce Decoder: Permanent failure: the address does not exist', recipients: ['jane.doe@example.com'],
};

/** @type {Notice} */
const delayNotice = {
  message: example('postfix-mailbox-full-delay.eml'), subject: 'Delayed Mail (still being retried)',
  badge: '4xx', title: 'Bounce Decoder: Temporary: the server will retry', recipients: ['bob@example.com'],
};

/** @type {ReadonlyArray<[name: string, Notice]>} */
const notices = [
  ['Gmail "Address not found"', gmailNotice],
  ['Microsoft 365 "Undeliverable"', {
    message: example('microsoft365-recipient-not-found.eml'), subject: 'Undeliverable: Project kickoff',
    badge: '5xx', title: 'Bounce Decoder: Permanent failure: the address does not exist', recipients: ['alex@example.com'],
  }],
  ['Postfix "Delayed Mail", a delay', delayNotice],
  ['a bounce whose codes are in its delivery report only', {
    message: reportOnlyNotice, subject: 'Undelivered Mail Returned to Sender',
    badge: '5xx', title: 'Bounce Decoder: Permanent failure: the mailbox is full', recipients: ['carol@example.com'],
  }],
  ['a bounce of 5 MB, past what the decoder reads', {
    message: largeNotice(), subject: 'Undelivered Mail Returned to Sender (the slides)',
    badge: '5xx', title: 'Bounce Decoder: Permanent failure: the address does not exist', recipients: ['dave@example.com'],
  }],
];

const messages = [...notices.map(([, {message}]) => message), lunch, memo];

/**
 * One recipient as the command line's `--json` prints it: src/shared/json-record.ts's
 * `jsonRecipient` (which the extension's "Copy JSON" uses too), from the built library.
 * @returns {Promise<typeof import('../../src/shared/json-record.ts').jsonRecipient>}
 */
async function loadJsonRecipient() {
  const library = path.join(root, 'dist', 'library', 'index.js');
  assert.ok(existsSync(library), 'No dist/library/index.js: run `npm run build` first (`npm test` does)');
  /** @type {typeof import('../../src/shared/json-record.ts')} */
  const module = await import(pathToFileURL(library).href);
  return module.jsonRecipient;
}

/**
 * What the command line prints for `input` with `--json`, read from standard input.
 * @param {Buffer} input
 * @returns {{kind: string, recipients: import('../../src/shared/json-record.ts').JsonRecipient[]}}
 */
function cliDecoding(input) {
  assert.ok(existsSync(cli), 'No dist/cli/decode.mjs: run `npm run build` first (`npm test` does)');
  const run = spawnSync(process.execPath, [cli, '--json', '-'], {input, encoding: 'utf8', timeout: 60_000});
  assert.equal(run.status, 0, `decode.mjs failed: ${run.stderr}`);
  const {kind, recipients} = JSON.parse(run.stdout);
  return {kind, recipients};
}

/**
 * What the background keeps for the popup's tab (the tab that displays the message), and the
 * displayed message's raw source as Thunderbird hands it to the add-on.
 * @param {ThunderbirdPopup} popup
 */
async function keptAndRaw(popup) {
  const found = await popup.evaluate(async () => {
    // The popup's page has Thunderbird's APIs too: the add-on's `messagesRead` is granted to all its pages.
    const mail = /** @type {{messageDisplay: {getDisplayedMessages: (tabId: number) => Promise<{messages: {id: number}[]}>}, messages: {getRaw: (id: number, options: object) => Promise<string>}}} */ (
      /** @type {unknown} */ (browser));
    const [tab] = await chrome.tabs.query({active: true, currentWindow: true});
    const key = `pageDiagnosis:${tab?.id}`;
    const displayed = await mail.messageDisplay.getDisplayedMessages(/** @type {number} */ (tab?.id));
    const [shown] = displayed.messages;
    return {
      kept: /** @type {PageDiagnosis | undefined} */ ((await chrome.storage.session.get(key))[key]),
      displayed: displayed.messages.length,
      raw: shown === undefined ? null : await mail.messages.getRaw(shown.id, {data_format: 'BinaryString'}),
    };
  });
  return {...found, raw: found.raw === null ? undefined : Buffer.from(found.raw, 'latin1')};
}

/**
 * What the popup shows, in its order: its section headings, the cards of what was found in the
 * displayed message, whether the paste box comes after them, and its buttons.
 * @param {ThunderbirdPopup} popup
 */
async function popupView(popup) {
  return popup.evaluate(() => {
    const found = document.querySelector('.page-results');
    const pasteBox = document.querySelector('#bounce-text');
    return {
      headings: [...document.querySelectorAll('h2.section-title')].map((heading) => heading.textContent),
      cards: [...(found?.querySelectorAll('article') ?? [])].map((card) => ({
        verdict: card.querySelector('h2')?.textContent ?? '',
        recipient: card.querySelector('.recipient')?.textContent ?? '',
      })),
      pasteBoxAfterCards: found !== null && pasteBox !== null && (found.compareDocumentPosition(pasteBox) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      pasteBox: pasteBox !== null,
      buttons: [...document.querySelectorAll('button')].map((button) => button.textContent ?? ''),
    };
  });
}

const {counted, print} = tally('Thunderbird');

describe('Thunderbird', {skip}, () => {
  /** @type {ThunderbirdDriver | undefined} */
  let thunderbird;
  const started = performance.now();

  before(async () => {
    thunderbird = await ThunderbirdDriver.launch({folder, messages});
  });

  after(async () => {
    await thunderbird?.close();
    print();
    console.log(`Thunderbird end-to-end: ${((performance.now() - started) / 1000).toFixed(1)} s, start to finish`);
  });

  /** @returns {ThunderbirdDriver} */
  const driver = () => {
    assert.ok(thunderbird, 'Thunderbird did not start');
    return thunderbird;
  };

  test('the add-on built for Thunderbird installs: its own id, messagesRead, no page readers', counted(async () => {
    const manifest = builtManifest();
    assert.equal(driver().extensionId, manifest.browser_specific_settings.gecko.id);
    assert.equal(manifest.browser_specific_settings.gecko.strict_min_version, '128.0');
    assert.deepEqual(manifest.permissions, ['storage', 'messagesRead']);
    assert.equal(manifest.message_display_action.default_popup, manifest.action.default_popup);
    assert.deepEqual(Object.keys(manifest).filter((key) => ['content_scripts', 'commands', 'host_permissions'].includes(key)), []);
    assert.deepEqual(Object.keys(manifest.background), ['scripts', 'type']);
  }));

  for (const [name, expected] of notices) {
    test(`${name}: the badge above it, the popup's cards, and the command line's decoding of the same raw message`, counted(async () => {
      // From an ordinary message, so that the badge read is this notice's, not the last one's.
      await driver().display('Lunch on Thursday');
      await driver().badgeBecomes('', 'Bounce Decoder');
      await driver().display(expected.subject);
      const button = await driver().badgeBecomes(expected.badge, expected.title);
      // The label stays the add-on's name: the verdict is the tooltip's.
      assert.equal(button.label, 'Bounce Decoder');
      assert.match(button.badgeStyle, expected.badge === '4xx' ? /background-color: rgba\(249, 171, 0, 1\)/ : /background-color: rgba\(197, 34, 31, 1\)/);

      const popup = await driver().openPopup();
      try {
        await popup.waitForFunction(() => document.querySelector('.page-results article') !== null, null);
        const view = await popupView(popup);
        assert.deepEqual(view.headings, ['Found in the displayed message']);
        assert.deepEqual(view.cards.map(({recipient}) => recipient), expected.recipients);
        assert.equal(view.cards[0]?.verdict, expected.title.replace(/^Bounce Decoder: /, ''));
        assert.ok(view.pasteBoxAfterCards, 'the paste box comes after the cards');
        // Thunderbird's build reads no page: the button that would is not there.
        assert.ok(!view.buttons.includes('Decode this page'), `buttons: ${view.buttons.join(', ')}`);

        const {kept, raw} = await keptAndRaw(popup);
        assert.ok(raw?.equals(expected.message), 'Thunderbird hands the add-on the message as written');
        assert.equal(kept?.source, 'thunderbird');
        const [notice, ...others] = kept?.notices ?? [];
        assert.deepEqual(others, []);
        assert.ok(notice);
        const fromCli = cliDecoding(expected.message);
        const jsonRecipient = await loadJsonRecipient();
        assert.deepEqual({kind: notice.result.kind, recipients: notice.result.recipients.map((recipient) => jsonRecipient(recipient))}, fromCli);
      } finally {
        await popup.close();
      }
    }));
  }

  test('the report part is what a webmail page never shows: its text alone names no recipient\'s code', counted(async () => {
    // What the add-on decoded above from the raw message, the notification's text alone does not give.
    const fromText = cliDecoding(Buffer.from(reportOnlyNotification));
    assert.deepEqual(fromText.recipients.filter(({status}) => status === '5.2.2'), []);
  }));

  test('an ordinary message after a bounce: no badge, and the popup shows the paste box alone', counted(async () => {
    // From no badge, so that the bounce's badge read is its own and not the last notice's, alike.
    await driver().display('Lunch on Thursday');
    await driver().badgeBecomes('', 'Bounce Decoder');
    await driver().display(gmailNotice.subject);
    await driver().badgeBecomes('5xx', gmailNotice.title);
    await driver().display('Lunch on Thursday');
    await driver().badgeBecomes('', 'Bounce Decoder');

    const popup = await driver().openPopup();
    try {
      const view = await popupView(popup);
      assert.deepEqual(view.headings, []);
      assert.deepEqual(view.cards, []);
      assert.ok(view.pasteBox);
      const {kept, displayed} = await keptAndRaw(popup);
      assert.equal(displayed, 1);
      assert.equal(kept, undefined);
    } finally {
      await popup.close();
    }
  }));

  test('a postmaster\'s memo that quotes a code is no notice: no badge', counted(async () => {
    await driver().display(delayNotice.subject);
    await driver().badgeBecomes('4xx', delayNotice.title);
    await driver().display('Mail team meeting on Thursday');
    await driver().badgeBecomes('', 'Bounce Decoder');
  }));

  test('the history keeps each notice\'s recipients as "Thunderbird", and nothing of the other messages; its page says so', counted(async () => {
    await driver().display(gmailNotice.subject);
    await driver().badgeBecomes('5xx', gmailNotice.title);
    const popup = await driver().openPopup();
    try {
      const entries = await popup.evaluate(async () => {
        const database = await new Promise((resolve, reject) => {
          const request = indexedDB.open('bounce-decoder-history');
          request.onsuccess = () => {
            resolve(request.result);
          };
          request.onerror = () => {
            reject(request.error ?? new Error('could not open the history'));
          };
        });
        /** @type {{source: string, recipient: string}[]} */
        const all = await new Promise((resolve, reject) => {
          const request = /** @type {IDBDatabase} */ (database).transaction('entries').objectStore('entries').getAll();
          request.onsuccess = () => {
            resolve(request.result);
          };
          request.onerror = () => {
            reject(request.error ?? new Error('could not read the history'));
          };
        });
        return all.map(({source, recipient}) => ({source, recipient}));
      });
      const expected = notices.flatMap(([, {recipients}]) => recipients).sort();
      assert.deepEqual(entries.map(({recipient}) => recipient).sort(), expected);
      assert.deepEqual([...new Set(entries.map(({source}) => source))], ['thunderbird']);
      // The history page (the options page, which Thunderbird opens in a tab of its own) names the source.
      await popup.evaluate(() => {
        void chrome.runtime.openOptionsPage();
      });
    } finally {
      await popup.close();
    }

    const history = new ThunderbirdPage(driver(), await driver().pageAt('/src/history/index.html'));
    await history.waitForFunction((count) => document.querySelectorAll('.entry').length === count, notices.length);
    const shown = await history.evaluate(() => ({
      sources: [...document.querySelectorAll('.entry-facts .hint')].map((element) => element.textContent),
      filter: [...document.querySelectorAll('option')].map((option) => option.textContent),
    }));
    assert.deepEqual([...new Set(shown.sources)], ['Thunderbird']);
    assert.ok(shown.filter.includes('Thunderbird'), `the filters offer ${shown.filter.join(', ')}`);
  }));
});
