// Passkeys and a lost second factor as people meet them (issue #12 point 3, ADR 040): a liaison
// worker adds a passkey on the security page with Chromium's virtual authenticator (through
// CDP, as a laptop's fingerprint reader would answer), signs in with it at the second step;
// then the administrator resets that second factor from the people list, and the next sign-in
// asks to link an authenticator app again.
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { startJourney } from './support/journey';

// A passkey's relying party is a domain name, never an IP address: the browser uses localhost.
const j = startJourney({ publicHost: 'localhost' });
const EMAIL = 'liaison@demo.eenplan.be';

/** The API from this process (Node may resolve localhost to ::1, where nothing listens). */
const apiUrl = (path: string) => `${j.url.replace('localhost', '127.0.0.1')}${path}`;

async function adminCookie() {
  const login = await fetch(apiUrl('/api/v1/auth/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.eenplan.be', password: 'eenplan-demo' }),
  });
  return String(login.headers.get('set-cookie')).split(';')[0] as string;
}

async function signInWithPassword() {
  const page = j.page;
  await page.goto(`${j.url}/login`);
  await page.getByLabel('E-mailadres').fill(EMAIL);
  await page.getByLabel('Wachtwoord').fill('eenplan-demo');
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

describe('passkeys beside the authenticator app', () => {
  it('a liaison worker adds a named passkey on the security page', async () => {
    const page = j.page;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable', { enableUI: false });
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });

    await j.logIn(EMAIL);
    await page.getByRole('link', { name: 'Beveiliging' }).first().click();
    await page.getByText('Je hebt nog geen passkey.').waitFor();
    await page.getByLabel('Naam van de nieuwe passkey').fill('Werklaptop');
    await page.getByRole('button', { name: 'Passkey toevoegen' }).click();
    await expect.poll(() => page.getByText('Passkey "Werklaptop" is toegevoegd.').count()).toBe(1);
    const table = page.getByRole('table', { name: 'Passkeys' });
    await expect.poll(() => table.getByRole('cell', { name: 'Werklaptop' }).count()).toBe(1);
    await screenshot(page, 'passkeys-card');
    await j.logOut();
  });

  it('sign-in asks for the second step, and the passkey gives it', async () => {
    const page = j.page;
    await signInWithPassword();
    await page.getByRole('heading', { name: 'Code van je authenticator-app' }).waitFor();
    await screenshot(page, 'passkeys-second-step');
    await page.getByRole('button', { name: 'Aanmelden met een passkey' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.getByRole('link', { name: 'Beveiliging' }).first().click();
    const row = page.getByRole('table', { name: 'Passkeys' }).getByRole('row', { name: /Werklaptop/ });
    await row.waitFor();
    // Used just now: the "last used" column has a date, not a dash.
    await expect
      .poll(async () => (await row.getByRole('cell').nth(2).textContent())?.trim())
      .toMatch(/\d\d\/\d\d\/\d{4}/);
    await j.logOut();
  });
});

describe('a lost second factor', () => {
  it('the administrator resets it from the people list, with a reason; the person must enrol again', async () => {
    const page = j.page;
    await j.logIn('admin@demo.eenplan.be');
    await page.goto(`${j.url}/people`);
    const row = page.getByRole('row', { name: new RegExp(EMAIL) });
    await row.getByRole('button', { name: 'Tweede stap wissen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tweede stap wissen' });
    await j.settled(dialog);
    // Without a reason nothing happens.
    await dialog.getByRole('button', { name: 'Tweede stap wissen' }).click();
    await expect.poll(() => dialog.getByLabel('Reden').getAttribute('aria-invalid')).toBe('true');
    await dialog.getByLabel('Reden').fill('Laptop en telefoon gestolen, gemeld aan de balie');
    await screenshot(page, 'passkeys-reset-dialog');
    await dialog.getByRole('button', { name: 'Tweede stap wissen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await j.logOut();

    // The mail that tells the person (held in the outbox: no SMTP here).
    const cookie = await adminCookie();
    const list = (await (await fetch(apiUrl('/api/v1/admin/outbox'), { headers: { cookie } })).json()) as {
      items: { to: string; template: string }[];
    };
    expect(list.items.filter((m) => m.to === EMAIL && m.template === 'second-factor-reset')).toHaveLength(1);

    await signInWithPassword();
    await page.getByRole('heading', { name: 'Koppel een authenticator-app' }).waitFor();
  });
});
