// @vitest-environment happy-dom
import {describe, expect, test, vi} from 'vitest';
import {maxInputLength} from '../../src/decoder/index.ts';

vi.mock('webextension-polyfill', () => ({default: {}}));

describe('maxFileBytes', () => {
  test('a dropped file is read exactly as far as the decoder looks', async () => {
    const {maxFileBytes} = await import('../../src/popup/app.tsx');
    expect(maxFileBytes).toBe(maxInputLength);
  });
});
