import {describe, expect, test} from 'vitest';
import {isKnownDocsUrl} from '../../src/popup/docs-url.ts';
import {providers} from '../../src/rules/index.ts';

describe('isKnownDocsUrl()', () => {
  test.each(providers.map(({info}) => [info.id, info.docsUrl]))('accepts %s\'s documentation from the rules', (_id, url) => {
    expect(isKnownDocsUrl(url)).toBe(true);
  });

  test.each([
    ['a script URL', 'javascript:alert(1)'],
    ['a script URL in capitals', 'JAVASCRIPT:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['an https URL from a bounce', 'https://evil.example/phish'],
    ['a rules URL with something appended', `${providers[0].info.docsUrl}#x`],
    ['a rules URL over http', providers.map(({info}) => info.docsUrl).find((url) => url.startsWith('https://'))!.replace('https://', 'http://')],
    ['nothing', undefined],
    ['an empty string', ''],
  ])('refuses %s', (_name, url) => {
    expect(isKnownDocsUrl(url)).toBe(false);
  });
});
