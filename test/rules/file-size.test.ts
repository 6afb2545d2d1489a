import { describe, expect, test } from 'vitest';
import { formatFileSize } from '../../src/rules/index.ts';

describe('file sizes as people read them', () => {
  test.each([
    [1, '1 octet'],
    [45, '45 octets'],
    [1023, '1023 octets'],
    [1024, '1 Ko'],
    [12_600, '12,3 Ko'],
    [2_200_000, '2,1 Mo'],
  ])('GIVEN %i bytes THEN « %s » (a 45-byte file is never « 1 Ko »)', (bytes, shown) => {
    expect(formatFileSize(bytes)).toBe(shown);
  });
});
