// The second factor and "forgot password" as a person meets them (issue #12 point 3, ADR 036,
// 037): a liaison worker links an authenticator app, signs in with its code (computed here, as
// the app would), sees where they are signed in, forgets the password, gets the link through
// the outbox, chooses a new one and signs in with it and a recovery code.
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { startJourney } from './support/journey';

const j = startJourney();
const EMAIL = 'liaison@demo.eenplan.be';
const NEW_PASSWORD = 'een nieuwe lange zin';

const codeOf = (secret: string, at = Date.now()) =>
  new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at });

let secret = '';
let recoveryCodes: string[] = [];

/** The reset link's token, read from the outbox as the demo's administrator reads it. */
async function resetTokenFromOutbox(): Promise<string> {
  const login = await fetch(`${j.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.eenplan.be', password: 'eenplan-demo' }),
  });
  const cookie = String(login.headers.get('set-cookie')).split(';')[0] as string;
  for (let i = 0; i < 50; i += 1) {
    const list = (await (await fetch(`${j.url}/api/v1/admin/outbox`, { headers: { cookie } })).json()) as {
      items: { id: string; to: string; template: string }[];
    };
    const mail = list.items.find((item) => item.to === EMAIL && item.template === 'password-reset');
    if (mail) {
      const detail = (await (
        await fetch(`${j.url}/api/v1/admin/outbox/${mail.id}`, { headers: { cookie } })
      ).json()) as {
        body: string;
      };
      const token = detail.body.match(/\/reset-password\?token=([A-Za-z0-9_-]+)/)?.[1];
      if (token) return token;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('no password-reset mail in the outbox');
}

describe('a second factor and a forgotten password', () => {
  it('a liaison worker links an authenticator app and keeps the recovery codes', async () => {
    const page = j.page;
    await j.logIn(EMAIL);
    await page.getByRole('link', { name: 'Beveiliging' }).first().click();
    await page.getByRole('heading', { name: 'Aanmelden en toestellen' }).waitFor();
    await page.getByRole('button', { name: 'Authenticator-app koppelen' }).click();
    secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await expect.poll(() => page.getByRole('img', { name: /QR-code/ }).count()).toBe(1);
    await page.getByLabel('Code die de app nu toont').fill(codeOf(secret));
    await page.getByRole('button', { name: 'Koppelen' }).click();
    const list = page.getByRole('list', { name: 'Herstelcodes' });
    await list.waitFor();
    recoveryCodes = await list.getByRole('listitem').allTextContents();
    expect(recoveryCodes).toHaveLength(10);
    await screenshot(page, 'second-factor-recovery-codes');
    await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
    await expect.poll(() => page.getByText('Gekoppeld', { exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByText('Dit toestel').count()).toBe(1);
    await j.logOut();
  });

  it('signs in with the password and then the code of the app', async () => {
    const page = j.page;
    await page.goto(`${j.url}/login`);
    await page.getByLabel('E-mailadres').fill(EMAIL);
    await page.getByLabel('Wachtwoord').fill('eenplan-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { name: 'Code van je authenticator-app' }).waitFor();
    await screenshot(page, 'second-factor-code');
    // The next 30-second step: the code enrolment used is never accepted twice.
    await page.getByLabel('Code').fill(codeOf(secret, Date.now() + 30_000));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await j.logOut();
  });

  it('forgot password: the link from the outbox sets a new one; sign-in still asks the second factor', async () => {
    const page = j.page;
    await page.goto(`${j.url}/login`);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByLabel('E-mailadres').fill(EMAIL);
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await expect.poll(() => page.getByText('Als er een account met dat adres bestaat').count()).toBe(1);

    const token = await resetTokenFromOutbox();
    await page.goto(`${j.url}/reset-password?token=${token}`);
    await page.getByLabel('Nieuw wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect.poll(() => page.getByText('minstens 12 tekens').count()).toBeGreaterThan(0);
    await page.getByLabel('Nieuw wachtwoord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await expect.poll(() => page.getByText('Je wachtwoord is gewijzigd').count()).toBe(1);

    await page.getByRole('link', { name: 'Terug naar inloggen' }).click();
    await page.getByLabel('E-mailadres').fill(EMAIL);
    await page.getByLabel('Wachtwoord').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('button', { name: /herstelcode gebruiken/ }).click();
    await page.getByLabel('Herstelcode').fill(recoveryCodes[0] as string);
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  });
});
