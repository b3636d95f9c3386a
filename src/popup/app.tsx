import {useEffect, useId, useLayoutEffect, useMemo, useRef, useState} from 'preact/hooks';
import type {DecodeResult, RecipientDiagnosis} from '../decoder/types.ts';
import {activeTabId, message} from '../shared/browser.ts';
import {readPageText} from '../shared/read-page.ts';
import {
  onItemChanged, type PageDiagnosis, pageDiagnosis, type PendingSelection, pendingSelection, tabDiagnosis,
  type TabDiagnosis,
} from '../shared/storage.ts';
import {DiagnosisCard} from './diagnosis-card.tsx';
import {decoderClient, Superseded} from './decoder-client.ts';
import {Overview} from './overview.tsx';
import {verdictOf, worstFirst} from '../shared/verdict.ts';
import {keepRefusal} from '../shared/storage.ts';
import {noticeKeyOf, readSettings} from '../history/store.ts';
import type {KeepOutcome} from '../history/types.ts';
import {popupToBackground} from '../shared/messages.ts';
import {KeepLine, type KeepState, keepStateOf, keptSourceOf} from './keep-line.tsx';
import {mailApis} from '../shared/thunderbird.ts';

/**
 * The longest paste that goes into the box. A text box lays out all it holds on the page's main
 * thread (a bare textarea takes 3.4 s for 5 MB here, bench:popup): a longer paste is decoded
 * beside the box, as a dropped file is, and the popup stays responsive.
 */
export const maxBoxedLength = 256 * 1024;

/** The longest text kept for the tab in storage.session (see `keep`). */
export const maxKeptLength = 1024 * 1024;

/** How long typing must pause before the text is decoded. */
const typingDelayMs = 150;

/** How old a context-menu selection may be and still be shown when the popup opens. */
const selectionFreshMs = 60_000;

/**
 * What is being decoded: text (typed, kept for the tab, selected with the context menu, read from
 * the page) or the bytes of a dropped or opened file.
 */
type Source =
  // `decoded`: the decoding that came with the text (kept with a restored text, made by the background
  // for a context-menu selection), shown as it is instead of decoding again. `keepAs`: how its
  // decoding goes to the history (a paste, the page read on request); typed text does not go.
  | {
    readonly kind: 'text'; readonly text: string; readonly typed: boolean; readonly decoded?: DecodeResult;
    readonly keepAs?: 'paste' | 'selection';
  }
  // `pasted`: a paste too long for the box (see `maxBoxedLength`), decoded beside it like a file.
  | {readonly kind: 'file'; readonly name: string; readonly size: number; readonly bytes: Uint8Array; readonly pasted?: true};

type PageState = 'reading' | 'unreadable' | 'empty' | undefined;

/** `12 KB`, `512 B`. */
function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${Math.round(bytes / 1024).toLocaleString('en')} KB`;
}

/**
 * The tab named in the page's address: the context menu's window says which tab it came from, since
 * its own active tab is itself. The popup proper names none and works on the active tab, the one
 * under it.
 */
function tabInAddress(): number | undefined {
  const tab = Number(new URLSearchParams(location.search).get('tab') ?? Number.NaN);
  return Number.isSafeInteger(tab) && tab >= 0 ? tab : undefined;
}

/**
 * Whether "Decode this page" can read the tab: not in Thunderbird, whose build has no `scripting`,
 * and where the background reads the displayed message's raw source by itself.
 */
const readsPages = mailApis() === undefined;

/**
 * The decoder runs in a worker made on the first decoding (see `decoder-client.ts`): a popup that
 * opens on a result already kept for the tab paints it without loading it, and a long text never
 * blocks typing or scrolling. (The providers' table comes with the popup all the same: docs-url.ts
 * reads from it which links a card may make.)
 */
const decoder = decoderClient();

/**
 * The decoder's own input cap (kept in step by a unit test), so a file is read no further, and a
 * longer text is said to be cut.
 */
export const maxFileBytes = 4 * 1024 * 1024;

/**
 * Reads a dropped or chosen file as bytes (the decoder reads charsets and MIME itself), no more of
 * it than the decoder would look at.
 */
export async function readDroppedFile(file: File): Promise<Source> {
  const bytes = new Uint8Array(await file.slice(0, maxFileBytes).arrayBuffer());
  return {kind: 'file', name: file.name, size: file.size, bytes};
}

/**
 * The popup: a paste box (or a dropped file, or the page's text) and what the decoder makes of it,
 * one card per recipient, worst first.
 */
export function App() {
  const [source, setSource] = useState<Source>({kind: 'text', text: '', typed: false});
  const [result, setResult] = useState<DecodeResult>();
  const [pending, setPending] = useState(false);
  const [pageState, setPageState] = useState<PageState>();
  const [fileError, setFileError] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [page, setPage] = useState<PageDiagnosis>();
  const [decodeFailed, setDecodeFailed] = useState(false);
  // The tab this popup is about, asked once: whatever needs it (keeping a text, a selection, the page
  // reader) waits for this one answer, so nothing chosen before it arrives is lost.
  const tabId = useMemo(async () => tabInAddress() ?? activeTabId(), []);
  // Only what the user chose (typed, selected, read from the page) is sent back for keeping: the
  // text restored on opening already is kept, and the empty box on opening must not wipe it.
  const chosen = useRef(false);
  // Counts the user's choices: a file that finishes reading after the user typed must not replace the text.
  const choices = useRef(0);
  // What the history line says; nothing until the settings are read.
  const [keepState, setKeepState] = useState<KeepState>();
  // Set by a paste into the box, for the input event it causes (the same task): that text was pasted, not typed.
  const pasting = useRef(false);

  function choose(next: Source): void {
    chosen.current = true;
    choices.current++;
    setPageState(undefined);
    setFileError(false);
    setSource(next);
  }

  // A layout effect: the reads start before the first paint rather than a frame after it (Preact runs
  // plain effects after painting), so a stored result can reach the screen one frame sooner.
  useLayoutEffect(() => {
    let stopWatching: (() => void) | undefined;
    let closed = false;
    restore().catch((error: unknown) => {
      // The paste box works without the tab's state.
      console.warn('Could not restore this tab\'s diagnosis', error);
    });

    async function restore(): Promise<void> {
      const tab = await tabId;
      if (tab === undefined || closed) {
        return;
      }

      // What the background found in the page open in this tab (a webmail notice, or a page read on
      // request; in Thunderbird, the message the tab displays), kept as it changes while the popup is
      // open; read straight from storage.session.
      const found = pageDiagnosis(tab);
      stopWatching = onItemChanged(found, (value) => {
        setPage(value);
      });
      found.get().then((value) => {
        setPage(value);
      }, (error: unknown) => {
        console.warn('Could not read what was found in this tab', error);
      });

      // What was pasted in this tab before.
      const kept = await tabDiagnosis(tab).get();
      if (kept && !chosen.current) {
        setSource({kind: 'text', text: kept.text, typed: false, decoded: kept.result});
      }
    }

    return () => {
      closed = true;
      stopWatching?.();
    };
  }, []);

  // After the first paint: the line waits for the history's settings, the answer does not.
  useEffect(() => {
    let closed = false;
    Promise.all([readSettings(), keepRefusal.get().catch(() => undefined)]).then(([settings, refusal]) => {
      if (!closed) {
        setKeepState((state) => state ?? (!settings.keep ? 'off' : refusal === undefined ? 'on' : 'refused'));
      }
    }, (error: unknown) => {
      // No IndexedDB here (a private window in some browsers): nothing can be kept.
      console.warn('Could not read the history\'s settings', error);
      if (!closed) {
        setKeepState('refused');
      }
    });
    return () => {
      closed = true;
    };
  }, []);

  useLayoutEffect(() => {
    // The context menu's selection: waiting when the popup opens, or arriving while it is open. Only
    // one made in this popup's tab: the small window of an earlier selection may still be open.
    async function show(selection: PendingSelection): Promise<void> {
      if (selection.tabId !== undefined && selection.tabId !== await tabId) {
        return;
      }

      choose({kind: 'text', text: selection.text, typed: false, decoded: selection.decoded});
      await pendingSelection.remove();
    }

    const warn = (error: unknown): void => {
      console.warn('Could not take the selection', error);
    };
    const stop = onItemChanged(pendingSelection, (selection) => {
      if (selection !== undefined) {
        show(selection).catch(warn);
      }
    });
    pendingSelection.get().then(async (selection) => {
      if (selection !== undefined && Date.now() - selection.at < selectionFreshMs) {
        await show(selection);
      }
    }).catch(warn);
    return stop;
  }, []);

  // A layout effect too: a decoding starts before the text's first paint, not a frame after it.
  useLayoutEffect(() => {
    setDecodeFailed(false);
    if (source.kind === 'text' && source.text.trim() === '') {
      setResult(undefined);
      setPending(false);
      keep(undefined);
      return undefined;
    }

    // A restored text comes with the decoding made when it was pasted, a selection with the one the
    // background made, in this browser session and so by this very decoder: it paints at once (see
    // `decodedWithSource`), with no decoder to load.
    if (source.kind === 'text' && source.decoded) {
      setResult(source.decoded);
      setPending(false);
      keep({text: source.text, result: source.decoded});
      return undefined;
    }

    // `decode` is asynchronous (a raw message is MIME-parsed); of the decodings in flight, only the
    // one for the current source may land.
    let current = true;
    setPending(true);
    const run = (): void => {
      const input = source.kind === 'text' ? source.text : source.bytes;
      const land = (decoded: DecodeResult, noticeKey: string | undefined): void => {
        if (current) {
          setResult(decoded);
          setPending(false);
          if (source.kind === 'text') {
            keep({text: source.text, result: decoded});
          }
          record(source, decoded, noticeKey);
        }
      };
      const failed = (error: unknown): void => {
        // A newer text took this one's place: its own decoding will land.
        if (error instanceof Superseded) {
          return;
        }

        // The decoder promises never to throw, but its code may fail to load: say so rather than
        // show "Decoding…" for ever, or an empty answer as if the text held nothing.
        console.error('Could not decode', error);
        if (current) {
          setResult(undefined);
          setPending(false);
          setDecodeFailed(true);
        }
      };
      // The history's key for what will be kept is made beside the decoding, not after it: the
      // answer and the message that keeps it then leave together, and a popup closed the moment
      // its answer shows has sent it already. Typed text is not kept, and waits for nothing more.
      if (keptSourceOf(source) === undefined) {
        decoder.decode(input).then((decoded) => {
          land(decoded, undefined);
        }, failed);
      } else {
        Promise.all([decoder.decode(input), noticeKeyOf(input).catch(() => undefined)]).then(([decoded, noticeKey]) => {
          land(decoded, noticeKey);
        }, failed);
      }
    };

    // Typing waits for a pause; anything else (a file, the page's text) is decoded at once.
    const timer = source.kind === 'text' && source.typed ? setTimeout(run, typingDelayMs) : undefined;
    if (timer === undefined) {
      run();
    }

    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [source]);

  // Rendered with its text, in the same render: through `result` it would wait for the effect above.
  const decodedWithSource = source.kind === 'text' ? source.decoded : undefined;

  function keep(diagnosis: TabDiagnosis | undefined): void {
    // Writing a long text to storage holds the page's main thread (about 2 s for 5 MB, measured
    // by bench:popup): longer pastes are decoded and shown, not kept for the tab.
    if (!chosen.current || (diagnosis !== undefined && diagnosis.text.length > maxKeptLength)) {
      return;
    }

    // Writes wait for the same answer, so they reach storage in the order they were made.
    tabId.then(async (tab) => (tab === undefined ? undefined : tabDiagnosis(tab).set(diagnosis))).catch((error: unknown) => {
      // Keeping the text is a convenience: the decoding on screen is right either way.
      console.warn('Could not keep this diagnosis for the tab', error);
    });
  }

  /**
   * Sends a decoding to the history, beside the answer: a paste, a file, the page read on request;
   * never typed text (see `keptSourceOf`). What the history did shows in the line.
   */
  function record(decodedSource: Source, decoded: DecodeResult, noticeKey: string | undefined): void {
    const as = keptSourceOf(decodedSource);
    if (as === undefined || decoded.kind === 'none' || decoded.recipients.length === 0) {
      return;
    }
    if (noticeKey === undefined) {
      console.warn('Could not keep this decoding in the history: no key for its notice');
      setKeepState('refused');
      return;
    }

    // The background writes it, and the message leaves now, with the answer: the popup may close
    // the moment its answer shows.
    popupToBackground.keepDecoding({result: decoded, noticeKey, source: as})
      .then((outcome: KeepOutcome | undefined) => {
        // No answer at all (no background listening) is not a kept decoding either.
        if (outcome === undefined) throw new Error('the background did not answer');
        setKeepState(keepStateOf(outcome));
      })
      .catch((error: unknown) => {
        console.warn('Could not keep this decoding in the history', error);
        setKeepState('refused');
      });
  }

  async function openFile(file: File | undefined): Promise<void> {
    if (file === undefined) {
      return;
    }

    const choice = choices.current;
    try {
      const read = await readDroppedFile(file);
      if (choices.current === choice) {
        choose(read);
      }
    } catch {
      setFileError(true);
    }
  }

  async function decodePage(): Promise<void> {
    setPageState('reading');
    try {
      const tab = await tabId;
      if (tab === undefined) {
        throw new Error('No tab to read');
      }

      const choice = choices.current;
      const text = await readPageText(tab);
      if (choices.current !== choice) {
        // The user typed or dropped something while the page was read.
        setPageState(undefined);
        return;
      }

      if (text.trim() === '') {
        setPageState('empty');
        return;
      }

      choose({kind: 'text', text, typed: false, keepAs: 'selection'});
    } catch {
      // Browser pages, add-on stores, and tabs without a grant cannot be read.
      setPageState('unreadable');
    }
  }

  return (
    <main
      class={dragging ? 'dragging' : undefined}
      onDragOver={(event) => {
        if (event.dataTransfer?.types.includes('Files')) {
          event.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(event) => {
        if (event.relatedTarget === null) {
          setDragging(false);
        }
      }}
      onDrop={(event) => {
        setDragging(false);
        const file = event.dataTransfer?.files[0];
        if (file !== undefined) {
          // Dropped text stays with the text box, which inserts it itself.
          event.preventDefault();
          void openFile(file);
        }
      }}
    >
      {page === undefined ? undefined : <PageResults page={page} />}
      <label for="bounce-text">{message('inputLabel')}</label>
      <textarea
        id="bounce-text"
        value={source.kind === 'text' ? source.text : ''}
        rows={5}
        spellcheck={false}
        autofocus
        aria-describedby="input-hint"
        placeholder={message('inputPlaceholder')}
        onInput={(event) => {
          const text = event.currentTarget.value;
          // A paste or a drop of text (not typing) is kept in the history and decoded at once.
          const inputType = (event as InputEvent).inputType ?? '';
          if (pasting.current || inputType.startsWith('insertFromPaste') || inputType === 'insertFromDrop') {
            pasting.current = false;
            choose({kind: 'text', text, typed: false, keepAs: 'paste'});
          } else {
            choose({kind: 'text', text, typed: true});
          }
        }}
        onPaste={(event) => {
          const pasted = event.clipboardData?.getData('text/plain') ?? '';
          if (pasted.length > maxBoxedLength) {
            event.preventDefault();
            const bytes = new TextEncoder().encode(pasted);
            choose({kind: 'file', name: '', size: bytes.length, bytes, pasted: true});
            return;
          }

          // The input event this paste causes comes in the same task; a paste that changes nothing causes none.
          pasting.current = true;
          setTimeout(() => {
            pasting.current = false;
          }, 0);
        }}
      />
      <p id="input-hint" class="hint">{message('inputHint')}</p>
      <div class="tools">
        {readsPages ? (
          <button type="button" onClick={() => void decodePage()} disabled={pageState === 'reading'}>
            {message('decodePage')}
          </button>
        ) : undefined}
        <label class="file-button">
          <input
            type="file"
            accept=".eml,message/rfc822,.txt,.json,text/plain"
            onChange={(event) => {
              const input = event.currentTarget;
              void openFile(input.files?.[0]).finally(() => {
                // The same file chosen again must fire `change` again.
                input.value = '';
              });
            }}
          />
          {message('openFile')}
        </label>
      </div>
      {pageState === undefined ? undefined : (
        <p class={pageState === 'reading' ? 'note' : 'note problem'} role={pageState === 'reading' ? undefined : 'alert'}>
          {message(pageState === 'reading' ? 'readingPage' : pageState === 'empty' ? 'pageEmpty' : 'pageUnreadable')}
        </p>
      )}
      {fileError ? <p class="note problem" role="alert">{message('fileUnreadable')}</p> : undefined}
      {(source.kind === 'text' ? source.text.length : source.size) > maxFileBytes
        ? <p class="note">{message('inputClipped', `${maxFileBytes / 1024 / 1024} MB`)}</p>
        : undefined}
      {decodeFailed ? <p class="note problem" role="alert">{message('decodeFailed')}</p> : undefined}
      {source.kind === 'file' ? (
        <p class="file-chip">
          <span>{source.pasted ? message('pastedInUse', formatSize(source.size)) : message('fileInUse', source.name, formatSize(source.size))}</span>
          <button type="button" onClick={() => {
            choose({kind: 'text', text: '', typed: true});
          }}>
            {message('clearFile')}
          </button>
        </p>
      ) : undefined}
      {dragging ? <p class="drop-here" aria-hidden="true">{message('dropHere')}</p> : undefined}
      <Results result={decodedWithSource ?? result} pending={pending && decodedWithSource === undefined} />
      {keepState === undefined ? undefined : <KeepLine state={keepState} />}
    </main>
  );
}

/**
 * The diagnoses the background found in the tab's page (in Thunderbird, in the message it displays):
 * every notice's recipients, worst first.
 */
function PageResults({page}: {readonly page: PageDiagnosis}) {
  const headingId = useId();
  const recipients = worstFirst(page.notices.flatMap(({result}) => (result.kind === 'none' ? [] : result.recipients)));
  if (recipients.length === 0) {
    return undefined;
  }

  return (
    <section class="results page-results" aria-labelledby={headingId}>
      <h2 id={headingId} class="section-title">{message(page.source === 'thunderbird' ? 'messageFound' : 'pageFound')}</h2>
      <RecipientCards recipients={recipients} />
    </section>
  );
}

/** How many cards render at first, and how many more each "Show more" adds: what fits a few screens. */
const cardsPerBatch = 20;

/**
 * The cards of a result, with an overview first when there are several recipients. Only the first
 * cards render at once, so a notice to a thousand recipients paints as fast as one to twenty; the
 * overview opens any card, rendering it first if need be.
 */
function RecipientCards({recipients}: {readonly recipients: readonly RecipientDiagnosis[]}) {
  const baseId = useId();
  const [shown, setShown] = useState(cardsPerBatch);
  const [focusIndex, setFocusIndex] = useState<number>();
  const cardId = (index: number) => `${baseId}-card-${index}`;

  useEffect(() => {
    if (focusIndex === undefined) {
      return;
    }

    const card = document.getElementById(cardId(focusIndex));
    card?.scrollIntoView({block: 'start'});
    card?.focus({preventScroll: true});
    setFocusIndex(undefined);
  }, [focusIndex]);

  return (
    <>
      {recipients.length > 1 ? (
        <Overview recipients={recipients} onOpen={(index) => {
          setShown((count) => Math.max(count, index + 1));
          setFocusIndex(index);
        }} />
      ) : undefined}
      {recipients.slice(0, shown).map((recipient, index) => (
        // Recipients have no id of their own; the order is fixed for a given result.
        <DiagnosisCard key={index} diagnosis={recipient} id={cardId(index)} />
      ))}
      {shown < recipients.length ? (
        <button type="button" class="show-more" onClick={() => {
          setShown((count) => count + cardsPerBatch);
        }}>
          {message('showMoreCards', String(Math.min(cardsPerBatch, recipients.length - shown)))}
        </button>
      ) : undefined}
    </>
  );
}

/** The sentence screen readers announce when cards land: how many, and the worst verdict. */
function announcement(verdicts: readonly {readonly text: string}[]): string {
  const [worst] = verdicts;
  if (worst === undefined) {
    return '';
  }

  return verdicts.length === 1 ? message('statusOne', worst.text) : message('statusMany', String(verdicts.length), worst.text);
}

function Results({result, pending}: {readonly result: DecodeResult | undefined; readonly pending: boolean}) {
  // A text with no delivery's outcome may still hold a reply to explain: a login refused ("535").
  const recipients = result === undefined ? [] : worstFirst(result.recipients);
  const noOutcome = result?.kind === 'none' && recipients.length > 0;
  return (
    <>
      {/* Live regions exist before their content changes, or screen readers miss the change. */}
      <p class="visually-hidden" role="status">{noOutcome ? message('noDeliveryOutcome') : announcement(recipients.map(verdictOf))}</p>
      <div role="status">
        {result !== undefined && recipients.length === 0 ? (
          <div class="empty">
            <p class="empty-title">{message('noSmtpError')}</p>
            <p class="hint">{message('noSmtpErrorHint')}</p>
          </div>
        ) : undefined}
        {noOutcome ? (
          <div class="empty">
            <p class="empty-title">{message('noDeliveryOutcome')}</p>
            <p class="hint">{message('noDeliveryOutcomeHint')}</p>
          </div>
        ) : undefined}
      </div>
      <section class="results" aria-label={message('resultsLabel')} aria-busy={pending}>
        {pending && result === undefined ? <p class="note">{message('decoding')}</p> : undefined}
        {recipients.length === 0 ? undefined : <RecipientCards recipients={recipients} />}
      </section>
    </>
  );
}
