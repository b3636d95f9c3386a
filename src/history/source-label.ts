/**
 * Where an entry came from, in words: "Gmail page (mail.google.com)", "Pasted", "Selected text on
 * example.com", "File", "Thunderbird".
 */
import {message} from '../shared/browser.ts';
import type {KeptEntry, KeptSource} from './types.ts';

/** Every source, in the order the filter lists them. */
export const keptSources: readonly KeptSource[] = ['webmail', 'thunderbird', 'paste', 'selection', 'file'];

const names = new Map<KeptSource, string>();

/** A source's name, for the filter: "Webmail", "Thunderbird", "Pasted", "Selected text", "File". */
export function sourceName(source: KeptSource): string {
  let name = names.get(source);
  if (name === undefined) {
    name = nameOf(source);
    names.set(source, name);
  }
  return name;
}

function nameOf(source: KeptSource): string {
  switch (source) {
    case 'webmail': {
      return message('historySourceWebmail');
    }

    case 'paste': {
      return message('historySourcePaste');
    }

    case 'selection': {
      return message('historySourceSelection');
    }

    case 'file': {
      return message('historySourceFile');
    }

    case 'thunderbird': {
      return message('historySourceThunderbird');
    }
  }
}

/** An entry's source, with the host it was found on when there is one: "Webmail (mail.google.com)". */
export function sourceLabel(entry: Pick<KeptEntry, 'source' | 'sourceHost'>): string {
  const name = sourceName(entry.source);
  return entry.sourceHost === undefined || entry.sourceHost === '' ? name : message('historySourceOnHost', name, entry.sourceHost);
}
