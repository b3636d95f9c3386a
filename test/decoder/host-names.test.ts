import {describe, expect, test} from 'vitest';
import {isHostName, isHostUnit} from '../../src/decoder/host-names.ts';

describe('isHostName', () => {
  test.each(['mx1.example.com', 'a.bc', 'gmail-smtp-in.l.google.com', `${'a'.repeat(63)}.example`])('accepts %s', (name) => {
    expect(isHostName(name)).toBe(true);
  });

  test.each([
    'localhost', 'Mx.Example.com', '-mx.example.com', 'mx-.example.com', 'mx..example.com', 'mx.example.com.',
    'mx.example.c0m', `${'a'.repeat(64)}.example`, `${'a.'.repeat(126)}ab`, 'mx.example.com/x', 'user@example.com', '192.0.2.1', '',
  ])('refuses %j', (name) => {
    expect(isHostName(name)).toBe(false);
  });
});

describe('isHostUnit', () => {
  test.each([...'az09-.'])('%s is part of a host name', (character) => expect(isHostUnit(character.charCodeAt(0))).toBe(true));
  test.each([...'AZ_@ /:['])('%j is not', (character) => expect(isHostUnit(character.charCodeAt(0))).toBe(false));
  test('nor is the end of a text', () => expect(isHostUnit(''.charCodeAt(0))).toBe(false));
});
