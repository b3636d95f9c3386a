/**
 * The popup's one line about the history: that decodings are kept on this computer (or that keeping
 * is off, or that the browser refused the last one), with a link to the history page.
 */
import {historyPagePath} from '../history/page-path.ts';
import type {KeepOutcome, KeptSource} from '../history/types.ts';
import {browser, message, type MessageName} from '../shared/browser.ts';

/** What the line says: keeping on, off, or the last write refused. */
export type KeepState = 'on' | 'off' | 'refused';

const lines: Readonly<Record<KeepState, MessageName>> = {
  on: 'keepLineOn',
  off: 'keepLineOff',
  refused: 'keepLineRefused',
};

/**
 * What the line says after a write.
 *
 * @example
 * keepStateOf({ok: false, reason: 'refused', message: 'QuotaExceededError: …'})
 * //=> 'refused'
 */
export function keepStateOf(outcome: KeepOutcome): KeepState {
  return outcome.ok ? 'on' : outcome.reason;
}

/**
 * How a decoding made in the popup is kept in the history, or `undefined` when it is not: text typed
 * by hand is not (every pause in typing would keep a half-typed text), nor a text decoded before (a
 * text restored for the tab, a context-menu selection, which the background keeps).
 *
 * @example
 * keptSourceOf({kind: 'text', typed: true})
 * //=> undefined
 * keptSourceOf({kind: 'file', pasted: true})
 * //=> 'paste'
 */
export function keptSourceOf(
  source: {readonly kind: 'text'; readonly keepAs?: 'paste' | 'selection'} | {readonly kind: 'file'; readonly pasted?: true},
): KeptSource | undefined {
  if (source.kind === 'file') {
    return source.pasted ? 'paste' : 'file';
  }
  return source.keepAs;
}

/** Opens the history page in a tab (`tabs.create` needs no permission), or else as the link would. */
async function openHistory(url: string): Promise<void> {
  try {
    await browser.tabs.create({url});
  } catch {
    window.open(url, '_blank', 'noopener');
  }
}

/** The line itself, text only. */
export function KeepLine({state}: {readonly state: KeepState}) {
  const url = browser.runtime.getURL(historyPagePath);
  return (
    <p class={state === 'refused' ? 'note keep-line problem' : 'note keep-line'}>
      {message(lines[state])}{' '}
      <a
        href={url}
        target="_blank"
        rel="noopener"
        onClick={(event) => {
          event.preventDefault();
          void openHistory(url);
        }}
      >
        {message('keepHistoryLink')}
      </a>
    </p>
  );
}
