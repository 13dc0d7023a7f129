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
  it('is this machine on its port by default, and loses a trailing slash', () => {
    expect(readConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(readConfig({ EENPLAN_PUBLIC_URL: 'https://eenplan.example.org/' }).publicUrl).toBe(
      'https://eenplan.example.org',
    );
  });

  it('refuses to start on something that is no http(s) URL', () => {
    for (const bad of ['eenplan.example.org', 'ftp://example.org', 'javascript:alert(1)']) {
      expect(() => readConfig({ EENPLAN_PUBLIC_URL: bad }), bad).toThrow(/EENPLAN_PUBLIC_URL/);
    }
  });
});
