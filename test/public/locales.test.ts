// The UI strings: well-formed for both browsers' i18n, each one used, none missing from the manifest.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import messages from '../../public/_locales/en/messages.json';

const root = path.join(import.meta.dirname, '..', '..');

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, {content: string; example?: string}>;
}

const entries = Object.entries(messages as Record<string, Entry>);

/** Every source file under `directory`, read. */
function sources(directory: string): string[] {
  return readdirSync(path.join(root, directory), {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
}

describe('public/_locales/en/messages.json', () => {
  test.each(entries)('%s has a valid name, a message and a description', (name, entry) => {
    // Chrome and Firefox allow ASCII letters, digits, `_` and `@` in names.
    expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
    expect(entry.message.trim()).not.toBe('');
    expect(entry.description?.trim()).toBeTruthy();
  });

  test.each(entries)('%s declares exactly the placeholders its message uses, each bound to a substitution', (_name, entry) => {
    const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map(([, placeholder]) => placeholder!.toLowerCase()).sort();
    expect(Object.keys(entry.placeholders ?? {}).sort()).toEqual(used);
    for (const {content} of Object.values(entry.placeholders ?? {})) {
      expect(content).toMatch(/^\$[1-9]$/);
    }
  });

  test.each(entries)('%s is used by the extension', (name) => {
    const manifest = readFileSync(path.join(root, 'manifest.json'), 'utf8');
    const used = manifest.includes(`__MSG_${name}__`) || sources('src').some((source) => source.includes(`'${name}'`));
    expect(used).toBe(true);
  });

  test('names the extension in the manifest, in the default locale', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      default_locale: 'en',
      name: '__MSG_extensionName__',
      description: '__MSG_extensionDescription__',
    });
    expect(messages.extensionName.message.length).toBeLessThanOrEqual(45);
    expect(messages.extensionDescription.message.length).toBeLessThanOrEqual(132);
  });
});
