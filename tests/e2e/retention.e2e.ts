// R30 in the browser: the coordinator sees which files are destroyed in the next 90 days and
// changes how long the collaboration keeps them; a file past its day goes to the top.
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, brusselsDay } from '../../src/domain/dates';
import { expectAccessible, screenshot } from './support/browser';
import { belgian, startJourney } from './support/journey';

const j = startJourney();
const today = brusselsDay(new Date());
/** Someone who turns 35 `days` after today. */
const turning35 = (days: number) => addDays(addMonths(today, -12 * 35), days);

describe('the coordinator’s retention page', () => {
  it('lists the files due in the next 90 days and follows a new retention age', async () => {
    const { page } = j;
    // Two old files of (fictional) families, registered through the API as a partner system would.
    const login = await page.request.post(`${j.url}/api/v1/auth/login`, {
      data: { email: 'coordinator@demo.eenplan.be', password: 'eenplan-demo' },
    });
    const csrf = (await login.json()).csrfToken as string;
    const referral = async (familyName: string, birthDate: string) => {
      const res = await page.request.post(`${j.url}/api/v1/referrals`, {
        headers: { 'x-csrf-token': csrf },
        data: {
          fundingLine: 'regular',
          registrant: { organisationKind: 'clb', organisationName: 'CLB Test' },
          family: {
            municipalityNis: '46021',
            members: [{ role: 'child', givenName: 'Jonas', familyName, birthDate }],
          },
          requestForHelp: 'Een oud dossier.',
          consentToRefer: true,
        },
      });
      expect(res.status(), await res.text()).toBe(201);
    };
    await referral('Vervaldossier', turning35(-2));
    await referral('Eindedossier', turning35(30));

    await page.goto(`${j.url}/my-week`);
    await page.getByRole('navigation').getByRole('link', { name: 'Bewaartermijn', exact: true }).click();
    await page.getByRole('heading', { name: 'Bewaartermijn van dossiers', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Te vernietigen in de komende 90 dagen' });
    const rows = table.getByRole('row');
    await table.getByRole('row', { name: /Eindedossier/ }).waitFor();
    expect((await rows.allTextContents()).slice(1)).toEqual([
      `Vervaldossier${belgian(addDays(today, -2))}Vannacht vernietigd`,
      `Eindedossier${belgian(addDays(today, 30))}Binnenkort`,
    ]);
    await expectAccessible(page, 'retention page');
    await screenshot(page, 'retention-01-due-files');

    // Kept until 40: neither file is due any more.
    const age = page.getByLabel('Bewaren tot het jongste gezinslid deze leeftijd heeft');
    expect(await age.inputValue()).toBe('35');
    await age.fill('40');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Geen dossiers te vernietigen in de komende 90 dagen.').waitFor();
    await page.getByText('Laatst gewijzigd door', { exact: false }).waitFor();
    await screenshot(page, 'retention-02-kept-until-40');
  });
});
