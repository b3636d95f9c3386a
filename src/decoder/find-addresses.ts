/**
 * Email addresses in free text, found by scanning outwards from each `@` rather than by a
 * regular expression, so the cost stays linear on a crafted megabyte of `a@a@a@...`.
 */

const localChars = /[A-Za-z0-9._%+\-=/!#$&'*?^`{|}~]/;
const domainChars = /[A-Za-z0-9.-]/;

export interface FoundAddress {
  readonly address: string;
  readonly start: number;
  readonly end: number;
}

/** Every address in `text`, in order. The domain must have a dot and a 2+ letter last label. */
export function findAddresses(text: string, limit = 1000): FoundAddress[] {
  const found: FoundAddress[] = [];
  let at = text.indexOf('@');
  let scannedTo = 0;
  while (at >= 0 && found.length < limit) {
    let start = at;
    // Never rescan text already consumed by a previous address.
    while (start > scannedTo && start - at < 64 && localChars.test(text[start - 1]!)) start--;
    let end = at + 1;
    while (end < text.length && end - at < 254 && domainChars.test(text[end]!)) end++;
    while (end > at + 1 && (text[end - 1] === '.' || text[end - 1] === '-')) end--;
    let local = text.slice(start, at);
    while (local.startsWith('.') || local.startsWith('\'')) {
      local = local.slice(1);
      start++;
    }
    const domain = text.slice(at + 1, end);
    const lastDot = domain.lastIndexOf('.');
    if (local.length > 0 && lastDot > 0 && /^[A-Za-z]{2,63}$/.test(domain.slice(lastDot + 1))) {
      found.push({address: `${local}@${domain}`, start, end});
      scannedTo = end;
    }
    at = text.indexOf('@', Math.max(at + 1, end));
  }
  return found;
}
