import {useEffect, useState} from 'preact/hooks';
import {message} from '../shared/browser.ts';

/** How long "Copied" stays beside the button. */
const confirmationMs = 2000;

/**
 * A button that copies `text()` to the clipboard and says "Copied" (or that it could not) beside
 * itself, in a status region that screen readers announce. A compact one is a small copy sign.
 */
export function CopyButton({label, text, compact = false}: {readonly label: string; readonly text: () => string; readonly compact?: boolean}) {
  const [outcome, setOutcome] = useState<'copied' | 'failed'>();

  useEffect(() => {
    if (outcome === undefined) {
      return undefined;
    }

    const timer = setTimeout(() => {
      setOutcome(undefined);
    }, confirmationMs);
    return () => {
      clearTimeout(timer);
    };
  }, [outcome]);

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text());
      setOutcome('copied');
    } catch {
      // No clipboard access: the popup lost focus, or the browser refused.
      setOutcome('failed');
    }
  }

  return (
    <span class="copy">
      {/* A compact button shows a copy sign and gives its label to assistive technology and the tooltip. */}
      {compact
        ? (
          <button type="button" class="compact" aria-label={label} title={label} onClick={() => void copy()}>
            {/* Two sheets, drawn rather than a font's glyph, which not every system has. */}
            <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" fill="none" stroke="currentColor">
              <rect x="3.5" y="0.5" width="8" height="8" rx="1" />
              <path d="M2.5 3.5h-1a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1h6a1 1 0 0 0 1-1v-1" />
            </svg>
          </button>
        )
        : <button type="button" onClick={() => void copy()}>{label}</button>}
      <span role="status" class={outcome === 'failed' ? 'copy-outcome failed' : 'copy-outcome'}>
        {outcome === undefined ? '' : message(outcome === 'copied' ? 'copied' : 'copyFailed')}
      </span>
    </span>
  );
}
