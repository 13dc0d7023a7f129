import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

describe('EENPLAN_TRUSTED_PROXIES', () => {
  it('trusts no proxy by default', () => {
    expect(readConfig({}).trustedProxies).toEqual([]);
    expect(readConfig({ EENPLAN_TRUSTED_PROXIES: ' ' }).trustedProxies).toEqual([]);
  });

  it('reads a comma list of addresses and CIDR ranges, IPv4 and IPv6', () => {
    expect(
      readConfig({ EENPLAN_TRUSTED_PROXIES: '10.0.0.1, 10.1.0.0/16,::1,fd00::/8' }).trustedProxies,
    ).toEqual(['10.0.0.1', '10.1.0.0/16', '::1', 'fd00::/8']);
  });

  it('refuses to start on an entry that is not an address or range', () => {
    for (const bad of ['true', '*', 'proxy.example.org', '10.0.0.0/33', '10.0.0.1/8/1', '::1/129']) {
      expect(() => readConfig({ EENPLAN_TRUSTED_PROXIES: bad }), bad).toThrow(
        /EENPLAN_TRUSTED_PROXIES: .* is not an IP address or CIDR range/,
      );
    }
  });
});

describe('EENPLAN_PUBLIC_URL', () => {
  it('defaults to localhost on the port and drops a trailing slash', () => {
    expect(readConfig({ PORT: '4100' }).publicUrl).toBe('http://localhost:4100');
    expect(readConfig({ EENPLAN_PUBLIC_URL: 'https://eenplan.example.be/' }).publicUrl).toBe(
      'https://eenplan.example.be',
    );
  });

  it('refuses what is not an http(s) address', () => {
    expect(() => readConfig({ EENPLAN_PUBLIC_URL: 'eenplan.example.be' })).toThrow(/EENPLAN_PUBLIC_URL/);
    expect(() => readConfig({ EENPLAN_PUBLIC_URL: 'ftp://eenplan.example.be' })).toThrow(
      /EENPLAN_PUBLIC_URL/,
    );
  });
});
