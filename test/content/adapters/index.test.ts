/**
 * The adapters and the manifest agree: the content script is injected into exactly the hosts the
 * adapters serve, over HTTPS only, and nowhere else.
 */
import {describe, expect, test} from 'vitest';
import manifest from '../../../manifest.json' with {type: 'json'};
import {adapterFor, webmailAdapters} from '../../../src/content/adapters/index.ts';

describe('webmailAdapters', () => {
  test('the manifest injects the content script into the adapters\' hosts, and only those', () => {
    const [script, ...others] = manifest.content_scripts;
    expect(others).toEqual([]);
    expect(script?.js).toEqual(['src/content/index.ts']);
    expect(new Set(script?.matches)).toEqual(new Set(webmailAdapters.flatMap((adapter) => adapter.hosts.map((host) => `https://${host}/*`))));
    expect(Object.hasOwn(manifest, 'host_permissions')).toBe(false);
  });

  test.each([
    ['mail.google.com', 'gmail'],
    ['MAIL.GOOGLE.COM', 'gmail'],
    ['outlook.live.com', 'outlook'],
    ['outlook.cloud.microsoft', 'outlook'],
    ['mail.yahoo.com', 'yahoo'],
    ['google.com', undefined],
    ['mail.google.com.evil.example', undefined],
  ])('adapterFor(%s)', (host, id) => {
    expect(adapterFor(host)?.id).toBe(id);
  });
});
