// The lead partner's and the coordinator's journey through team and money, in a real browser
// against the real server: a secondment that breaks R11 is named and then fixed; money per line,
// a booking typed the Belgian way, the allocation over zones (R13); at the intake desk the 21st
// add-on is refused (R6), a start past the crisis quota asks a reason (R4) and family care for a
// five-year-old is refused on the form (R5); a steering member reads the money but changes nothing.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { addMonths, todayIso } from '../../src/domain/dates';
import { expectAccessible, screenshot } from './support/browser';
import { belgian, startJourney } from './support/journey';

const journey = startJourney();
const { logIn, logOut, openNav, settled, choose } = journey;
let page: Page;
beforeAll(() => {
  page = journey.page;
});

const today = todayIso();
const thisYear = Number(today.slice(0, 4));
/** Text as shown, with the non-breaking spaces of Intl money formats made plain. */
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
const euro = (cents: number) =>
  plain(new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' }).format(cents / 100));

/** The API as the signed-in person, with the session cookie and the CSRF header, like the app. */
async function api<T>(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<T> {
  const session = await page.request.get(`${journey.url}/api/v1/auth/session`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const response = await page.request.fetch(`${journey.url}/api/v1${path}`, {
    method,
    headers: { 'x-csrf-token': csrfToken, 'accept-language': 'nl-BE' },
    ...(body === undefined ? {} : { data: body }),
  });
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

type Overview = {
  lines: { code: string; started: number; spentCents: number; targetTrajectories: number | null }[];
};
const lineOf = async (code: string) =>
  (await api<Overview>('GET', `/reports/funding?year=${thisYear}`)).lines.find((l) => l.code === code) as
    | Overview['lines'][number]
    | undefined;

function referralBody(fundingLine: string, label: string, day = 1) {
  return {
    fundingLine,
    registrant: { organisationKind: 'clb', organisationName: 'CLB De Wegwijzer' },
    family: {
      municipalityNis: '46021',
      members: [
        {
          role: 'child',
          givenName: label,
          familyName: 'Proefgezin',
          birthDate: `2014-05-${String(day).padStart(2, '0')}`,
        },
      ],
    },
    requestForHelp: 'Extra deskundigheid naast de lopende begeleiding.',
    consentToRefer: true,
  };
}

describe('team and secondment (R11) as the lead partner', () => {
  it('shows the team with the demo breach named by its rule', async () => {
    await logIn('leadpartner@demo.eenplan.be');
    await openNav('Team');
    await page.getByRole('heading', { name: 'Team en detachering', level: 1 }).waitFor();
    await page.getByText('R11 — Kobe Lievens: gedetacheerd voor minder dan twee jaar').waitFor();
    await expectAccessible(page, 'team page');
    await screenshot(page, 'team-01-overview');
  });

  it('adds a worker at 40% in the team, sees R11 named, fixes it and the breach is gone', async () => {
    await page.getByRole('button', { name: 'Medewerker toevoegen' }).click();
    const drawer = page.getByRole('dialog', { name: 'Medewerker toevoegen' });
    await drawer.getByRole('textbox', { name: 'Naam', exact: true }).fill('Testmedewerker Journey');
    await choose(drawer, 'Moederorganisatie', 'CAW Oost-Waas');
    await drawer.getByLabel('In het team (%)').fill('40');
    await drawer.getByLabel('In de moederorganisatie (%)').click(); // leave the field: 60% follows
    expect(await drawer.getByLabel('In de moederorganisatie (%)').inputValue()).toBe('60%');
    await choose(drawer, 'Eerstelijnszone', 'Dender');
    await settled(drawer);
    await expectAccessible(page, 'worker form');
    await screenshot(page, 'team-02-worker-form');
    await drawer.getByRole('button', { name: 'Medewerker toevoegen' }).click();
    await drawer.waitFor({ state: 'detached' });

    const row = page.getByRole('row', { name: /Testmedewerker Journey/ });
    await row.getByText('R11 — minder dan halftijds in het team (40%)').waitFor();
    await page.getByText('R11 — Testmedewerker Journey: minder dan halftijds in het team (40%)').waitFor();
    await screenshot(page, 'team-03-breach');

    await page.getByRole('button', { name: 'Wijzigen: Testmedewerker Journey' }).click();
    const edit = page.getByRole('dialog', { name: 'Testmedewerker Journey wijzigen' });
    await edit.getByLabel('In het team (%)').fill('60');
    await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await edit.waitFor({ state: 'detached' });
    await row.getByText('in orde').waitFor();
    expect(await page.getByText('Testmedewerker Journey: minder dan halftijds').count()).toBe(0);
    expect(await row.textContent()).toContain('60% / 40%');
  });

  it('resizes a type module when its funding changes, and the R11 breach on it goes', async () => {
    const breach =
      'R11 — Typemodule CGG (CGG De Brug): de typemodule wordt maar voor 50% in het team ingezet';
    await page.getByText(breach).waitFor();
    await page.getByRole('button', { name: 'Wijzigen: Typemodule CGG' }).click();
    const dialog = page.getByRole('dialog', { name: 'Typemodule CGG wijzigen' });
    await dialog.getByLabel('Omvang (%)').fill('50');
    await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('De typemodule is gewijzigd.').waitFor();
    await page.getByRole('progressbar', { name: 'Inzet van Typemodule CGG: 100%' }).waitFor();
    expect(await page.getByText(breach).count()).toBe(0);
  });

  it('records an absence: the worker shows as absent today and it weighs on this year’s cover (R12)', async () => {
    const cover = page.getByRole('region', { name: /Afwezigheid en overbezetting in \d{4} \(R12\)/ });
    // The first figure is the absence, in FTE working days (Belgian number format).
    const absentFteDays = async () => {
      const text =
        (await cover
          .getByText(/VTE-werkdagen van/)
          .first()
          .textContent()) ?? '';
      return Number((text.match(/([\d.,]+) VTE-werkdagen/)?.[1] ?? 'NaN').replace('.', '').replace(',', '.'));
    };
    await cover.getByText('De overbezetting vangt de afwezigheid van dit jaar op.').waitFor();
    const before = await absentFteDays();
    await page.getByRole('button', { name: 'Afwezigheid: Testmedewerker Journey' }).click();
    const dialog = page.getByRole('dialog', { name: 'Afwezigheid van Testmedewerker Journey' });
    await dialog.getByLabel('Tot en met').fill(belgian(addMonths(today, 1)));
    await dialog.getByLabel('Reden').fill('Opleiding');
    await dialog.getByRole('button', { name: 'Afwezigheid registreren' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('row', { name: /Testmedewerker Journey/ })
      .getByText('afwezig vandaag')
      .waitFor();
    await expect.poll(absentFteDays).toBeGreaterThan(before);
    await page.evaluate(() => window.scrollTo(0, 0)); // the fixed header stays at the top of the shot
    await screenshot(page, 'team-05-absence-cover');
  });

  it('shows the caseload per FTE per worker and region, with the absence (R10)', async () => {
    await page.getByRole('tab', { name: 'Caseload per VTE (R10)' }).click();
    await page.waitForURL(/tab=caseload/);
    const table = page.getByRole('table', { name: /Belasting = open trajecten/ });
    await table.waitFor();
    await table
      .getByRole('row', { name: /Testmedewerker Journey/ })
      .getByText(`afwezig tot ${belgian(addMonths(today, 1))}`)
      .waitFor();
    await table.getByRole('row', { name: /Lotte Verstraete/ }).waitFor();
    await page.getByText('Heel het team').waitFor();
    // The lead partner reads counts, never a family, and not the coordinator's assignment record.
    expect(await page.getByRole('heading', { name: 'Toewijzingen en afwijkingen' }).count()).toBe(0);
    await expectAccessible(page, 'caseload per FTE');
    await screenshot(page, 'team-04-caseload');
    await page.getByRole('tab', { name: 'Detachering (R11)' }).click();
    // The "saved" notifications fade out before the next page is judged (a fading text is pale).
    await expect.poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 10_000 }).toBe(0);
  });
});

describe('money as the lead partner', () => {
  it('shows each line with budget, spending, trajectories and the R8 end warning', async () => {
    await openNav('Financiering');
    await page.getByRole('heading', { name: 'Financiering', level: 1 }).waitFor();
    const volunteers = page.getByRole('region', { name: 'Vrijwilligerswerking' });
    await volunteers.getByText(/(eindigt|afgelopen) op 31\/12\/2026/).waitFor();
    const addOn = page.getByRole('region', { name: 'Bijschakeltrajecten' });
    await addOn.getByText(/\d+ van 20 opgestart \(maximum\)/).waitFor();
    await page.getByRole('region', { name: 'Gezinszorg' }).getByText('Competentieversterking (R7)').waitFor();
    await expectAccessible(page, 'funding page');
    await screenshot(page, 'funding-01-overview');
  });

  it('books spending typed the Belgian way, to the cent', async () => {
    const before = (await lineOf('regular'))?.spentCents ?? 0;
    await page.getByRole('button', { name: 'Uitgave boeken: 1G1P regulier' }).click();
    const dialog = page.getByRole('dialog', { name: `Uitgave boeken: 1G1P regulier (${thisYear})` });
    await dialog.getByLabel('Bedrag (€)').fill('1.234,56');
    await dialog.getByLabel('Omschrijving').fill('Extra typemodule najaar');
    await settled(dialog);
    await expectAccessible(page, 'spending form');
    await dialog.getByRole('button', { name: 'Boeken' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await lineOf('regular'))?.spentCents).toBe(before + 123_456);
    const card = page.getByRole('region', { name: '1G1P regulier' });
    await expect.poll(async () => plain(await card.textContent())).toContain(euro(before + 123_456));
  });

  it('cancels that booking from the ledger with a reason; it stays visible but no longer counts', async () => {
    const before = (await lineOf('regular'))?.spentCents ?? 0;
    await page.getByRole('button', { name: 'Boekingen: 1G1P regulier' }).click();
    const dialog = page.getByRole('dialog', { name: `Boekingen van 1G1P regulier (${thisYear})` });
    await dialog.getByRole('button', { name: 'Boeking annuleren: Extra typemodule najaar' }).click();
    await dialog.getByLabel('Waarom annuleren?').fill('Factuur hoort bij volgend jaar');
    await settled(dialog);
    await expectAccessible(page, 'ledger with a cancellation');
    await dialog.getByRole('button', { name: 'Boeking annuleren', exact: true }).click();
    await dialog.getByText('door Hanne Pauwels: Factuur hoort bij volgend jaar').waitFor();
    await screenshot(page, 'funding-01b-ledger');
    await expect.poll(async () => (await lineOf('regular'))?.spentCents).toBe(before - 123_456);
    await dialog.getByRole('button', { name: 'Sluiten' }).click();
  });

  it('gives residual money of last year to a pilot, never more than is left (R12)', async () => {
    await choose(page, 'Jaar', String(thisYear - 1));
    await page.getByText(`${thisYear - 1} is afgesloten`).waitFor();
    await page.getByRole('button', { name: 'Restmiddelen naar proeftuin: 1G1P regulier' }).click();
    const dialog = page.getByRole('dialog', {
      name: `Restmiddelen van 1G1P regulier (${thisYear - 1}) naar een proeftuin`,
    });
    await dialog.getByLabel('Naam van de proeftuin').fill('Proeftuin warme overdracht');
    await dialog.getByLabel('Bedrag (€)').fill('9.999.999,00');
    await dialog.getByLabel('Begint op').fill(`01/01/${thisYear}`);
    await dialog.getByLabel('Eindigt op').fill(`31/12/${thisYear}`);
    await dialog.getByLabel('Eindigt op').press('Tab'); // closes the calendar that opened
    await dialog.getByRole('button', { name: 'Proeftuin toekennen' }).click();
    await dialog.getByText('Er blijven niet genoeg restmiddelen over voor dit bedrag.').waitFor();
    await settled(dialog);
    await expectAccessible(page, 'pilot form with an error');
    await screenshot(page, 'funding-02-pilot-refused');
    await dialog.getByLabel('Bedrag (€)').fill('10.000,00');
    await dialog.getByRole('button', { name: 'Proeftuin toekennen' }).click();
    await dialog.waitFor({ state: 'detached' });
    const pilots = page.getByRole('region', { name: 'Proeftuinen' });
    await pilots
      .getByRole('row', { name: /Proeftuin warme overdracht/ })
      .getByText('€ 10.000,00')
      .waitFor();
    // The line's year now shows the money given to pilots.
    await page.getByRole('region', { name: '1G1P regulier' }).getByText('€ 10.000,00').waitFor();
  });

  it('shares a budget over the zones; the collaboration gets the sum of its zones (R13)', async () => {
    await openNav('Verdeling per zone');
    await page.getByRole('heading', { name: 'Verdeling per eerstelijnszone', level: 1 }).waitFor();
    await page.getByText('de helft van het geld volgt het aantal jongeren').waitFor();
    await page.getByLabel('Te verdelen budget (€)').fill('2.000.000,00');
    await page.getByRole('button', { name: 'Verdelen' }).click();
    await page.waitForURL(/budget=200000000/);
    const allocation = await api<{ collaborationBudgetCents: number }>(
      'GET',
      `/funding/allocation?year=${thisYear}&budgetCents=200000000`,
    );
    await expect
      .poll(async () => plain(await page.getByRole('main').textContent()))
      .toContain(euro(allocation.collaborationBudgetCents));
    await page.getByRole('table', { name: `Verdeling per eerstelijnszone in ${thisYear}` }).waitFor();
    await expectAccessible(page, 'allocation page');
    await screenshot(page, 'allocation-01');
  });

  it('imports zone data for next year as CSV', async () => {
    await choose(page, 'Jaar', String(thisYear + 1));
    await page.getByText(`Geen zonegegevens voor ${thisYear + 1}`).waitFor();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'zones.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'zone_code,population_under_25,deprivation_index\nelz57,36500,1.04\nelz29,27200,0.93\nelz9,31400,1.12\n',
      ),
    });
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByText(`3 zones ingeladen voor ${thisYear + 1}.`).waitFor();
    await page.getByRole('table', { name: `Verdeling per eerstelijnszone in ${thisYear + 1}` }).waitFor();
    await screenshot(page, 'allocation-02-imported');
    await logOut();
  });
});

describe('at the intake desk as the coordinator', () => {
  let twentyFirst: string;

  it('refuses the 21st add-on trajectory of the year with a clear message (R6)', async () => {
    await logIn('coordinator@demo.eenplan.be');
    // Prepare through the API: add-on referrals started until the year holds 20, and one more.
    const started = (await lineOf('addOn'))?.started ?? 0;
    for (let n = started; n <= 20; n += 1) {
      const referral = await api<{ id: string }>(
        'POST',
        '/referrals',
        referralBody('addOn', `Kind ${n + 1}`, (n % 28) + 1),
      );
      if (n < 20) await api('POST', `/referrals/${referral.id}/decision`, { outcome: 'started' });
      else twentyFirst = referral.id;
    }
    expect((await lineOf('addOn'))?.started).toBe(20);

    await page.goto(`${journey.url}/referrals/${twentyFirst}`);
    await page.getByRole('radio', { name: 'Opgestart', exact: true }).check();
    await page.getByRole('button', { name: 'Beslissing opslaan' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Opstarten kan niet' });
    await refusal.getByText(`Het maximum van 20 trajecten op deze lijn in ${thisYear} is bereikt`).waitFor();
    await refusal.getByText('Zet het gezin op de wachtlijst').waitFor();
    await expectAccessible(page, 'decision refused at the cap');
    await screenshot(page, 'intake-01-add-on-cap');

    // The way out the message offers: the waiting list.
    await page.getByRole('radio', { name: 'Wachtlijst' }).check();
    await page.getByRole('button', { name: 'Beslissing opslaan' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Beslissing opslaan' }).count()).toBe(0);
  });

  it('shows the cap reached on the money page', async () => {
    await openNav('Financiering');
    const addOn = page.getByRole('region', { name: 'Bijschakeltrajecten' });
    await addOn.getByText('20 van 20 opgestart (maximum)').waitFor();
    await addOn.getByText('maximum bereikt').waitFor();
    // R6: the steering group's quarterly view counts them in this quarter, with the cap used up.
    const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
    const quarters = page.getByRole('table', { name: `Bijschakeltrajecten per kwartaal in ${thisYear}` });
    const row = quarters.getByRole('row', { name: new RegExp(`^K${quarter} `) });
    await row.getByText('20 van 20').waitFor();
    expect(await row.getByRole('cell').last().textContent()).toBe('0');
  });

  it('past the crisis quota, asks a reason to start and counts a signal (R4)', async () => {
    // The coordinator sets this year's quota at what has started, through the line's form.
    const started = (await lineOf('crisisFollowUp'))?.started ?? 0;
    await page.getByRole('button', { name: 'Jaar instellen: Vervolghulp na crisis' }).click();
    const dialog = page.getByRole('dialog', { name: `Vervolghulp na crisis in ${thisYear}` });
    await dialog.getByLabel('Verwacht aantal trajecten').fill(String(started));
    await settled(dialog);
    await expectAccessible(page, 'line year form');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached' });
    const crisis = page.getByRole('region', { name: 'Vervolghulp na crisis' });
    await crisis.getByText(`${started} van ${started} opgestart (verwacht per jaar)`).waitFor();
    await crisis.getByText('quotum bereikt').waitFor();
    expect((await lineOf('crisisFollowUp'))?.targetTrajectories).toBe(started);

    const referral = await api<{ id: string; overQuota: boolean }>(
      'POST',
      '/referrals',
      referralBody('crisisFollowUp', 'Kind crisis'),
    );
    expect(referral.overQuota).toBe(true);
    await page.goto(`${journey.url}/referrals/${referral.id}`);
    await page.getByText('boven quotum').first().waitFor();
    await page.getByRole('radio', { name: 'Opgestart', exact: true }).check();
    const reason = page.getByLabel('Reden om boven het quotum op te starten');
    await reason.waitFor();
    await page.getByRole('button', { name: 'Beslissing opslaan' }).click();
    await page.getByText('Geef een reden om boven het quotum op te starten.').waitFor();
    await reason.fill('Geen andere vervolghulp in de regio; het gezin kan niet wachten.');
    await screenshot(page, 'intake-02-over-quota-reason');
    await page.getByRole('button', { name: 'Beslissing opslaan' }).click();
    await page.getByText('Boven het quotum opgestart, met als reden').waitFor();

    await openNav('Aanmeldingen');
    await page.getByRole('table').first().waitFor();
    await page.getByRole('table').getByText('boven quotum').first().waitFor();
    await openNav('Cijfers');
    await page.getByText('Signalen boven quotum').waitFor();
    await screenshot(page, 'intake-03-figures-signals');
  });

  it('refuses family care for a five-year-old, with the reason next to the family members (R5)', async () => {
    await openNav('Nieuwe aanmelding');
    await page.waitForURL(/\/referrals\/new/);
    await choose(page, 'Soort organisatie', 'Huis van het Kind');
    await page.getByRole('combobox', { name: 'Naam organisatie' }).fill('Huis van het Kind Waasland-Demo');
    await choose(page, 'Financieringslijn', 'Gezinszorg');
    const municipality = page.getByRole('combobox', { name: 'Gemeente', exact: true });
    await municipality.click();
    await municipality.fill('Sint-Nik');
    await page.getByRole('option', { name: /^Sint-Niklaas/ }).click();
    const child = page.getByRole('group', { name: 'Gezinslid 1' });
    await child.getByLabel('Voornaam').fill('Noor');
    await child.getByLabel('Familienaam').fill('Proefgezin');
    await child.getByLabel('Geboortedatum').fill(belgian(addMonths(today, -60)));
    await page
      .getByLabel('Hulpvraag in de woorden van het gezin')
      .fill('Hulp in het huishouden na de bevalling.');
    await page.getByLabel('Het gezin geeft toestemming om aan te melden').check();
    await page.getByRole('button', { name: 'Aanmelding registreren' }).click();

    const family = page.getByRole('region', { name: 'Gezin' });
    await family
      .getByText('Gezinszorg is er voor gezinnen met een kind van de zwangerschap tot en met 3 jaar.')
      .waitFor();
    expect(page.url()).toMatch(/\/referrals\/new$/);
    await expectAccessible(page, 'family care refused');
    await screenshot(page, 'intake-04-family-care-refused');
    await logOut();
  });
});

describe('what a person may not do is not offered', () => {
  it('a steering member reads the money but sees no forms and no team', async () => {
    await logIn('steering@demo.eenplan.be');
    await openNav('Financiering');
    await page.getByRole('region', { name: 'Bijschakeltrajecten' }).waitFor();
    expect(await page.getByRole('button', { name: /Uitgave boeken|Jaar instellen/ }).count()).toBe(0);
    await page.getByRole('table', { name: `Bijschakeltrajecten per kwartaal in ${thisYear}` }).waitFor();
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Team' }).count()).toBe(0);
    await openNav('Verdeling per zone');
    await page.getByRole('heading', { name: 'Verdeling per eerstelijnszone', level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Importeren' }).count()).toBe(0);
    await openNav('Financiering');
    await page.getByRole('button', { name: 'FR', exact: true }).click();
    await page.getByRole('heading', { name: 'Financement', level: 1 }).waitFor();
    await page
      .getByRole('region', { name: 'Aide familiale' })
      .getByText(/Renforcement des compétences/)
      .waitFor();
    await expectAccessible(page, 'funding page in French');
    await screenshot(page, 'funding-03-steering-fr');
  });
});
