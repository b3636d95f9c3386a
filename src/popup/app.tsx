import {useEffect, useRef, useState} from 'preact/hooks';
import {decode} from '../decoder/index.ts';
import type {DecodeResult} from '../decoder/types.ts';
import {activeTabId} from '../shared/browser.ts';
import {popupToBackground} from '../shared/messages.ts';
import type {TabDiagnosis} from '../shared/storage.ts';
import {DiagnosisCard} from './diagnosis-card.tsx';

/** The paste box, and what the decoder makes of it, as the user types. */
export function App() {
  const [text, setText] = useState('');
  const [result, setResult] = useState<DecodeResult>();
  const tabId = useRef<number>(undefined);
  // Only what the user typed is sent back for keeping: the text restored on opening already is kept,
  // and the empty box on opening must not wipe it before it arrives.
  const typed = useRef(false);

  useEffect(() => {
    void restore();

    async function restore(): Promise<void> {
      tabId.current = await activeTabId();
      if (tabId.current === undefined) {
        return;
      }

      const kept = await popupToBackground.getTabDiagnosis({tabId: tabId.current});
      if (kept && !typed.current) {
        setText(kept.text);
      }
    }
  }, []);

  useEffect(() => {
    if (text.trim() === '') {
      setResult(undefined);
      keep(undefined);
      return undefined;
    }

    // `decode` is asynchronous (a pasted raw message is MIME-parsed); of the decodings in flight
    // while the user types, only the one for the current text may land.
    let current = true;
    void decode(text).then((decoded) => {
      if (current) {
        setResult(decoded);
        keep({text, result: decoded});
      }
    });
    return () => {
      current = false;
    };
  }, [text]);

  function keep(diagnosis: TabDiagnosis | undefined): void {
    if (!typed.current || tabId.current === undefined) {
      return;
    }

    popupToBackground.setTabDiagnosis({tabId: tabId.current, diagnosis}).catch((error: unknown) => {
      // Keeping the text is a convenience: the decoding on screen is right either way.
      console.warn('Could not keep this diagnosis for the tab', error);
    });
  }

  return (
    <main>
      <label for="bounce-text">Paste a bounce, a log line or a code</label>
      <textarea
        id="bounce-text"
        value={text}
        rows={6}
        spellcheck={false}
        autofocus
        placeholder="550 5.1.1 <someone@example.com>: Recipient address rejected: User unknown"
        onInput={(event) => {
          typed.current = true;
          setText(event.currentTarget.value);
        }}
      />
      <section aria-live="polite" aria-label="Diagnosis">
        {result === undefined ? undefined : <Result result={result} />}
      </section>
    </main>
  );
}

function Result({result}: {readonly result: DecodeResult}) {
  if (result.kind === 'none' || result.recipients.length === 0) {
    return <p class="empty">No SMTP error found in this text</p>;
  }

  return (
    <>
      {result.recipients.map((recipient, index) => (
        // Recipients have no id of their own, and their order is the order of the input.
        <DiagnosisCard key={index} diagnosis={recipient} />
      ))}
    </>
  );
}
