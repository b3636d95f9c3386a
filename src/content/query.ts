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

/**
 * The first element, in document order, that matches any of the alternatives and comes before
 * `boundary` within `root`: what a message's header shows ahead of its body. The alternatives count
 * alike here, since where an element stands says more than which alternative it matches (a header
 * names its sender before its recipients); and `boundary` itself, which may hold megabytes, is never
 * searched.
 *
 * @example
 * // <div role="listitem"><header><button aria-label="Von: Jana <jana@example.com>">…</header><div role="document">…</div></div>
 * queryBefore(item, ['span[title*="@"]', '[aria-label^="Von:"]'], body)
 * //=> <button aria-label="Von: Jana <jana@example.com>">
 */
export function queryBefore(root: Element, selectors: Selectors, boundary: Element): Element | undefined {
  if (boundary === root || !root.contains(boundary)) {
    return undefined;
  }

  const selector = selectors.join(', ');
  // The ancestors of `boundary` below `root`, outermost first: what precedes each, level by level, is
  // what precedes `boundary` in document order.
  const chain: Element[] = [];
  for (let node: Element | null = boundary; node !== null && node !== root; node = node.parentElement) {
    chain.unshift(node);
  }

  for (const node of chain) {
    for (let sibling = node.parentElement?.firstElementChild ?? null; sibling !== null && sibling !== node; sibling = sibling.nextElementSibling) {
      const found = sibling.matches(selector) ? sibling : sibling.querySelector(selector);
      if (found) {
        return found;
      }
    }
  }

  return undefined;
}
