/**
 * Reading a message body's text the way a person sees its lines, without asking the browser for
 * layout: `innerText` would lay out the whole page, which on a 2 MB message costs more than
 * everything else the content script does. Block elements and `<br>` become line breaks; text in
 * `<pre>` keeps its own; reading stops at `maxLength` characters.
 */

/** Elements that start a new line when rendered. */
const blockElements = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL',
]);

/** Elements whose content is never shown as text. */
const skippedElements = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'svg', 'SVG']);

/**
 * The default cap. A rendered notice's useful part (the explanation, the server's reply, the
 * recipients) comes first and fits well within 64 KiB; what follows is the quoted original message,
 * which can be megabytes, and reading it would cost the page's main thread for nothing.
 */
export const maxBodyText = 64 * 1024;

/** Where the first of `markers` (lower case) starts in `text`, or -1. */
function markerIndex(text: string, markers: readonly string[]): number {
  const lower = text.toLowerCase();
  let first = -1;
  for (const marker of markers) {
    const index = lower.indexOf(marker);
    if (index !== -1 && (first === -1 || index < first)) {
      first = index;
    }
  }
  return first;
}

/**
 * The text of `root` with its line structure, up to `maxLength` characters or to the first of the
 * `stopAt` markers (lower case; found within one text node), whichever comes first.
 *
 * @example
 * // <div>** Address not found **</div><div>The response was:<br>550 5.1.1 …</div>
 * readText(element)
 * //=> '** Address not found **\nThe response was:\n550 5.1.1 …'
 */
export function readText(root: Node, maxLength = maxBodyText, stopAt: readonly string[] = []): string {
  const parts: string[] = [];
  let length = 0;
  let stopped = false;
  // Whether the output ends a line, so that nested blocks add one line break, not several.
  let atLineStart = true;

  function push(text: string): void {
    parts.push(text);
    length += text.length;
    atLineStart = text.endsWith('\n');
  }

  function newline(): void {
    if (parts.at(-1) === ' ') {
      // The space after a table cell that ends its row.
      parts.pop();
      length--;
    }

    if (!atLineStart) {
      push('\n');
    }
  }

  function walk(node: Node, pre: boolean): void {
    for (let child = node.firstChild; child !== null && length < maxLength && !stopped; child = child.nextSibling) {
      if (child.nodeType === 3) {
        let data = (child as Text).data;
        const end = stopAt.length === 0 ? -1 : markerIndex(data, stopAt);
        if (end !== -1) {
          data = data.slice(0, end);
          stopped = true;
        }

        const text = pre ? data : data.replace(/\s+/g, ' ');
        if (text !== '' && !(text === ' ' && atLineStart)) {
          push(atLineStart && !pre ? text.trimStart() : text);
        }
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const name = element.nodeName;
        if (skippedElements.has(name)) {
          continue;
        }

        if (name === 'BR') {
          push('\n');
          continue;
        }

        const block = blockElements.has(name);
        if (block) {
          newline();
        }

        walk(element, pre || name === 'PRE');
        if (block) {
          newline();
        } else if ((name === 'TD' || name === 'TH') && !atLineStart) {
          // Cells of one row stay on one line, as on screen: "Reported error: 550 5.1.10 …".
          push(' ');
        }
      }
    }
  }

  walk(root, root.nodeName === 'PRE');
  const text = parts.join('');
  return text.length > maxLength ? text.slice(0, maxLength) : text;
}

/**
 * The short text of a header element (subject, sender), collapsed to one line; `undefined` for no
 * element. Reads `textContent`, which is cheap on the few nodes a header has.
 */
export function headerText(element: Element | null | undefined): string | undefined {
  if (!element) {
    return undefined;
  }

  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
