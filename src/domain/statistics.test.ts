import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countBy, percentile } from './statistics';

describe('percentiles', () => {
  it('interpolates between ranks like PostgreSQL percentile_cont', () => {
    expect(percentile([0, 1, 4, 10], 0.5)).toBe(2.5);
    expect(percentile([0, 1, 4, 10], 0.9)).toBeCloseTo(8.2);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });

  it('always lies between the smallest and the largest value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, p) => {
          const v = percentile(xs, p) as number;
          return v >= Math.min(...xs) && v <= Math.max(...xs);
        },
      ),
    );
  });
});

describe('counts', () => {
  it('counts by key and skips missing keys', () => {
    expect(countBy(['a', 'b', 'a', null], (x) => x)).toEqual({ a: 2, b: 1 });
  });
});
