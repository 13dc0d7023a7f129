import type { CreateReferralBody } from '../../src/contracts/intake';

/** A valid referral of an obviously fictional family; override what the test is about. */
export function referralBody(overrides: Partial<CreateReferralBody> = {}): CreateReferralBody {
  return {
    receivedOn: '2026-10-15',
    fundingLine: 'regular',
    registrant: { organisationKind: 'clb', organisationName: 'CLB Testpunt', contactName: 'Test Contact' },
    family: {
      municipalityNis: '46021', // Sint-Niklaas, zone elz57
      members: [
        { role: 'child', givenName: 'Testkind', familyName: 'Voorbeeld', birthDate: '2014-05-06' },
        { role: 'parent', givenName: 'Testouder', familyName: 'Voorbeeld' },
      ],
    },
    requestForHelp: 'We willen één plan voor ons gezin.',
    consentToRefer: true,
    ...overrides,
  };
}
