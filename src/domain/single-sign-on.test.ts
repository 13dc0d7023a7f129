import { describe, expect, it } from 'vitest';
import { issuerProblem, linkableEmail, providerUsedSecondFactor } from './single-sign-on';

describe('issuers a collaboration may trust (ADR 038)', () => {
  it('accepts an organisation’s own https issuer', () => {
    expect(
      issuerProblem('https://login.microsoftonline.com/2f1d7c7e-1111-4a4a-9999-0123456789ab/v2.0'),
    ).toBeNull();
    expect(issuerProblem('https://idp.caw-example.be')).toBeNull();
  });

  it('refuses multi-tenant endpoints, however they are spelled', () => {
    for (const issuer of [
      'https://login.microsoftonline.com/common/v2.0',
      'https://login.microsoftonline.com/Organizations/v2.0',
      'https://login.microsoftonline.com/consumers/v2.0',
      'https://login.microsoftonline.com/%63ommon/v2.0',
      'https://login.microsoftonline.com/{tenantid}/v2.0',
    ])
      expect(issuerProblem(issuer), issuer).toBe('ISSUER_MULTI_TENANT');
  });

  it('wants https, except on this machine', () => {
    expect(issuerProblem('http://idp.example.be')).toBe('ISSUER_NOT_HTTPS');
    expect(issuerProblem('ftp://idp.example.be')).toBe('ISSUER_NOT_HTTPS');
    expect(issuerProblem('http://127.0.0.1:4000')).toBeNull();
    expect(issuerProblem('http://localhost:4000/oidc')).toBeNull();
  });

  it('refuses what is not a plain URL', () => {
    for (const issuer of ['not a url', 'https://idp.example.be/?tenant=x', 'https://u:p@idp.example.be'])
      expect(issuerProblem(issuer), issuer).toBe('ISSUER_NOT_URL');
  });
});

describe('a second factor at the provider', () => {
  it('counts mfa or two different methods', () => {
    expect(providerUsedSecondFactor(['pwd', 'mfa'])).toBe(true);
    expect(providerUsedSecondFactor(['mfa'])).toBe(true);
    expect(providerUsedSecondFactor(['pwd', 'otp'])).toBe(true);
  });

  it('does not count one method, a repeated one, or silence', () => {
    expect(providerUsedSecondFactor(['pwd'])).toBe(false);
    expect(providerUsedSecondFactor(['pwd', 'pwd'])).toBe(false);
    expect(providerUsedSecondFactor(undefined)).toBe(false);
    expect(providerUsedSecondFactor('mfa')).toBe(false);
  });
});

describe('linking an outside identity by address', () => {
  it('only when the provider verified the address', () => {
    expect(linkableEmail({ email: ' An.Peeters@CAW.example ', emailVerified: true })).toBe(
      'an.peeters@caw.example',
    );
    expect(linkableEmail({ email: 'an@caw.example', emailVerified: false })).toBeNull();
    expect(linkableEmail({ email: 'an@caw.example', emailVerified: 'true' })).toBeNull();
    expect(linkableEmail({ email: undefined, emailVerified: true })).toBeNull();
  });
});
