import {useEffect, useId, useRef, useState} from 'preact/hooks';
import {message} from '../shared/browser.ts';
import type {KeptEntry} from './types.ts';
import {providerName, reasonTitle} from './rule-labels.ts';
import {sourceLabel} from './source-label.ts';

/** Entries per page: a page renders at once whatever the history holds. */
export const entriesPerPage = 50;

/** Made once: a formatter costs far more to make than to use, and a page shows 50 times. */
const timeFormat = new Intl.DateTimeFormat(undefined, {dateStyle: 'medium', timeStyle: 'short'});

/** `3 Dec 2026, 14:05`, in the browser's language. */
export function formatTime(at: number): string {
  return timeFormat.format(at);
}

/**
 * The entries of the view, newest first, a page at a time, each with a button that deletes it.
 */
export function EntryList({entries, onDelete}: {
  readonly entries: readonly KeptEntry[];
  readonly onDelete: (entry: KeptEntry) => void;
}) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(entries.length / entriesPerPage));
  // A filter or a deletion may leave fewer pages than the one shown.
  useEffect(() => {
    if (page >= pages) setPage(pages - 1);
  }, [page, pages]);
  const current = Math.min(page, pages - 1);
  const from = current * entriesPerPage;
  const shown = entries.slice(from, from + entriesPerPage);
  return (
    <section class="entries" aria-labelledby={headingId}>
      {/* Takes the focus when the entry that had it is deleted, so the keyboard stays in the list. */}
      <h3 id={headingId} ref={heading} tabIndex={-1}>{message('historyEntriesTitle')}</h3>
      <p class="hint" role="status">
        {entries.length === 0
          ? message('historyNoEntriesShown')
          : message('historyEntriesRange', String(from + 1), String(from + shown.length), entries.length.toLocaleString())}
      </p>
      <ol class="entry-list">
        {shown.map((entry) => {
          const address = entry.recipient === '' ? message('recipientUnknown') : entry.recipient;
          const codes = [entry.replyCode, entry.status].filter((code) => code !== undefined && code !== '').join(' ');
          return (
            <li key={entry.id ?? `${entry.noticeKey}\u0000${entry.recipient}`} class="entry">
              <div class="entry-head">
                <span class={entry.recipient === '' ? 'entry-address unnamed' : 'entry-address'}>{address}</span>
                <time dateTime={new Date(entry.at).toISOString()} class="hint">{formatTime(entry.at)}</time>
                <button type="button" class="compact" aria-label={message('historyDeleteEntry', address)} onClick={() => {
                  onDelete(entry);
                  heading.current?.focus();
                }}>
                  {message('historyDelete')}
                </button>
              </div>
              <p class="entry-facts">
                <span class={entry.hardBounce ? 'hard' : undefined}>{reasonTitle(entry.reason)}</span>
                {entry.hardBounce ? <span class="tag hard">{message('historyHardBounce')}</span> : undefined}
                {codes === '' ? undefined : <code>{codes}</code>}
                {entry.provider === undefined ? undefined : <span>{providerName(entry.provider)}</span>}
                {entry.sendingIp === undefined ? undefined : <span>{message('historySendingIpIs', entry.sendingIp)}</span>}
                <span class="hint">{sourceLabel(entry)}</span>
              </p>
              {entry.diagnostic === '' ? undefined : <p class="entry-diagnostic">{entry.diagnostic}</p>}
            </li>
          );
        })}
      </ol>
      {pages > 1 ? (
        <nav class="pager" aria-label={message('historyPages')}>
          <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)}>{message('historyNewer')}</button>
          <span>{message('historyPageOf', String(current + 1), String(pages))}</span>
          <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>{message('historyOlder')}</button>
        </nav>
      ) : undefined}
    </section>
  );
}
