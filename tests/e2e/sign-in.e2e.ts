// Sign-in that withstands guessing, as people meet it (ADR 018): a weak first administrator
// password stops the start with a clear message, and the login page says how long to wait.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser';
import { type RunningServer, removeDataDir, startServer } from './support/server';

const ADMIN = {
  EENPLAN_ADMIN_EMAIL: 'beheer@example.test',
  EENPLAN_ADMIN_PASSWORD: 'vier lange woorden hier',
};

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer({ env: ADMIN });
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    await server.stop();
    await removeDataDir(server.dataDir);
  }
});

describe('signing in', () => {
  it('refuses to start with a short first administrator password, saying which variable', async () => {
    const start = startServer({ env: { ...ADMIN, EENPLAN_ADMIN_PASSWORD: 'x' } });
    await expect(start).rejects.toThrow(/EENPLAN_ADMIN_PASSWORD is too short: use at least 12 characters/);
  });

  it('the login page says the real wait after too many attempts, in the chosen language', async () => {
    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-mailadres').fill('beheer@example.test');
    for (let i = 1; i <= 10; i += 1) {
      await page.getByLabel('Wachtwoord').fill(`verkeerd wachtwoord ${i}`);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await expect.poll(() => page.getByText('klopt niet').count()).toBeGreaterThan(0);
    }
    await page.getByLabel('Wachtwoord').fill('nog eens verkeerd');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect
      .poll(() => page.getByText('Te veel aanmeldpogingen. Probeer het over 15 minuten opnieuw.').count())
      .toBeGreaterThan(0);
    await screenshot(page, 'sign-in-too-many-attempts');

    await page.getByRole('button', { name: 'FR' }).click();
    await page.getByLabel('Mot de passe').fill('encore faux');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => page.getByText('Réessayez dans 15 minutes.').count()).toBeGreaterThan(0);
  });
});
