// The staff officer's journey through a steering-group meeting, in a real browser against the
// real server: plan → invitation (.ics) → attendance with "tvv" → an advice round where a
// principled objection blocks the decision until it is withdrawn → decision → TO DO → minutes
// exported as .docx and read back → shared; then the steering member reads them. Axe on every page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/domain/dates';
import { docxParagraphs } from '../support/docx-text';
import { expectAccessible, launchBrowser, screenshot } from './support/browser';
import { type RunningServer, removeDataDir, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;
let page: Page;
let meetingUrl: string;

const ITEM = 'Proeftuin vrijwilligerswerking';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1366, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    const code = await server.stop();
    expect(code, server.output()).toBe(0);
    await removeDataDir(server.dataDir);
  }
});

async function login(email: string) {
  await page.goto(`${server.url}/login`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('eenplan-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(/\/governance$/);
  await page.getByRole('heading', { name: 'Overleg', level: 1 }).waitFor();
}

const dialog = () => page.getByRole('dialog');

/** A full-page screenshot from the top, so the fixed header and navigation sit where they belong. */
async function shot(name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** Axe once the "saved" toasts have faded: a toast half-way its fade has too little contrast. */
async function checkAccessible(where: string) {
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached', timeout: 10_000 });
  await expectAccessible(page, where);
}
const item = () => page.locator('section').filter({ has: page.getByRole('heading', { name: `2. ${ITEM}` }) });
const round = () => page.getByRole('region', { name: `Adviesronde ${ITEM}` });

describe('a steering-group meeting in the browser', () => {
  it('the staff officer lands on the governance overview', async () => {
    await login('staff@demo.eenplan.be');
    await page.getByRole('table', { name: 'Volgende vergaderingen' }).waitFor();
    await checkAccessible('governance overview');
    await shot('g01-governance-overview');
  });

  it('opens the steering group with its members', async () => {
    await page.getByRole('link', { name: 'Stuurgroep', exact: true }).click();
    await page.getByRole('heading', { name: 'Stuurgroep', level: 1 }).waitFor();
    await page.getByRole('cell', { name: /Femke Bogaerts/ }).waitFor(); // a deputy
    await checkAccessible('body');
    await shot('g02-body');
  });

  it('plans a meeting today; it follows up the open TO DOs of the previous one', async () => {
    await page.getByRole('button', { name: 'Vergadering plannen' }).click();
    await dialog().getByLabel('Plaats').fill('Vergaderzaal De Linde, Hamme');
    await dialog().getByLabel('Eerste agendapunt').fill(ITEM);
    await checkAccessible('plan meeting dialog');
    await dialog().getByRole('button', { name: 'Vergadering plannen' }).click();
    await page.waitForURL(/\/governance\/meetings\/[0-9a-f-]{36}/);
    meetingUrl = page.url();
    await page.getByText(`2. ${ITEM}`).waitFor();
    await page.getByText(/1\. Goedkeuring en opvolging vorig verslag/).waitFor();
    await page.getByText(/TO DO's op te volgen/).waitFor();
    await checkAccessible('meeting agenda');
    await shot('g03-meeting-agenda');
  });

  it('sends the invitation with an iCalendar file', async () => {
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByRole('button', { name: 'Uitnodiging opnieuw versturen' }).waitFor();
    const href = await page.getByRole('link', { name: 'Agenda-bestand (.ics)' }).getAttribute('href');
    const ics = await page.request.get(`${server.url}${href}`);
    expect(ics.status()).toBe(200);
    const text = (await ics.text()).replace(/\r\n[ \t]/g, ''); // unfold the 75-character lines
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain(`2. ${ITEM}`);
  });

  it('records attendance: one excused, one represented by someone (tvv)', async () => {
    await page.getByRole('tab', { name: 'Verslag' }).click();
    await page
      .getByRole('radiogroup', { name: 'Aanwezigheid van Marleen Verstraete' })
      .getByRole('radio', { name: 'Verontschuldigd' })
      .check();
    await page
      .getByRole('radiogroup', { name: 'Aanwezigheid van Dirk Baert' })
      .getByRole('radio', { name: 'Vertegenwoordigd (tvv)' })
      .check();
    await page.getByRole('textbox', { name: 'Wie verving Dirk Baert (tvv)' }).fill('Femke Bogaerts');
    await page.getByRole('button', { name: 'Aanwezigheden opslaan' }).click();
    await page.getByText('Aanwezigheden opgeslagen.').waitFor();
    await page
      .getByRole('radiogroup', { name: 'Vorig verslag' })
      .getByRole('radio', { name: 'Goedgekeurd', exact: true })
      .check();
    await page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: /^1\. Goedkeuring/ }) })
      .getByRole('button', { name: 'Opslaan' })
      .click();
    await checkAccessible('meeting minutes');
    await shot('g04-attendance');
  });

  it('runs an advice round: a principled objection blocks the decision', async () => {
    await item().getByRole('button', { name: 'Adviesronde starten' }).click();
    await dialog()
      .getByLabel(/^Voorstel/)
      .fill(
        'We starten een proeftuin met vrijwilligers in de Denderregio, gekoppeld aan een professionele coördinator.',
      );
    await dialog().getByRole('button', { name: 'Adviesronde starten' }).click();
    await round().waitFor();

    await round().getByRole('button', { name: 'Advies van Hanne Pauwels' }).click();
    await dialog().getByRole('button', { name: 'Advies opslaan' }).click();
    await round().getByText('Positief advies').waitFor();

    await round().getByRole('button', { name: 'Advies van Pieter Goossens' }).click();
    await dialog()
      .getByRole('radio', { name: /Principieel bezwaar/ })
      .check();
    await dialog().getByRole('button', { name: 'Advies opslaan' }).click();
    // R14: an objection without its reasons is not accepted
    await dialog()
      .getByText('Een principieel bezwaar zegt hoe het voorstel ingaat tegen de visie en waarden.')
      .waitFor();
    await dialog()
      .getByLabel('Hoe gaat het voorstel in tegen de visie en waarden?')
      .fill('Vrijwilligers zonder begeleiding gaan in tegen zorg op maat.');
    await dialog()
      .getByLabel('Hoe schaadt het voorstel cliënten of betrokkenen?')
      .fill('Jonge gezinnen krijgen ongeschoolde hulp zonder opvolging.');
    await checkAccessible('advice dialog');
    await dialog().getByRole('button', { name: 'Advies opslaan' }).click();
    await round().getByText('Beslissing geblokkeerd').waitFor();

    await round().getByRole('button', { name: 'Beslissen' }).click();
    await dialog()
      .getByLabel(/^Beslissing/)
      .fill('We starten de proeftuin.');
    await dialog().getByRole('button', { name: 'Beslissing opslaan' }).click();
    await dialog()
      .getByText(/Er staat nog een principieel bezwaar open/)
      .waitFor();
    await shot('g05-objection-blocks');
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
  });

  it('the objection is withdrawn; then the decision is taken, evaluated after two working years', async () => {
    await round().getByRole('button', { name: 'Bezwaar van Pieter Goossens afsluiten' }).click();
    await dialog()
      .getByLabel('Toelichting')
      .fill('De proeftuin krijgt een professionele coördinator; daarmee is het bezwaar weg.');
    await dialog().getByRole('button', { name: 'Bezwaar afsluiten' }).click();
    await dialog().waitFor({ state: 'detached' });
    await round().getByText('Ingetrokken').waitFor();
    await expect.poll(() => round().getByText('Beslissing geblokkeerd').count()).toBe(0);

    await round().getByRole('button', { name: 'Beslissen' }).click();
    await dialog()
      .getByLabel(/^Beslissing/)
      .fill('We starten de proeftuin vrijwilligerswerking met een professionele coördinator.');
    await dialog().getByRole('combobox', { name: 'Evaluatie' }).click();
    await page.getByRole('option', { name: 'na twee werkjaren' }).click();
    await dialog().getByRole('button', { name: 'Beslissing opslaan' }).click();
    await dialog().waitFor({ state: 'detached' });
    await round()
      .getByText('We starten de proeftuin vrijwilligerswerking met een professionele coördinator.')
      .waitFor();
    await round().getByText('Beslist').waitFor();
  });

  it('minutes the item and agrees a TO DO', async () => {
    await item().getByLabel('Verslag van dit punt').fill('De vrijwilligerswerking stelt de proeftuin voor.');
    await item()
      .getByLabel('Reactie SG')
      .fill('Kan dit aansluiten bij de lijn gezinszorg?\nWat met de kleinere gemeenten?');
    await item().getByRole('button', { name: 'Punt opslaan' }).click();
    await page.getByText('Het agendapunt is opgeslagen.').waitFor();

    await item().getByRole('button', { name: 'TO DO toevoegen' }).click();
    await dialog().getByLabel('Wat').fill('Scenario’s vrijwilligerswerking uitschrijven');
    await dialog().getByLabel(/^Wie/).fill('Coördinator');
    await page.keyboard.press('Tab'); // close the suggestions
    const [y, m, d] = todayIso().split('-');
    await dialog()
      .getByLabel('Tegen')
      .fill(`${d}/${m}/${Number(y) + 1}`);
    await page.keyboard.press('Tab'); // close the calendar
    await dialog().getByRole('button', { name: 'TO DO toevoegen' }).click();
    await dialog().waitFor({ state: 'detached' });
    await item().getByText('Scenario’s vrijwilligerswerking uitschrijven').waitFor();
    await checkAccessible('minuted item');
    await shot('g06-minutes');
  });

  it('exports the minutes as .docx, in the familiar layout (read back from the file)', async () => {
    const href = await page.getByRole('link', { name: 'Verslag (.docx)' }).getAttribute('href');
    const res = await page.request.get(`${server.url}${href}`, { headers: { 'accept-language': 'nl-BE' } });
    expect(res.status()).toBe(200);
    const text = docxParagraphs(await res.body());
    const joined = text.join('\n');
    expect(text[0]).toBe('Verslag Stuurgroep');
    expect(joined).toMatch(/^Aanwezig: .*Femke Bogaerts tvv Dirk Baert \(Sociaal Huis Scheldeoever\)/m);
    expect(joined).toMatch(/^Verontschuldigd: Marleen Verstraete \(CAW Oost-Waas\)/m);
    expect(joined).toMatch(
      /^1\. Goedkeuring en opvolging vorig verslag \(Stuurgroep \d{2}\/\d{2}\/\d{4}\)$/m,
    );
    expect(joined).toContain(`2. ${ITEM}`);
    expect(joined).toContain('Reactie SG:');
    expect(joined).toContain('Adviesronde: Proeftuin vrijwilligerswerking');
    expect(joined).toMatch(/Pieter Goossens \(CGG De Brug\): principieel bezwaar: .*\(ingetrokken/);
    expect(joined).toMatch(
      /Beslissing: We starten de proeftuin vrijwilligerswerking .* We evalueren deze beslissing na twee werkjaren/,
    );
    expect(joined).toContain('TO DO:');
    expect(joined).toMatch(/Scenario’s vrijwilligerswerking uitschrijven \(Coördinator, tegen/);
    const pdf = await page.request.get(
      `${server.url}${await page.getByRole('link', { name: 'Verslag (PDF)' }).getAttribute('href')}`,
    );
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('checks the figures for completeness and freezes them for the meeting (R22)', async () => {
    await page.getByRole('tab', { name: /Cijfers/ }).click();
    await page.getByRole('button', { name: 'Volledigheid controleren' }).click();
    await page
      .getByText(/dossiers? miss(en|t) nog gegevens|Alle dossiers van deze periode zijn volledig/)
      .first()
      .waitFor();
    const incomplete = page.getByLabel('Toch bevriezen, met deze onvolledige dossiers');
    if (await incomplete.count()) {
      await incomplete.check();
      await page
        .getByLabel('Waarom nu al bevriezen?')
        .fill('Enkele perspectiefgesprekken worden nog ingevuld.');
    }
    await page.getByRole('button', { name: 'Cijfers bevriezen' }).click();
    await page.getByText(/Bevroren op/).waitFor();
    await checkAccessible('meeting figures');
    await shot('g07-figures');
  });

  it('shares the minutes with the members', async () => {
    await page.getByRole('button', { name: 'Verslag delen met de leden' }).click();
    await page.getByText('Verslag gedeeld').first().waitFor();
  });

  it('follows the TO DO list and the decision register, and the engagement declarations', async () => {
    await page.getByRole('navigation').getByRole('link', { name: "TO DO's" }).click();
    await page.getByRole('heading', { name: "TO DO's", level: 1 }).waitFor();
    await page.getByText('Scenario’s vrijwilligerswerking uitschrijven').waitFor();
    await checkAccessible('todo list');
    await shot('g08-todos');
    await page.locator('.mantine-SegmentedControl-label', { hasText: /^Te laat$/ }).click();
    await expect.poll(() => page.getByText('Scenario’s vrijwilligerswerking uitschrijven').count()).toBe(0);

    await page.getByRole('navigation').getByRole('link', { name: 'Beslissingen' }).click();
    await page.getByRole('heading', { name: 'Beslissingen', level: 1 }).waitFor();
    await page
      .getByText('We starten de proeftuin vrijwilligerswerking met een professionele coördinator.')
      .waitFor();
    await checkAccessible('decision register');
    await shot('g09-decisions');

    await page.getByRole('navigation').getByRole('link', { name: 'Engagementen' }).click();
    await page.getByRole('heading', { name: 'Engagementen', level: 1 }).waitFor();
    await page.getByText(/partners tekenden deze versie nog niet/).waitFor();
    await checkAccessible('engagement declarations');
    await shot('g10-agreements');
  });

  it('the steering member reads the shared minutes, and sees no family', async () => {
    // A browser of their own: the staff officer's session stays where it is.
    const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await login('steering@demo.eenplan.be');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Aanmeldingen' }).count()).toBe(0);
    await page.goto(`${meetingUrl}?tab=minutes`);
    await page.getByText(/Femke Bogaerts tvv Dirk Baert/).waitFor();
    await page
      .getByText('We starten de proeftuin vrijwilligerswerking met een professionele coördinator.')
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: 'Aanwezigheden opslaan' }).count()).toBe(0);
    await checkAccessible('member minutes');
    await shot('g11-member-minutes');
    expect(await page.getByRole('link', { name: 'Verslag (.docx)' }).count()).toBe(1);
  });
});
