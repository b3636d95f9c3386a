/**
 * TEST-ONLY, loaded into Thunderbird by driver-thunderbird.mjs, never part of the extension: the
 * child half of a window actor that runs a function in one of the extension's pages (the popup
 * above a message), as puppeteer's `page.evaluate` does in a browser. Thunderbird's WebDriver BiDi
 * sees no content pages but its own chrome: extension pages live in the extension process, which
 * only an actor reaches from there.
 *
 * The function runs in a sandbox whose prototype is the page's window, with the page's own
 * principal and no Xray wrappers: it sees the page's document and its extension globals (`browser`,
 * `chrome`) as the page's scripts do, and the page's content security policy (no eval) does not
 * stand in its way. Its result travels back as JSON.
 */
/* global Cu, JSWindowActorChild */

export class BounceDecoderTestChild extends JSWindowActorChild {
  /** @param {{name: string, data: {source: string, arg: string}}} message  `arg` is JSON */
  async receiveMessage({name, data}) {
    if (name !== 'evaluate') {
      return undefined;
    }

    const window = this.contentWindow;
    const sandbox = Cu.Sandbox(window, {sandboxPrototype: window, wantXrays: false, sandboxName: 'bounce-decoder end-to-end test'});
    return Cu.evalInSandbox(
      `Promise.resolve((${data.source})(${data.arg})).then((result) => JSON.stringify(result === undefined ? null : result))`,
      sandbox,
    );
  }
}
