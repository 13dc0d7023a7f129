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

describe('EENPLAN_SMTP_* and EENPLAN_MAIL_* (ADR 032)', () => {
  const smtp = { EENPLAN_SMTP_HOST: 'smtp.example.org', EENPLAN_MAIL_FROM: 'eenplan <no-reply@example.org>' };

  it('holds mail in the outbox without a host', () => {
    expect(readConfig({}).smtp).toBeNull();
    expect(readConfig({}).mailMaxAttempts).toBe(10);
  });

  it('uses STARTTLS on 587 by default, implicit TLS on 465 when secure', () => {
    expect(readConfig(smtp).smtp).toEqual({
      host: 'smtp.example.org',
      port: 587,
      secure: false,
      requireTls: false,
      user: null,
      password: null,
      from: 'eenplan <no-reply@example.org>',
    });
    const secure = readConfig({
      ...smtp,
      EENPLAN_SMTP_SECURE: 'true',
      EENPLAN_SMTP_USER: 'u',
      EENPLAN_SMTP_PASSWORD: 'p',
    });
    expect(secure.smtp).toMatchObject({ port: 465, secure: true, user: 'u', password: 'p' });
    expect(
      readConfig({ ...smtp, EENPLAN_SMTP_PORT: '2525', EENPLAN_SMTP_REQUIRE_TLS: 'true' }).smtp,
    ).toMatchObject({ port: 2525, requireTls: true });
  });

  it('refuses to start on a host without a sender, a bad port, flag or attempt count', () => {
    expect(() => readConfig({ EENPLAN_SMTP_HOST: 'smtp.example.org' })).toThrow(/EENPLAN_MAIL_FROM/);
    expect(() => readConfig({ ...smtp, EENPLAN_SMTP_PORT: '70000' })).toThrow(/EENPLAN_SMTP_PORT/);
    expect(() => readConfig({ ...smtp, EENPLAN_SMTP_SECURE: 'yes' })).toThrow(/EENPLAN_SMTP_SECURE/);
    expect(() => readConfig({ EENPLAN_MAIL_MAX_ATTEMPTS: '26' })).toThrow(/EENPLAN_MAIL_MAX_ATTEMPTS/);
    expect(() => readConfig({ EENPLAN_MAIL_MAX_ATTEMPTS: '0' })).toThrow(/EENPLAN_MAIL_MAX_ATTEMPTS/);
  });
});

describe('the drain on SIGTERM (ADR 043)', () => {
  it('gives requests in flight 10 seconds unless told otherwise', () => {
    expect(readConfig({}).drainSeconds).toBe(10);
    expect(readConfig({ EENPLAN_DRAIN_SECONDS: '2.5' }).drainSeconds).toBe(2.5);
  });

  it('refuses what is not a number of seconds', () => {
    expect(() => readConfig({ EENPLAN_DRAIN_SECONDS: 'soon' })).toThrow(/EENPLAN_DRAIN_SECONDS/);
    expect(() => readConfig({ EENPLAN_DRAIN_SECONDS: '-1' })).toThrow(/EENPLAN_DRAIN_SECONDS/);
  });
});
