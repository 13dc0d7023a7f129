// R17 in the browser: the coordinator merges a second file of a family from the family file,
// after a confirmation that says what happens; the merged file then opens the surviving one.
import { describe, expect, it } from 'vitest';
import { startJourney } from './support/journey';

const j = startJourney();

describe('merging two files of one family', () => {
  it('the coordinator merges from the family file; the old file leads to the surviving one', async () => {
    const { page } = j;
    // Two referrals of one (fictional) family, registered through the API as a partner system would.
    const login = await page.request.post(`${j.url}/api/v1/auth/login`, {
      data: { email: 'coordinator@demo.eenplan.be', password: 'eenplan-demo' },
    });
    const csrf = (await login.json()).csrfToken as string;
    const referral = async () => {
      const res = await page.request.post(`${j.url}/api/v1/referrals`, {
        headers: { 'x-csrf-token': csrf },
        data: {
          fundingLine: 'regular',
          registrant: { organisationKind: 'clb', organisationName: 'CLB Test' },
          family: {
            municipalityNis: '46021',
            members: [
              { role: 'child', givenName: 'Ziggy', familyName: 'Tweedossier', birthDate: '2014-04-04' },
            ],
          },
          requestForHelp: 'Eén plan voor ons gezin.',
          consentToRefer: true,
        },
      });
      expect(res.status(), await res.text()).toBe(201);
      return (await res.json()).familyId as string;
    };
    const survivor = await referral();
    const duplicate = await referral();
    // The browser shares the session signed in above: the app picks it up on load.

    await page.goto(`${j.url}/families/${survivor}`);
    await page.getByRole('button', { name: 'Tweede dossier samenvoegen…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dossiers samenvoegen' });
    await dialog.getByRole('radio', { name: /Tweedossier/ }).check();
    await dialog.getByText('Het gezin moet opnieuw akkoord gaan met die versie.', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Samenvoegen' }).click();
    await page.getByText('De dossiers zijn samengevoegd.', { exact: false }).waitFor();

    await page.goto(`${j.url}/families/${duplicate}`);
    await page.waitForURL(new RegExp(`/families/${survivor}`));
    await page.getByText('Dit dossier werd samengevoegd', { exact: false }).waitFor();
  });
});
