/**
 * Kept entries for the history's tests: `entry()` fills every field a test does not care about.
 */
import type {KeptEntry} from '../../src/history/types.ts';

let nextId = 1;

/** A local time: `at(2026, 12, 3, 14)` is 3 December 2026, 14:00 on this machine's clock. */
export function at(year: number, month: number, day: number, hour = 12, minute = 0): number {
  return new Date(year, month - 1, day, hour, minute).getTime();
}

/** An entry: a Gmail hard bounce of ann@example.com, pasted at noon on 3 December 2026, unless `fields` say otherwise. */
export function entry(fields: Partial<KeptEntry> = {}): KeptEntry {
  const recipient = fields.recipient ?? 'ann@example.com';
  return {
    id: nextId++,
    at: at(2026, 12, 3),
    source: 'paste',
    noticeKey: `sha256:${nextId}`,
    recipient,
    domain: recipient.includes('@') ? recipient.slice(recipient.lastIndexOf('@') + 1) : '',
    kind: 'bounce',
    replyCode: '550',
    status: '5.1.1',
    reason: 'userunknown',
    provider: 'google',
    permanent: true,
    hardBounce: true,
    action: 'suppress',
    diagnostic: '550 5.1.1 The email account that you tried to reach does not exist. - gsmtp',
    ...fields,
  };
}
