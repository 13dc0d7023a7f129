import { describe, expect, it } from 'vitest';
import { describeDevice, networkOf } from './device';

describe('what a session shows of its device', () => {
  it('names browser and system from the user agent', () => {
    const firefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0';
    expect(describeDevice(firefox)).toBe('Firefox 128 · Windows');
    expect(describeDevice(undefined)).toBe('?');
  });

  it('keeps the network, never the full address', () => {
    expect(networkOf('203.0.113.77')).toBe('203.0.113.0/24');
    expect(networkOf('::ffff:198.51.100.9')).toBe('198.51.100.0/24');
    expect(networkOf('2001:db8:abcd:12::1')).toBe('2001:db8:abcd::/48');
    expect(networkOf('2001:db8::1')).toBe('2001:db8:0::/48');
    expect(networkOf('not an address')).toBe('?');
  });
});
