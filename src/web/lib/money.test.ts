import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsToInput, formatEuro, parseEuroInput } from './money';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money as people read it', () => {
  it('formats cents the Belgian way', () => {
    expect(nbsp(formatEuro(150_000))).toBe('€ 1.500,00');
    expect(nbsp(formatEuro(29))).toBe('€ 0,29');
    expect(nbsp(formatEuro(68_000_000))).toBe('€ 680.000,00');
    expect(nbsp(formatEuro(150_000, 'fr-BE'))).toBe('1 500,00 €');
  });

  it('starts a money field with the amount in Belgian notation', () => {
    expect(centsToInput(150_000)).toBe('1.500,00');
    expect(centsToInput(5)).toBe('0,05');
    expect(centsToInput(123_456_789)).toBe('1.234.567,89');
    expect(centsToInput(null)).toBe('');
  });
});

describe('money as people type it', () => {
  it.each([
    ['1500', 150_000],
    ['1500,00', 150_000],
    ['1.500,00', 150_000],
    ['1.500', 150_000],
    ['€ 1.500,5', 150_050],
    ['1 500,00 €', 150_000],
    ['0,29', 29],
    [',5', 50],
    ['12.50', 1_250],
    ['1.234.567,89', 123_456_789],
    ['680000', 68_000_000],
  ])('%s → %i cents', (typed, cents) => {
    expect(parseEuroInput(typed)).toBe(cents);
  });

  it.each(['', 'abc', '1,2,3', '1,234', '1.50.0', '-5', '15.00.00', '12,5x'])('refuses %j', (typed) => {
    expect(parseEuroInput(typed)).toBeNull();
  });

  it('reads back every amount it wrote, to the cent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (cents) => {
        expect(parseEuroInput(centsToInput(cents))).toBe(cents);
      }),
    );
  });
});
