// Family care (R5) in a real browser: the coordinator starts a referral of a young family on the
// family-care line and assigns the liaison worker; she starts family care, records the provider's
// first contact and the referrer at the first conversation, and a week of 9 hours — of which the
// project pays 8. The demo family past its 12 weeks and the money page show the rest of the rule.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { expectAccessible } from './support/browser';
import { belgian, startJourney } from './support/journey';

const journey = startJourney();
const { logIn: login, logOut: logout, choose, shot } = journey;
let page: Page;
beforeAll(() => {
  page = journey.page;
});

let familyUrl = '';
const FAMILY = 'Zorggezin';
const today = todayIso();

const dialog = () => page.getByRole('dialog');
const tab = async (name: string) => {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.waitForTimeout(300);
};

describe('family care in the browser (R5)', () => {
  it('the coordinator starts a family-care referral of a young family and assigns the liaison worker', async () => {
    await login('coordinator@demo.eenplan.be');
    await page.getByRole('navigation').getByRole('link', { name: 'Nieuwe aanmelding' }).click();
    await choose(page, 'Soort organisatie', 'Huis van het Kind');
    await page.getByRole('combobox', { name: 'Naam organisatie' }).fill('Huis van het Kind Waasland-Demo');
    await choose(page, 'Financieringslijn', 'Gezinszorg');
    await choose(page, 'Gemeente', /^Sint-Niklaas/, 'Sint-Nik');
    const child = page.getByRole('group', { name: 'Gezinslid 1' });
    await child.getByLabel('Voornaam').fill('Mona');
    await child.getByLabel('Familienaam').fill(FAMILY);
    await child.getByLabel('Geboortedatum').fill(belgian(addDays(today, -120)));
    await child.getByLabel('Geboortedatum').press('Tab');
    await page
      .getByLabel('Hulpvraag in de woorden van het gezin')
      .fill('Hulp in het huishouden na de geboorte.');
    await page.getByLabel('Het gezin geeft toestemming om aan te melden').check();
    await page.getByRole('button', { name: 'Aanmelding registreren' }).click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]{36}/);

    await page.getByRole('radio', { name: 'Opgestart', exact: true }).check();
    await page.getByRole('button', { name: 'Beslissing opslaan' }).click();
    await page.getByRole('heading', { name: 'Gezinsdossier' }).waitFor();
    // R10: Nora works in another zone than the suggestion, so choosing her needs a reason.
    const assignment = page.getByRole('region', { name: 'Toewijzen volgens beschikbaarheid' });
    await choose(assignment, 'Toewijzen aan', /^Nora Lemmens/);
    await assignment
      .getByLabel('Reden om af te wijken van het voorstel')
      .fill('Nora volgt al de oudere zus op; één vertrouwd gezicht voor het gezin.');
    await assignment.getByRole('button', { name: 'Toewijzen' }).click();
    await page.getByRole('region', { name: 'Gezinsdossier' }).getByText('Toegewezen: Nora Lemmens').waitFor();
    await page.getByRole('link', { name: 'Naar het gezinsdossier' }).click();
    await page.waitForURL(/\/families\/[0-9a-f-]{36}/);
    familyUrl = page.url();
    await logout();
  });

  it('the liaison worker starts family care, records the first contact and a week of 9 hours', async () => {
    await login('liaison@demo.eenplan.be');
    await page.goto(familyUrl);
    await page.getByRole('heading', { name: FAMILY, level: 1 }).waitFor();
    await tab('Trajecten');
    await page.getByRole('button', { name: 'Traject starten' }).click();
    await choose(dialog(), 'Soort traject', 'Gezinszorg');
    // Choosing family care chooses its line (R5: paid from its own line).
    expect(await dialog().getByRole('combobox', { name: 'Financieringslijn' }).inputValue()).toBe(
      'Gezinszorg',
    );
    await dialog().getByLabel('Gezinszorgdienst').fill('Gezinszorg Thuis+');
    await expectAccessible(page, 'start family care');
    await shot('family-care-01-start');
    await dialog().getByRole('button', { name: 'Starten' }).click();
    await dialog().waitFor({ state: 'detached' });

    const card = page.getByRole('article', { name: 'Gezinszorg' });
    await card.getByText(`Eerste contact nog te noteren, uiterlijk ${belgian(addDays(today, 5))}`).waitFor();
    await card.getByRole('button', { name: 'Eerste contact en gesprek noteren' }).click();
    await dialog().getByLabel('Eerste contact met het gezin op').fill(belgian(today));
    await dialog().getByLabel('Eerste contact met het gezin op').press('Tab');
    await dialog().getByRole('radio', { name: 'Ja' }).check();
    await expectAccessible(page, 'family care first contact');
    await dialog().getByRole('button', { name: 'Opslaan' }).click();
    await dialog().waitFor({ state: 'detached' });
    await card.getByText(`Eerste contact op ${belgian(today)}: op tijd`).waitFor();
    await card.getByText('De aanmelder was bij het eerste gesprek.').waitFor();

    await card.getByLabel('Uren in die week').fill('9');
    await card.getByRole('button', { name: 'Uren opslaan' }).click();
    const week1 = card.getByRole('row', { name: /^Week 1/ });
    await week1.getByRole('cell', { name: /^9 u/ }).waitFor();
    const [, hours, paid, notPaid] = await week1.getByRole('cell').allInnerTexts();
    expect(hours).toMatch(/^9 u\s+meer dan 8 uur$/);
    expect([paid, notPaid]).toEqual(['8 u', '1 u']); // paid by the project, not paid
    await card.getByRole('button', { name: 'Uren corrigeren' }).waitFor();
    await expectAccessible(page, 'family care card');
    await shot('family-care-02-week-of-nine-hours');
  });

  it('the demo family past its 12 project weeks is marked so; its hours show week by week', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Gezinnen' }).click();
    await page.getByRole('link', { name: 'Verbeke' }).click();
    await page.getByRole('heading', { name: 'Verbeke', level: 1 }).waitFor();
    await tab('Trajecten');
    const card = page.getByRole('article', { name: 'Gezinszorg' });
    await card.getByText('Na 12 weken: niet meer door het project betaald').waitFor();
    const week13 = card.getByRole('row', { name: /^Week 13/ });
    expect(await week13.getByRole('cell').allTextContents()).toContain('3 u');
    await expectAccessible(page, 'family care past 12 weeks');
    await shot('family-care-03-past-twelve-weeks');
    await logout();
  });

  it('the lead partner sees the year’s care hours on the money page, paid by the project or not', async () => {
    await login('leadpartner@demo.eenplan.be');
    await page.getByRole('navigation').getByRole('link', { name: 'Financiering', exact: true }).click();
    await page.getByRole('heading', { name: 'Financiering', level: 1 }).waitFor();
    const line = page.getByRole('region', { name: 'Gezinszorg' });
    await line.getByRole('heading', { name: 'Uren gezinszorg dit jaar (R5)' }).waitFor();
    await line.getByText('Niet door het project betaald').waitFor();
    await expectAccessible(page, 'money page with care hours');
    await shot('family-care-04-money-page');
  });
});
