import {describe, expect, test} from 'vitest';
import {blocklistZones} from '../../src/rules/blocklist-zones.ts';

describe('blocklistZones', () => {
  test.each(blocklistZones)('$zone is a lower-case DNS name with its operator and source', ({zone, operator, source}) => {
    expect(zone).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
    expect(operator.trim()).not.toBe('');
    expect(source.trim()).not.toBe('');
  });

  test('lists each zone once', () => {
    const zones = blocklistZones.map(({zone}) => zone);
    expect(new Set(zones).size).toBe(zones.length);
  });
});
