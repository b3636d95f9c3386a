import {useId} from 'preact/hooks';
import {message} from '../shared/browser.ts';
import type {TimelineBucket, TimelineUnit} from './groups.ts';

/** The chart's drawing size, in SVG units; it scales to the page's width. */
const width = 600;
const height = 120;
const axisHeight = 16;

/** Made once: a chart labels up to 400 bars. */
const dayFormat = new Intl.DateTimeFormat(undefined, {day: 'numeric', month: 'short'});

/** `3 Dec`, or `30 Nov – 6 Dec` for a week, in the browser's language. */
export function bucketLabel(start: number, unit: TimelineUnit): string {
  const format = (at: number) => dayFormat.format(at);
  if (unit === 'day') return format(start);
  const end = new Date(start);
  end.setDate(end.getDate() + 6);
  return `${format(start)} – ${format(end.getTime())}`;
}

/**
 * A bar per day or week: plain SVG, drawn as rectangles (the hard bounces darker at each bar's
 * foot), with a table of the same figures for screen readers and a one-line summary.
 */
export function TimelineChart({buckets, unit}: {readonly buckets: readonly TimelineBucket[]; readonly unit: TimelineUnit}) {
  const captionId = useId();
  const peak = buckets.reduce((best, bucket) => (bucket.count > (best?.count ?? 0) ? bucket : best), undefined as TimelineBucket | undefined);
  const top = Math.max(1, peak?.count ?? 0);
  const total = buckets.reduce((sum, {count}) => sum + count, 0);
  const slot = width / Math.max(1, buckets.length);
  const gap = slot > 4 ? Math.min(2, slot / 4) : 0;
  const plot = height - axisHeight;
  const first = buckets[0];
  const last = buckets.at(-1);
  const summary = peak === undefined
    ? message('historyTimelineEmpty')
    : message('historyTimelineSummary', String(total), String(peak.count), bucketLabel(peak.start, unit));
  return (
    <figure class="timeline" aria-labelledby={captionId}>
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" aria-hidden="true" class="timeline-chart">
        <line x1="0" y1={plot + 0.5} x2={width} y2={plot + 0.5} class="axis" />
        {buckets.map((bucket, index) => {
          const barHeight = (bucket.count / top) * (plot - 4);
          const hardHeight = (bucket.hardBounces / top) * (plot - 4);
          const x = index * slot + gap / 2;
          return (
            <g key={bucket.start}>
              {bucket.count === 0 ? undefined : <rect x={x} y={plot - barHeight} width={slot - gap} height={barHeight} class="bar" />}
              {bucket.hardBounces === 0 ? undefined : <rect x={x} y={plot - hardHeight} width={slot - gap} height={hardHeight} class="bar hard-bar" />}
            </g>
          );
        })}
      </svg>
      <div class="timeline-axis" aria-hidden="true">
        <span>{first === undefined ? '' : bucketLabel(first.start, unit)}</span>
        <span>{last === undefined || last === first ? '' : bucketLabel(last.start, unit)}</span>
      </div>
      <figcaption id={captionId} class="hint">{summary}</figcaption>
      <table class="visually-hidden">
        <caption>{message(unit === 'day' ? 'historyTimelineByDay' : 'historyTimelineByWeek')}</caption>
        <thead>
          <tr>
            <th scope="col">{message(unit === 'day' ? 'historyColumnDay' : 'historyColumnWeek')}</th>
            <th scope="col">{message('historyColumnCount')}</th>
            <th scope="col">{message('historyColumnHard')}</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((bucket) => (
            <tr key={bucket.start}>
              <th scope="row">{bucketLabel(bucket.start, unit)}</th>
              <td>{bucket.count}</td>
              <td>{bucket.hardBounces}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
