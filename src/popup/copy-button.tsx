import {useEffect, useState} from 'preact/hooks';
import {message} from '../shared/browser.ts';

/** How long "Copied" stays beside the button. */
const confirmationMs = 2000;

/**
 * A button that copies `text()` to the clipboard and says "Copied" (or that it could not) beside
 * itself, in a status region that screen readers announce.
 */
export function CopyButton({label, text}: {readonly label: string; readonly text: () => string}) {
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
      <button type="button" onClick={() => void copy()}>{label}</button>
      <span role="status" class={outcome === 'failed' ? 'copy-outcome failed' : 'copy-outcome'}>
        {outcome === undefined ? '' : message(outcome === 'copied' ? 'copied' : 'copyFailed')}
      </span>
    </span>
  );
}
