/**
 * Noticing that the user opened another message in a single-page webmail, without polling: a
 * MutationObserver on the message pane (and, without `subtree`, on each of its ancestors, so that
 * a replaced pane is noticed too), URL changes (Navigation API where there is one, `hashchange`,
 * `popstate`), all debounced. Everything stops when `signal` aborts.
 */
import type {WebmailAdapter} from './adapters/types.ts';

export interface WatchOptions {
  /** Stops watching: observers disconnected, listeners removed, pending timer cleared. */
  readonly signal: AbortSignal;
  /**
   * Quiet time after the last change before `onChange` runs.
   * @default 300
   */
  readonly debounceMs?: number;
  /**
   * Longest wait under a stream of changes that never goes quiet (a webmail that animates).
   * @default 1500
   */
  readonly maxWaitMs?: number;
}

/** The part of the Navigation API used here; typed locally since not every browser has it. */
interface NavigationLike extends EventTarget {
  readonly currentEntry?: unknown;
}

/**
 * Calls `onChange` once now, then after every settled change of the message pane or the URL.
 *
 * @example
 * const controller = new AbortController();
 * watchMessages(gmail, document, () => scanner.scan(), {signal: controller.signal});
 * controller.abort(); // stops everything
 */
export function watchMessages(
  adapter: Pick<WebmailAdapter, 'findPane'>,
  document: Document,
  onChange: () => void,
  {signal, debounceMs = 300, maxWaitMs = 1500}: WatchOptions,
): void {
  if (signal.aborted) {
    return;
  }

  const window = document.defaultView;
  let pane: Element | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstChangeAt: number | undefined;

  const settle = (): void => {
    timer = undefined;
    firstChangeAt = undefined;
    observe(adapter.findPane(document));
    onChange();
  };

  const schedule = (): void => {
    const now = Date.now();
    firstChangeAt ??= now;
    clearTimeout(timer);
    timer = setTimeout(settle, Math.max(0, Math.min(debounceMs, firstChangeAt + maxWaitMs - now)));
  };

  const observer = new MutationObserver(schedule);

  function observe(found: Element | undefined): void {
    if (found === pane && found?.isConnected) {
      return;
    }

    observer.disconnect();
    pane = found;
    const target = found ?? document.body ?? document.documentElement;
    // Until there is a pane, the whole page is watched for one to appear.
    observer.observe(target, {childList: true, subtree: true});
    if (found) {
      for (let ancestor = found.parentElement; ancestor; ancestor = ancestor.parentElement) {
        observer.observe(ancestor, {childList: true});
      }
    }
  }

  window?.addEventListener('hashchange', schedule, {signal});
  window?.addEventListener('popstate', schedule, {signal});
  const navigation = (window as (Window & {navigation?: NavigationLike}) | null)?.navigation;
  navigation?.addEventListener('currententrychange', schedule, {signal});
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  }, {once: true});

  settle();
}
