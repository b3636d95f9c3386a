import type {Tone} from '../shared/verdict.ts';

/** The strokes inside the circle, one shape per tone, so the tone never rests on colour alone. */
const strokes: Readonly<Record<Tone, string>> = {
  permanent: 'M7 7l6 6M13 7l-6 6', // a cross
  unknown: 'M10 5.5v5.5M10 14.2v.3', // an exclamation mark
  temporary: 'M10 5.5V10l3.2 2', // clock hands
  notice: 'M10 9v5M10 5.8v.3', // an "i"
  delivered: 'M6 10.5l2.8 2.8L14.2 7.5', // a tick
};

/** The icon of a verdict. Decorative: the verdict's text says the same in words. */
export function ToneIcon({tone}: {readonly tone: Tone}) {
  return (
    <svg class="tone-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" stroke-width="1.6" />
      <path d={strokes[tone]} fill="none" stroke="currentColor" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
