import { describe, expect, it } from 'vitest';
import { isLineOpenOn } from './funding-line';

describe('a line that ends (R8)', () => {
  const volunteers = { endsOn: '2026-12-31', isActive: true };
  it('takes new referrals up to and including its end date, not after', () => {
    expect(isLineOpenOn(volunteers, '2026-12-31')).toBe(true);
    expect(isLineOpenOn(volunteers, '2027-01-01')).toBe(false);
    expect(isLineOpenOn({ endsOn: null, isActive: true }, '2099-01-01')).toBe(true);
    expect(isLineOpenOn({ endsOn: null, isActive: false }, '2026-01-01')).toBe(false);
  });
});
