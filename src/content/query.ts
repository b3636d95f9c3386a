/**
 * Selector lookups over lists of alternatives (`Selectors`): the first alternative that matches
 * anything wins, so the list's order is its preference.
 */
import type {Selectors} from './adapters/types.ts';

/**
 * The first element matched by the first alternative that matches any.
 *
 * @example
 * queryFirst(document, ['h2.hP', '[role="main"] h2'])
 * //=> <h2 class="hP">
 */
export function queryFirst(root: ParentNode, selectors: Selectors): Element | undefined {
  for (const selector of selectors) {
    const element = root.querySelector(selector);
    if (element) {
      return element;
    }
  }

  return undefined;
}

/**
 * Every element matched by the first alternative that matches any.
 *
 * @example
 * queryAll(pane, ['div.a3s', 'div.ii.gt']).length
 * //=> 2   (two expanded messages in a thread)
 */
export function queryAll(root: ParentNode, selectors: Selectors): Element[] {
  for (const selector of selectors) {
    const elements = root.querySelectorAll(selector);
    if (elements.length > 0) {
      return [...elements];
    }
  }

  return [];
}

/** The closest ancestor (or `element` itself) matching one of the alternatives, in their order. */
export function closest(element: Element, selectors: Selectors): Element | undefined {
  for (const selector of selectors) {
    const found = element.closest(selector);
    if (found) {
      return found;
    }
  }

  return undefined;
}
