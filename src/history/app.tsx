import {useEffect, useLayoutEffect, useMemo, useRef, useState} from 'preact/hooks';
import {browser, message} from '../shared/browser.ts';
import {GroupDetail} from './group-detail.tsx';
import {GroupTable, groupLabel} from './group-table.tsx';
import {filterEntries, groupDimensions, type GroupDimension, groupEntries, inGroup, timelineUnitFor} from './groups.ts';
import {providerName, reasonTitle} from './rule-labels.ts';
import {SettingsForm} from './settings-form.tsx';
import {keptSources, sourceName} from './source-label.ts';
import {countEntries, deleteAll, deleteEntry, readEntries, readSettings, writeSettings} from './store.ts';
import type {HistorySettings, KeptEntry, KeptSource} from './types.ts';

const dayMs = 24 * 60 * 60 * 1000;

/** The time filter's choices: the last 7, 30 or 90 days, or everything kept. */
export const timeRanges = ['7', '30', '90', 'all'] as const;
export type TimeRange = (typeof timeRanges)[number];

/** The filters' value for "any". */
const any = '*';

/** Marks the page sets for `npm run bench:history` (performance.getEntriesByName). */
export const benchMarks = {read: 'history:read', groups: 'history:groups'} as const;

/** The start of a time range, or undefined for everything. */
export function sinceOf(range: TimeRange, now: number): number | undefined {
  return range === 'all' ? undefined : now - (Number(range) * dayMs);
}

/** The distinct values of one field among `entries`, sorted by their label. */
function choices(entries: readonly KeptEntry[], field: 'provider' | 'reason', label: (id: string) => string): Array<[id: string, label: string]> {
  const ids = new Set(entries.map((entry) => entry[field] ?? ''));
  return [...ids].map((id): [string, string] => [id, id === '' ? message('historyNoProvider') : label(id)])
    .sort((a, b) => a[1].localeCompare(b[1]));
}

type Selection = {readonly dimension: GroupDimension; readonly key: string; readonly label: string};

/**
 * The history page: what was kept, grouped by provider × reason, by recipient domain and by sending
 * IP; the selected group's advice, timeline and entries; exports; and the settings.
 */
/** A filter's select: "Any", then each of its choices as `[id, label]`. */
function AnyOfSelect({label, value, onChange, choices}: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly choices: ReadonlyArray<readonly [id: string, label: string]>;
}) {
  return (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value={any}>{message('historyAny')}</option>
        {choices.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
      </select>
    </label>
  );
}

export function App() {
  const [settings, setSettings] = useState<HistorySettings>();
  const [total, setTotal] = useState<number>();
  const [range, setRange] = useState<TimeRange>('30');
  const [entries, setEntries] = useState<readonly KeptEntry[]>();
  const [provider, setProvider] = useState(any);
  const [reason, setReason] = useState(any);
  const [source, setSource] = useState(any);
  const [search, setSearch] = useState('');
  const [chosen, setSelected] = useState<Selection>();
  const [failed, setFailed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [reloads, setReloads] = useState(0);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    document.title = message('historyPageTitle');
    // The language the browser gives the extension's strings (`en_US`), as HTML writes it (`en-US`).
    document.documentElement.lang = browser.i18n.getMessage('@@ui_locale').replace('_', '-') || 'en';
    // Decodings made while the page was in another tab show when it comes back.
    const onVisible = (): void => {
      if (document.visibilityState === 'visible') setReloads((count) => count + 1);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);

  useEffect(() => {
    let current = true;
    const at = Date.now();
    Promise.all([readEntries({since: sinceOf(range, at)}), countEntries(), readSettings()]).then(([read, count, stored]) => {
      if (!current) return;
      performance.mark(benchMarks.read);
      setNow(at);
      setEntries(read);
      setTotal(count);
      setSettings(stored);
      setFailed(false);
    }, (error: unknown) => {
      console.error('Could not read the history', error);
      if (current) setFailed(true);
    });
    return () => {
      current = false;
    };
  }, [range, reloads]);

  const filtered = useMemo(() => filterEntries(entries ?? [], {
    ...(provider === any ? {} : {provider}),
    ...(reason === any ? {} : {reason}),
    ...(source === any ? {} : {source: source as KeptSource}),
    search,
  }), [entries, provider, reason, source, search]);
  const groups = useMemo(() => Object.fromEntries(groupDimensions.map((dimension) => [dimension, groupEntries(filtered, dimension)])) as Record<
    GroupDimension, ReturnType<typeof groupEntries>>, [filtered]);
  // A group the filters no longer show is no longer selected.
  const selected = chosen !== undefined && groups[chosen.dimension].some(({key}) => key === chosen.key) ? chosen : undefined;
  const shown = useMemo(() => (selected === undefined ? filtered : filtered.filter((entry) => inGroup(entry, selected.dimension, selected.key))),
    [filtered, selected]);
  const providers = useMemo(() => choices(entries ?? [], 'provider', providerName), [entries]);
  const reasons = useMemo(() => choices(entries ?? [], 'reason', reasonTitle), [entries]);

  useLayoutEffect(() => {
    if (entries !== undefined) performance.mark(benchMarks.groups);
  }, [entries]);

  // The question takes the focus from the button that asked it, and gives it back when answered no.
  const cancel = useRef<HTMLButtonElement>(null);
  const askAgain = useRef<HTMLButtonElement>(null);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (confirming) cancel.current?.focus();
    else if (asked) askAgain.current?.focus();
  }, [confirming, asked]);

  async function remove(entry: KeptEntry): Promise<void> {
    if (entry.id === undefined) return;
    try {
      await deleteEntry(entry.id);
      setEntries((kept) => kept?.filter((candidate) => candidate !== entry));
      setTotal((count) => (count === undefined ? count : Math.max(0, count - 1)));
    } catch (error) {
      console.error('Could not delete the entry', error);
      setFailed(true);
    }
  }

  async function removeAll(): Promise<void> {
    try {
      await deleteAll();
      setEntries([]);
      setTotal(0);
      setSelected(undefined);
      setConfirming(false);
    } catch (error) {
      console.error('Could not delete the history', error);
      setFailed(true);
    }
  }

  async function save(next: HistorySettings): Promise<void> {
    await writeSettings(next);
    setSettings(next);
    // New limits may have deleted the oldest entries.
    setReloads((count) => count + 1);
  }

  const since = sinceOf(range, now);
  const from = since ?? (shown.at(-1)?.at ?? now);
  return (
    <main>
      <header class="page-head">
        <h1>{message('historyHeading')}</h1>
        <p class="hint">
          {settings === undefined ? message('historyIntro', '…') : settings.keep ? message('historyIntro', String(settings.retentionDays))
          : message('historyIntroOff')}
        </p>
      </header>
      {failed ? <p class="note problem" role="alert">{message('historyReadFailed')}</p> : undefined}
      {total === undefined ? <p class="hint" role="status">{message('historyLoading')}</p> : total === 0 ? (
        <section class="empty" aria-labelledby="history-empty">
          <h2 id="history-empty" class="empty-title">{message('historyEmptyTitle')}</h2>
          <p class="hint">{message(settings?.keep === false ? 'historyEmptyOff' : 'historyEmptyHint')}</p>
        </section>
      ) : (
        <>
          <form class="filters" role="search" aria-label={message('historyFilters')} onSubmit={(event) => event.preventDefault()}>
            <label>
              <span>{message('historyFilterTime')}</span>
              <select value={range} onChange={(event) => setRange(event.currentTarget.value as TimeRange)}>
                {timeRanges.map((choice) => (
                  <option key={choice} value={choice}>{choice === 'all' ? message('historyTimeAll') : message('historyTimeDays', choice)}</option>
                ))}
              </select>
            </label>
            <AnyOfSelect label={message('historyFilterProvider')} value={provider} onChange={setProvider} choices={providers} />
            <AnyOfSelect label={message('historyFilterReason')} value={reason} onChange={setReason} choices={reasons} />
            <AnyOfSelect
              label={message('historyFilterSource')} value={source} onChange={setSource}
              choices={keptSources.map((id) => [id, sourceName(id)])}
            />
            <label class="search">
              <span>{message('historySearch')}</span>
              <input type="search" value={search} placeholder={message('historySearchPlaceholder')} spellcheck={false}
                onInput={(event) => setSearch(event.currentTarget.value)} />
            </label>
          </form>
          <p class="hint" role="status">
            {entries === undefined ? message('historyLoading') : message('historyShownCount', filtered.length.toLocaleString(), total.toLocaleString())}
          </p>
          <div class="layout">
            <div class="tables">
              {groupDimensions.map((dimension) => (
                <GroupTable key={dimension} dimension={dimension} groups={groups[dimension]}
                  selected={selected?.dimension === dimension ? selected.key : undefined}
                  onSelect={(group) => setSelected(group === undefined ? undefined : {dimension, key: group.key, label: groupLabel(group)})} />
              ))}
            </div>
            <GroupDetail
              title={selected === undefined ? message('historyAllShown') : selected.label}
              entries={shown}
              from={from}
              now={now}
              defaultUnit={timelineUnitFor(from, now)}
              onDelete={(entry) => void remove(entry)}
            />
          </div>
        </>
      )}
      {settings === undefined ? undefined : <SettingsForm settings={settings} onSave={save} />}
      {total === undefined || total === 0 ? undefined : (
        <section class="danger" aria-labelledby="history-delete-all">
          <h2 id="history-delete-all">{message('historyDeleteAllTitle')}</h2>
          {confirming ? (
            <div role="alertdialog" aria-labelledby="history-confirm" class="confirm">
              <p id="history-confirm">{message('historyDeleteAllConfirm', total.toLocaleString())}</p>
              <button type="button" class="destructive" onClick={() => void removeAll()}>{message('historyDeleteAllYes')}</button>
              <button type="button" ref={cancel} onClick={() => setConfirming(false)}>{message('historyCancel')}</button>
            </div>
          ) : (
            <button type="button" ref={askAgain} onClick={() => {
              setAsked(true);
              setConfirming(true);
            }}>{message('historyDeleteAll')}</button>
          )}
        </section>
      )}
    </main>
  );
}
