import type { CreateReferralBody } from '../../src/contracts/intake';
import { addDays, type IsoDate } from '../../src/domain/dates';
import { systemClock } from '../../src/server/platform/clock/system-clock';

/**
 * Six weeks before `today`, but in its year, so yearly counts (R6) see it. Relative to the clock,
 * not a fixed date that passes only while the calendar is later (ADR 027).
 */
export function recentDay(today: IsoDate = systemClock.today()): IsoDate {
  const sixWeeksAgo = addDays(today, -42);
  const newYear = `${today.slice(0, 4)}-01-01`;
  return sixWeeksAgo < newYear ? newYear : sixWeeksAgo;
}

/**
 * A valid referral of an obviously fictional family, received recently as of `today` (the test
 * app's clock; the machine's by default); override what the test is about.
 */
export function referralBody(
  overrides: Partial<CreateReferralBody> = {},
  today: IsoDate = systemClock.today(),
): CreateReferralBody {
  return {
    receivedOn: recentDay(today),
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
