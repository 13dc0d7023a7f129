// A code by e-mail as second factor, as a family member meets it on a phone (issue 13 point 1,
// ADR 051): the demo's family account proves its mailbox, then signs in at 390×844 with the
// password and the six digits from the mail; asking a new code at once is told to wait. The demo
// keeps its mails in the outbox (fictional addresses): the code is read there, as its
// administrator would.
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser';
import { startJourney } from './support/journey';

const j = startJourney();
const FAMILY = 'gezin@demo.eenplan.be';

async function signInByApi(email: string) {
  const res = await fetch(`${j.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'eenplan-demo' }),
  });
  expect(res.status).toBe(200);
  const cookie = String(res.headers.get('set-cookie')).split(';')[0] as string;
  const csrf = ((await res.json()) as { csrfToken: string }).csrfToken;
  return { cookie, csrf };
}

type OutboxItem = { id: string; to: string; template: string };

/** The e-mail codes mailed to the family so far, newest first as the outbox lists them. */
async function emailCodeMails(admin: { cookie: string }): Promise<OutboxItem[]> {
  const list = (await (
    await fetch(`${j.url}/api/v1/admin/outbox`, { headers: { cookie: admin.cookie } })
  ).json()) as {
    items: OutboxItem[];
  };
  return list.items.filter((item) => item.to === FAMILY && item.template === 'email-code');
}

/** The six digits of the first e-mail code mail not in `seen`. */
async function newCodeFromOutbox(admin: { cookie: string }, seen: Set<string>): Promise<string> {
  for (let i = 0; i < 50; i += 1) {
    const mail = (await emailCodeMails(admin)).find((item) => !seen.has(item.id));
    if (mail) {
      seen.add(mail.id);
      const detail = (await (
        await fetch(`${j.url}/api/v1/admin/outbox/${mail.id}`, { headers: { cookie: admin.cookie } })
      ).json()) as { body: string };
      const code = /\b(\d{6})\b/.exec(detail.body)?.[1];
      if (code) return code;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('no e-mail code in the outbox');
}

describe('a family member signs in with a code by e-mail, on a phone', () => {
  it('proves the mailbox, then signs in with the mailed code at 390×844', async () => {
    const admin = await signInByApi('admin@demo.eenplan.be');
    const seen = new Set((await emailCodeMails(admin)).map((m) => m.id));

    // Choosing the mailed code (the enrolment the sign-in screen and "Beveiliging" offer).
    const family = await signInByApi(FAMILY);
    const headers = {
      cookie: family.cookie,
      'x-csrf-token': family.csrf,
      'content-type': 'application/json',
    };
    const sent = await fetch(`${j.url}/api/v1/auth/second-factor/email-code`, {
      method: 'POST',
      headers: { cookie: family.cookie, 'x-csrf-token': family.csrf },
    });
    expect(sent.status).toBe(200);
    const enrolCode = await newCodeFromOutbox(admin, seen);
    const confirmed = await fetch(`${j.url}/api/v1/auth/second-factor/email-enrolment/confirm`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ code: enrolCode }),
    });
    expect(confirmed.status).toBe(200);

    const browser = j.page.context().browser();
    if (!browser) throw new Error('no browser');
    const phone = await browser.newContext({ locale: 'nl-BE', viewport: { width: 390, height: 844 } });
    const page = await phone.newPage();
    page.setDefaultTimeout(15_000);
    try {
      await page.goto(`${j.url}/login`);
      await page.getByLabel('E-mailadres').fill(FAMILY);
      await page.getByLabel('Wachtwoord').fill('eenplan-demo');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('heading', { name: 'Code uit je e-mail' }).waitFor();
      await page.getByRole('button', { name: 'Stuur mij een code' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /We stuurden een code naar g\*\*\*@demo\.eenplan\.be/ })
        .waitFor();
      const code = await newCodeFromOutbox(admin, seen);

      // A new code at once: the screen says to wait, in plain words.
      await page.getByRole('button', { name: 'Stuur een nieuwe code' }).click();
      await page.getByRole('alert').filter({ hasText: 'Je kreeg net een code' }).waitFor();
      await page.getByLabel('Code uit de e-mail').fill(code);
      await screenshot(page, 'second-factor-email-code-phone');
      // Nothing wider than the phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await page.getByRole('button', { name: 'Aanmelden' }).click();
      await page.waitForURL((url) => url.pathname.startsWith('/our-family'));
      await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();
      await screenshot(page, 'second-factor-email-signed-in-phone');
    } finally {
      await phone.close();
    }
  });
});
