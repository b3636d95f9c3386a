/**
 * Content script, injected by the manifest into the webmail pages only (Gmail, Outlook on the web,
 * Yahoo Mail). It picks the page's adapter, watches for the user opening another message, and sends
 * the text of the messages that may be failure notices (by sender and subject) to the extension's
 * own background, which decodes them. It sends nothing anywhere else and keeps nothing.
 */
import {browser} from '../shared/browser.ts';
import {contentToBackground, isContentPing} from '../shared/messages.ts';
import {adapterFor} from './adapters/index.ts';
import {createScanner} from './scan.ts';
import {watchMessages} from './watch.ts';

const adapter = window.top === window ? adapterFor(location.hostname) : undefined;

if (adapter) {
  const controller = new AbortController();
  const scanner = createScanner(adapter, document, (report) => {
    contentToBackground.reportDiagnosis(report).catch((error: unknown) => {
      // After an update or removal of the extension this copy of the script is orphaned: it stops.
      if (browser.runtime?.id === undefined || /context invalidated/i.test(String(error))) {
        controller.abort();
      } else {
        console.warn('Bounce Decoder could not report this message', error);
      }
    });
  });

  // The background asks, after the tab loaded something, whether this page is still here.
  browser.runtime.onMessage.addListener((message: unknown) => (isContentPing(message) ? Promise.resolve(true) : undefined));
  watchMessages(adapter, document, () => {
    scanner.scan();
  }, {signal: controller.signal});
}
