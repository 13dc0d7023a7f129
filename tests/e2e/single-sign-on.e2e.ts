// A partner organisation's person signs in with their organisation's own identity provider
// (issue #12 point 4, ADR 038): the administrator sets it up on the admin page, and the CLB's
// referrer clicks "Aanmelden via CLB De Wegwijzer" and comes back signed in. The provider is a real
// OpenID provider in this process; only its login screen is skipped.
import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOpenIdProvider } from '../support/openid-provider';
import { expectAccessible, launchBrowser, screenshot } from './support/browser';
import { type RunningServer, removeDataDir, startServer } from './support/server';

const CLIENT = { clientId: 'eenplan-clb', clientSecret: 'the CLB registered eenplan with this' };
let server: RunningServer;
let idp: Awaited<ReturnType<typeof startOpenIdProvider>>;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  const port = await getPort();
  const publicUrl = `http://127.0.0.1:${port}`;
  idp = await startOpenIdProvider({ redirectUri: `${publicUrl}/api/v1/auth/sso/callback`, ...CLIENT });
  idp.addAccount({ sub: 'clb-42', email: 'clb@demo.eenplan.be', email_verified: true, name: 'Ines' });
  server = await startServer({ port, env: { EENPLAN_PUBLIC_URL: publicUrl } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await idp?.stop();
  if (server) {
    expect(await server.stop()).toBe(0);
    await removeDataDir(server.dataDir);
  }
});

describe('signing in through the organisation', () => {
  it('the administrator registers the CLB’s provider and the CLB’s referrer signs in with it', async () => {
    const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);

    await page.goto(`${server.url}/login`);
    await page.getByLabel('E-mailadres').fill('admin@demo.eenplan.be');
    await page.getByLabel('Wachtwoord').fill('eenplan-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${server.url}/admin`);
    const card = page
      .locator('section, div')
      .filter({ hasText: 'Aanmelden via de eigen organisatie' })
      .last();
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await page.getByRole('combobox', { name: 'Organisatie' }).click();
    await page.getByRole('option', { name: 'CLB De Wegwijzer' }).click();
    // A multi-tenant address is refused on its own field.
    await page
      .getByLabel('Adres van de provider (issuer)')
      .fill('https://login.microsoftonline.com/common/v2.0');
    await page.getByLabel('Client-ID').fill(CLIENT.clientId);
    await page.getByLabel('Clientgeheim').fill(CLIENT.clientSecret);
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await expect.poll(() => card.getByText(/adres voor elke organisatie tegelijk/).count()).toBe(1);
    await page.getByLabel('Adres van de provider (issuer)').fill(idp.issuer);
    await page.getByRole('button', { name: 'Bewaren' }).click();
    await page.getByRole('cell', { name: idp.issuer }).waitFor();
    await expectAccessible(page, 'admin page with a sign-in provider');
    await screenshot(page, 'sso-admin');
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.waitForURL(/\/login/);

    idp.willSignIn({ sub: 'clb-42' });
    await page.getByRole('link', { name: 'Aanmelden via CLB De Wegwijzer' }).waitFor();
    await screenshot(page, 'sso-login');
    await page.getByRole('link', { name: 'Aanmelden via CLB De Wegwijzer' }).click();
    await page.waitForURL((url) => url.origin === server.url && !url.pathname.startsWith('/login'));
    await expect.poll(() => page.getByText('Ines Claes').count()).toBeGreaterThan(0);

    await context.close();
  });

  it('without a second factor at the provider, the way back ends on the sign-in page with the reason', async () => {
    // Another browser: no session at the provider yet, so the provider signs in anew.
    const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/login`);
    idp.willSignIn({ sub: 'clb-42', amr: ['pwd'] });
    await page.getByRole('link', { name: 'Aanmelden via CLB De Wegwijzer' }).click();
    await page.waitForURL(/\/login\?sso=SSO_SECOND_FACTOR_MISSING/);
    await page
      .getByRole('alert')
      .getByText(/geen tweede stap/)
      .waitFor();
    await expectAccessible(page, 'sign-in page after a refused organisation sign-in');
    await screenshot(page, 'sso-refused');
    await context.close();
  });
});
