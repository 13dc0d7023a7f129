// Issue 12, as a new installation meets it: the administrator of an empty installation (started
// with EENPLAN_ADMIN_EMAIL, no demo) adds a partner organisation and invites a liaison worker;
// the invitation e-mail (read from the outbox, as an administrator without SMTP reads it) holds
// the link; the worker chooses a password, links an authenticator app and lands, signed in, on
// "my week".

import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, screenshot } from './support/browser';
import { type RunningServer, removeDataDir, startServer } from './support/server';

const ADMIN = {
  EENPLAN_ADMIN_EMAIL: 'beheer@example.test',
  EENPLAN_ADMIN_PASSWORD: 'vier lange woorden hier',
};
const WORKER = {
  email: 'nieuwe.verbinder@example.test',
  name: 'Nieuwe Verbinder',
  password: 'mijn eigen lange zin',
};

let server: RunningServer;
let browser: Browser;
let admin: Page;

beforeAll(async () => {
  server = await startServer({ env: ADMIN });
  browser = await launchBrowser();
  const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
  admin = await context.newPage();
  admin.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    await server.stop();
    await removeDataDir(server.dataDir);
  }
});

/**
 * A real installation asks everyone who opens family files to link an authenticator app at the
 * first sign-in (ADR 036): the test is the app, computing the code from the secret shown.
 */
async function linkAuthenticator(page: Page) {
  await page.getByRole('button', { name: 'Authenticator-app koppelen' }).click();
  const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
  const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
  await page.getByLabel('Code die de app nu toont').fill(code);
  await page.getByRole('button', { name: 'Koppelen' }).click();
  await page.getByRole('list', { name: 'Herstelcodes' }).waitFor();
  await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
}

/** The newest mail to an address, as the administrator's outbox API shows it. */
async function newestMailTo(page: Page, to: string): Promise<{ subject: string; body: string } | null> {
  return page.evaluate(async (address) => {
    const list = await (await fetch('/api/v1/admin/outbox')).json();
    const summary = list.items.find((m: { to: string }) => m.to === address);
    return summary ? (await fetch(`/api/v1/admin/outbox/${summary.id}`)).json() : null;
  }, to);
}

describe('a new installation gets its first partner and worker', () => {
  it('the administrator adds a partner organisation', async () => {
    await admin.goto(`${server.url}/login`);
    await admin.getByLabel('E-mailadres').fill(ADMIN.EENPLAN_ADMIN_EMAIL);
    await admin.getByLabel('Wachtwoord').fill(ADMIN.EENPLAN_ADMIN_PASSWORD);
    await admin.getByRole('button', { name: 'Inloggen' }).click();
    await linkAuthenticator(admin);
    await admin.getByRole('link', { name: 'Partners' }).click();
    await admin.getByRole('heading', { name: 'Partnerorganisaties' }).waitFor();
    await admin.getByRole('button', { name: 'Partner toevoegen' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('Naam').fill('CAW Testland');
    await dialog.getByLabel('Soort').click();
    await admin.getByRole('option', { name: 'CAW', exact: true }).click();
    await dialog.getByLabel('Adres').fill('Teststraat 1, 9100 Sint-Niklaas');
    await dialog.getByRole('button', { name: 'Bewaren' }).click();
    await admin.getByRole('article', { name: 'CAW Testland' }).waitFor();
    await expectAccessible(admin, 'the partner organisations');
    await screenshot(admin, 'accounts-organisations');
  });

  it('invites a liaison worker of that partner by e-mail', async () => {
    await admin.getByRole('link', { name: 'Mensen' }).click();
    await admin.getByRole('button', { name: 'Iemand uitnodigen' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.getByLabel('E-mailadres').fill(WORKER.email);
    await dialog.getByLabel('Naam').fill(WORKER.name);
    await dialog.getByLabel('Rollen').fill('Verbindings');
    await admin.getByRole('option', { name: 'Verbindingsmedewerker' }).click();
    await admin.keyboard.press('Escape'); // a multi-select stays open for more roles
    await dialog.getByLabel('Organisatie').click();
    await admin.getByRole('option', { name: 'CAW Testland' }).click();
    await dialog.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    const row = admin.getByRole('row').filter({ hasText: WORKER.email });
    await row.getByText('Uitgenodigd').waitFor();
    await expectAccessible(admin, 'the people page');
    await screenshot(admin, 'accounts-people');
  });

  it('the worker follows the e-mailed link, chooses a password and lands on "my week"', async () => {
    const mail = await newestMailTo(admin, WORKER.email);
    expect(mail?.subject).toContain('Uitnodiging');
    const token = mail?.body.match(/\/invitation#([\w-]+)/)?.[1];
    expect(token).toBeTruthy();

    // Another browser: the worker's own.
    const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
    const worker = await context.newPage();
    worker.setDefaultTimeout(15_000);
    await worker.goto(`${server.url}/invitation#${token}`);
    await worker.getByText(`Dag ${WORKER.name}`).waitFor();
    await expectAccessible(worker, 'the invitation page');
    await worker.getByLabel('Kies een wachtwoord').fill(WORKER.password);
    await worker.getByLabel('Herhaal het wachtwoord').fill(WORKER.password);
    await worker.getByRole('button', { name: 'Wachtwoord instellen en aanmelden' }).click();
    // A liaison worker opens family files: linking the authenticator app comes right after.
    await linkAuthenticator(worker);
    await worker.getByRole('heading', { name: 'Mijn week' }).waitFor();
    await screenshot(worker, 'accounts-my-week');

    // The link was used once: opened again, it says so.
    await worker.goto(`${server.url}/invitation#${token}`);
    await worker.getByText('Deze uitnodiging is al gebruikt').waitFor();
    await context.close();

    // The people page shows the account active.
    await admin.reload();
    await admin.getByRole('row').filter({ hasText: WORKER.email }).getByText('Actief').waitFor();
  });
});
