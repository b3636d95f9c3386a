import {useId, useMemo, useState} from 'preact/hooks';
import {message} from '../shared/browser.ts';
import {CopyButton} from '../popup/copy-button.tsx';
import {download} from './download.ts';
import {EntryList} from './entry-list.tsx';
import {exportFileName, historyCsv, historyJsonLines, suppressionList} from './export.ts';
import {commonestReason, timeline, type TimelineUnit, weekOverWeek} from './groups.ts';
import {reasonAdvice, reasonTitle} from './rule-labels.ts';
import {TimelineChart} from './timeline-chart.tsx';
import type {KeptEntry} from './types.ts';

/**
 * The view of the selected group (or of every entry the filters show): the reason's advice at its
 * head, the timeline, this week against last week, what to do with it in bulk, and its entries.
 */
export function GroupDetail({title, entries, from, now, defaultUnit, onDelete}: {
  readonly title: string;
  /** The group's entries, newest first. */
  readonly entries: readonly KeptEntry[];
  /** Where the timeline starts: the time filter's start, or the oldest entry. */
  readonly from: number;
  readonly now: number;
  readonly defaultUnit: TimelineUnit;
  readonly onDelete: (entry: KeptEntry) => void;
}) {
  const headingId = useId();
  const [chosenUnit, setUnit] = useState<TimelineUnit>();
  const unit = chosenUnit ?? defaultUnit;
  const buckets = useMemo(() => timeline(entries, {unit, from, to: now}), [entries, unit, from, now]);
  const weeks = useMemo(() => weekOverWeek(entries, now), [entries, now]);
  const reason = commonestReason(entries);
  // The temporary advice when none of the group's failures is permanent.
  const advice = reason === undefined ? undefined : reasonAdvice(reason, entries.every((entry) => entry.permanent === false));
  const toSuppress = suppressionList(entries);
  const suppressCount = toSuppress === '' ? 0 : toSuppress.split('\n').length - 1;
  return (
    <section class="group-detail" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>{title}</h2>
      {advice === undefined || reason === undefined ? undefined : (
        <div class="advice">
          <p class="advice-title">{message('historyAdviceFor', reasonTitle(reason))}</p>
          <p>{advice.summary}</p>
          {advice.steps.length === 0 ? undefined : (
            <ol>
              {advice.steps.map((step) => <li key={step}>{step}</li>)}
            </ol>
          )}
        </div>
      )}
      <div class="actions">
        {suppressCount === 0 ? <span class="hint">{message('historyNothingToSuppress')}</span> : (
          <CopyButton label={message('historyCopySuppress', String(suppressCount))} text={() => toSuppress} />
        )}
        <button type="button" onClick={() => download(historyCsv(entries), exportFileName('csv', Date.now()), 'text/csv;charset=utf-8')}>
          {message('historyExportCsv')}
        </button>
        <button type="button" onClick={() => download(historyJsonLines(entries), exportFileName('jsonl', Date.now()), 'application/x-ndjson;charset=utf-8')}>
          {message('historyExportJsonLines')}
        </button>
      </div>
      <div class="measure">
        <div class="measure-head">
          <h3>{message('historyTimelineTitle')}</h3>
          <div class="unit-switch" role="group" aria-label={message('historyTimelineUnit')}>
            <button type="button" aria-pressed={unit === 'day'} onClick={() => setUnit('day')}>{message('historyByDay')}</button>
            <button type="button" aria-pressed={unit === 'week'} onClick={() => setUnit('week')}>{message('historyByWeek')}</button>
          </div>
        </div>
        <TimelineChart buckets={buckets} unit={unit} />
        <p class="weeks">
          {message('historyThisWeek', weeks.thisWeek.toLocaleString())}
          {' · '}
          {message('historyLastWeek', weeks.lastWeek.toLocaleString(), weeks.lastWeekSoFar.toLocaleString())}
          {' '}
          <span class={weeks.thisWeek > weeks.lastWeekSoFar ? 'trend up' : 'trend'}>{trend(weeks.thisWeek, weeks.lastWeekSoFar)}</span>
        </p>
      </div>
      <EntryList entries={entries} onDelete={onDelete} />
    </section>
  );
}

/** "Up 40 % on last week", "Down 25 %", "Same as last week", in words (never colour alone). */
export function trend(thisWeek: number, lastWeekSoFar: number): string {
  if (thisWeek === lastWeekSoFar) return message('historyTrendSame');
  if (lastWeekSoFar === 0) return message('historyTrendNew');
  const change = Math.round((Math.abs(thisWeek - lastWeekSoFar) / lastWeekSoFar) * 100);
  return message(thisWeek > lastWeekSoFar ? 'historyTrendUp' : 'historyTrendDown', String(change));
}
