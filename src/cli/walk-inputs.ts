import {readdirSync, statSync, type Dirent, type Stats} from 'node:fs';
import path from 'node:path';

/**
 * The command line's arguments as the list of files to read: a folder stands for every file below
 * it, in an order that does not depend on the file system (names sorted by code unit, so the same
 * folder gives the same output everywhere), a maildir's `cur/` and `new/` included and its `tmp/`
 * (messages still being written) left out; hidden files and folders are skipped. A name that is no
 * folder (a missing file included) stays as given: reading it reports what is wrong.
 */

/** One input: a path, or `-` for standard input, with its size when known (for the progress line). */
export interface InputFile {
  readonly file: string;
  readonly size?: number;
  /** Why there is nothing to read (a folder without files). */
  readonly error?: string;
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Whether `entries` are a maildir's: a `cur` or `new` folder beside `tmp`. */
function isMaildir(entries: readonly Dirent[]): boolean {
  return entries.some((entry) => entry.isDirectory() && (entry.name === 'cur' || entry.name === 'new'));
}

/** Files below `directory`, depth first. Links to folders are not followed, so no loop. */
function filesBelow(directory: string, into: InputFile[]): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, {withFileTypes: true}).sort(byName);
  } catch {
    // A folder that cannot be listed is read as a file: that reports the error.
    into.push({file: directory});
    return;
  }
  const maildir = isMaildir(entries);
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!(maildir && entry.name === 'tmp')) filesBelow(full, into);
    } else if (entry.isFile()) {
      into.push(sized(full));
    } else if (entry.isSymbolicLink()) {
      const target = statOf(full);
      if (target?.isFile()) into.push({file: full, size: target.size});
    }
  }
}

function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

function sized(file: string): InputFile {
  const stats = statOf(file);
  return stats?.isFile() ? {file, size: stats.size} : {file};
}

/**
 * The files the arguments name, folders expanded, in order.
 *
 * @example
 * walkInputs(['-', 'bounces/']).map(({file}) => file)
 * //=> ['-', 'bounces/a.eml', 'bounces/maildir/cur/1:2,S', 'bounces/maildir/new/2']
 */
export function walkInputs(paths: readonly string[]): InputFile[] {
  const files: InputFile[] = [];
  for (const file of paths) {
    if (file === '-') {
      files.push({file});
      continue;
    }
    const stats = statOf(file);
    if (stats?.isDirectory()) {
      const before = files.length;
      filesBelow(file, files);
      // Said, not passed over: an empty folder is more likely a wrong path than a wish.
      if (files.length === before) files.push({file, error: 'no files in this folder'});
    } else files.push(stats?.isFile() ? {file, size: stats.size} : {file});
  }
  return files;
}
