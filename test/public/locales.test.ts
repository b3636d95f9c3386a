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
    // Quoted as a string in code ('name'), or as a JSX attribute (label="name").
    const used = manifest.includes(`__MSG_${name}__`) || sources('src').some((source) => source.includes(`'${name}'`) || source.includes(`"${name}"`));
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

/** Every translation beside English: its folder name and its messages. */
const translations = readdirSync(path.join(root, 'public', '_locales'))
  .filter((locale) => locale !== 'en')
  .map((locale) => [locale, JSON.parse(readFileSync(path.join(root, 'public', '_locales', locale, 'messages.json'), 'utf8')) as Record<string, Entry>] as const);

describe('the translations', () => {
  test('are the seven languages the extension speaks besides English', () => {
    expect(translations.map(([locale]) => locale).sort()).toEqual(['de', 'es', 'fr', 'it', 'ja', 'nl', 'pt_BR']);
  });

  test.each(translations)('%s translates every UI string and every rule text, and nothing else', async (_locale, translated) => {
    const {ruleTexts} = await import('../../src/rules/rule-messages.ts');
    const wanted = [...Object.keys(messages), ...ruleTexts().keys()].sort();
    expect(Object.keys(translated).sort()).toEqual(wanted);
    for (const [name, entry] of Object.entries(translated)) expect(entry.message.trim(), name).not.toBe('');
  });

  test.each(translations)('%s keeps every placeholder of the English, bound the same way', (_locale, translated) => {
    for (const [name, english] of entries) {
      const entry = translated[name]!;
      const placeholders = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map(([, placeholder]) => placeholder!.toLowerCase()).sort();
      expect(placeholders(entry.message), name).toEqual(placeholders(english.message));
      expect(entry.placeholders, name).toEqual(english.placeholders);
    }
  });

  test.each(translations)('%s keeps the store\'s limits and the product\'s name', (_locale, translated) => {
    expect(translated['extensionName']!.message).toBe('Bounce Decoder');
    expect(translated['extensionDescription']!.message.length).toBeLessThanOrEqual(132);
  });
});
