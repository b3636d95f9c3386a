/**
 * The history page, as a path inside the extension: the popup's "History" link and the options open
 * `browser.runtime.getURL(historyPagePath)`.
 *
 * @example
 * browser.runtime.getURL(historyPagePath)
 * //=> 'chrome-extension://<id>/src/history/index.html'
 */
export const historyPagePath = 'src/history/index.html';
