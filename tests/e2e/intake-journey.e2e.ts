// The coordinator's journey at the intake desk, in a real browser against the real server:
// sign in → register a referral (NAFT through CLB, R9) → decide it → read the figures.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot } from './support/browser';
import { type RunningServer, removeDataDir, startServer } from './support/server';

let server: RunningServer;
let browser: Browser;
let page: Page;

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

async function choose(combobox: string, option: string | RegExp, typed?: string) {
  const box = page.getByRole('combobox', { name: combobox, exact: true });
  await box.click();
  if (typed) await box.fill(typed);
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

describe('intake desk in the browser', () => {
  it('signs in (Dutch by default)', async () => {
    await page.goto(`${server.url}/`);
    await expect.poll(() => page.url()).toContain('/login');
    expect(await page.getAttribute('html', 'lang')).toMatch(/^nl/);
    await expectAccessible(page, 'login');
    await screenshot(page, '01-login');

    await page.getByLabel('E-mailadres').fill('coordinator@demo.eenplan.be');
    await page.getByLabel('Wachtwoord').fill('verkeerd');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect
      .poll(() => page.getByText('Het e-mailadres of het wachtwoord klopt niet.').count())
      .toBeGreaterThan(0);

    await page.getByLabel('Wachtwoord').fill('eenplan-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/referrals/);
  });

  it('shows the intake list with answer deadlines', async () => {
    await page.getByRole('table').first().waitFor();
    expect(await page.getByRole('row').count()).toBeGreaterThan(10);
    await expectAccessible(page, 'intake list');
    await screenshot(page, '02-intake-list');
    // The README shows this page: `UPDATE_DOCS_SCREENSHOTS=1 npm run test:e2e` refreshes it.
    if (process.env.UPDATE_DOCS_SCREENSHOTS) {
      await mkdir(path.resolve('docs/screenshots'), { recursive: true });
      await page.screenshot({ path: path.resolve('docs/screenshots/intake-list.png') });
    }
  });

  it('registers a referral that came through NAFT, registered by a CLB (R9)', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Nieuwe aanmelding' }).click();
    await page.waitForURL(/\/referrals\/new/);
    await choose('Soort organisatie', 'CLB');
    await page.getByRole('combobox', { name: 'Naam organisatie' }).fill('CLB De Wegwijzer');
    await page.getByLabel('Contactpersoon', { exact: true }).fill('Testcontact Journey');
    await choose('Partner of initiatief', 'NAFT');
    await choose('Financieringslijn', 'Vervolghulp na crisis');
    await choose('Gemeente', /^Sint-Niklaas/, 'Sint-Nik'); // the option shows NIS code and zone too
    const child = page.getByRole('group', { name: 'Gezinslid 1' });
    await child.getByLabel('Voornaam').fill('Robin');
    await child.getByLabel('Familienaam').fill('Proefgezin');
    await child.getByLabel('Geboortedatum').fill('12/10/2015');
    await page
      .getByLabel('Hulpvraag in de woorden van het gezin')
      .fill('We willen dat Robin terug naar school gaat.');
    await expectAccessible(page, 'new referral form');
    await screenshot(page, '03-new-referral');

    // Without consent the form does not go through.
    await page.getByRole('button', { name: 'Aanmelding registreren' }).click();
    expect(page.url()).toMatch(/\/referrals\/new/);
    await page.getByLabel('Het gezin geeft toestemming om aan te melden').check();
    await page.getByRole('button', { name: 'Aanmelding registreren' }).click();
    await page.waitForURL(/\/referrals\/[0-9a-f-]{36}/);
    await page.getByText('Proefgezin').first().waitFor();
    expect(await page.getByText('NAFT').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'referral detail');
    await screenshot(page, '04-referral-detail');
  });

  it('decides: not started needs a reason', async () => {
    await page.getByRole('radio', { name: 'Niet opgestart' }).check();
    await page.getByRole('button', { name: 'Beslissing opslaan' }).click();
    expect(await page.getByRole('button', { name: 'Beslissing opslaan' }).count()).toBe(1); // still undecided
    await choose('Reden', 'Geen capaciteit');
    await page.getByLabel('Toelichting').fill('Wachtlijst bij alle partners; doorverwezen naar CAW.');
    await page.getByRole('button', { name: 'Beslissing opslaan' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Beslissing opslaan' }).count()).toBe(0);
    expect(await page.getByText('Geen capaciteit').count()).toBeGreaterThan(0);
    await screenshot(page, '05-decided');

    await page.getByRole('tab', { name: 'Logboek' }).click();
    await page.getByText('Elise Vermeersch').first().waitFor();
    await expectAccessible(page, 'audit trail');
    await screenshot(page, '06-audit-trail');
  });

  it('reads the figures as chart and table, and exports them as CSV', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Cijfers' }).click();
    await page.getByRole('heading', { name: 'Cijfers', level: 1 }).waitFor();
    await page.getByText('Geen capaciteit').first().waitFor();
    await expectAccessible(page, 'figures');
    await screenshot(page, '07-figures');

    const href = await page.getByRole('link', { name: 'Exporteer CSV' }).getAttribute('href');
    expect(href).toContain('/api/v1/reports/figures.csv');
    const csv = await page.request.get(`${server.url}${href}`, { headers: { 'accept-language': 'nl-BE' } });
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('niet opgestart per reden,noCapacity,Geen capaciteit');
  });

  it('switches to English', async () => {
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Figures', level: 1 }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toMatch(/^en/);
    await screenshot(page, '08-figures-en');
  });
});
