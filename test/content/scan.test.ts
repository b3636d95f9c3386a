// @vitest-environment happy-dom
/**
 * The scanner between the adapter and the background: it reports candidates and changes only, and
 * never reads the body of a message that fails the sender/subject filter.
 */
import type {Window as HappyDomWindow} from 'happy-dom';
import {beforeEach, describe, expect, test, vi} from 'vitest';
import {gmail} from '../../src/content/adapters/gmail.ts';
import * as readTextModule from '../../src/content/read-text.ts';
import {createScanner, type PageReport} from '../../src/content/scan.ts';
import {fixtureHtml} from './fixture-page.ts';

vi.mock('../../src/content/read-text.ts', {spy: true});

const bounceUrl = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLxqTkSpvCGQwWdNjKhrMbtZ';
const newsletterUrl = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgNewsletterQuotesCodes0';

/** Shows `fixture` in this test's page at `url`, as a single-page webmail would. */
function show(fixture: string, url: string): void {
  (window as unknown as HappyDomWindow).happyDOM.setURL(url);
  const page = new DOMParser().parseFromString(fixtureHtml(fixture), 'text/html');
  document.body.replaceChildren(...[...page.body.childNodes].map((node) => document.importNode(node, true)));
}

let reports: PageReport[];
beforeEach(() => {
  reports = [];
  vi.mocked(readTextModule.readText).mockClear();
});

describe('createScanner()', () => {
  test('reports a bounce with its text, once, however often the page settles', () => {
    show('gmail-address-not-found', bounceUrl);
    const scanner = createScanner(gmail, document, (report) => reports.push(report));
    scanner.scan();
    scanner.scan();
    expect(reports).toHaveLength(1);
    expect(reports[0]?.source).toBe('gmail');
    expect(reports[0]?.messages).toHaveLength(1);
    expect(reports[0]?.messages[0]?.sender).toBe('Mail Delivery Subsystem <mailer-daemon@googlemail.com>');
    expect(reports[0]?.messages[0]?.text).toContain('550 5.1.1 <jane.doe@example.com>');
    // The spy sees the scanner's reads: the next test's "never read" means something.
    expect(readTextModule.readText).toHaveBeenCalledTimes(1);
  });

  test('never reads the body of a message that fails the filter', () => {
    show('gmail-newsletter-550', newsletterUrl);
    const scanner = createScanner(gmail, document, (report) => reports.push(report));
    scanner.scan();
    scanner.scan();
    expect(readTextModule.readText).not.toHaveBeenCalled();
    // The first look is reported (empty), so that a result kept from an earlier page is replaced.
    expect(reports).toEqual([{source: 'gmail', messages: []}]);
  });

  test('reports an empty page once the user moves from a bounce to an ordinary message, then nothing', () => {
    show('gmail-address-not-found', bounceUrl);
    const scanner = createScanner(gmail, document, (report) => reports.push(report));
    scanner.scan();
    show('gmail-newsletter-550', newsletterUrl);
    scanner.scan();
    show('gmail-order-550', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgOrderFiveFiftyAbCdEfGh');
    scanner.scan();
    expect(reports.map((report) => report.messages.length)).toEqual([1, 0]);
  });

  test('reports again when the same kind of bounce is another message', () => {
    show('gmail-address-not-found', bounceUrl);
    const scanner = createScanner(gmail, document, (report) => reports.push(report));
    scanner.scan();
    show('gmail-postfix-bounce', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfMrNpWqKtLvXsZdHjGcPbRwY');
    scanner.scan();
    expect(reports.map((report) => report.messages[0]?.subject)).toEqual(['Delivery Status Notification (Failure)', 'Undelivered Mail Returned to Sender']);
  });
});
