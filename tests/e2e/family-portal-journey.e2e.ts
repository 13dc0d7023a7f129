// Issue 13's journey, as a parent lives it on a phone (390×844): the worker invites the parent from
// the family file; the invitation arrives by real SMTP; the parent chooses a password, links an
// authenticator app, signs in with it, reads the plan, adds their own words to a goal, agrees to
// the plan, asks a correction; the worker (another browser) answers it; the parent reads the
// answer, withdraws a consent for a partner and downloads the copy of the file. Every portal page
// visited is axe clean (WCAG 2.1 AA), fits the phone's width and has thumb-sized targets.
import { Secret, TOTP } from 'otpauth';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtp, type TestSmtp } from '../support/test-smtp';
import { expectAccessible, launchBrowser, screenshot } from './support/browser';
import { type RunningServer, removeDataDir, startServer } from './support/server';

const PHONE = { width: 390, height: 844 };
const PARENT = { email: 'ouder.portaal@example.test', givenName: 'Robin', familyName: 'Portaaltest' };
const PASSWORD = 'ons eigen plan lezen';
const PURPOSE = 'de overdracht naar het CAW voorbereiden';
const OUR_WORDS = 'Wij willen vooral rust in huis en tijd voor elkaar.';
const CORRECTED = 'Rust in huis, en elke week een avond samen.';

let smtp: TestSmtp;
let server: RunningServer;
let browser: Browser;
let worker: Page;
let parentContext: BrowserContext;
let parent: Page;
let familyId: string;
let totpSecret: string;

beforeAll(async () => {
  smtp = await startTestSmtp();
  server = await startServer({
    env: {
      EENPLAN_SMTP_HOST: smtp.config.host,
      EENPLAN_SMTP_PORT: String(smtp.config.port),
      EENPLAN_SMTP_SECURE: 'false',
      EENPLAN_MAIL_FROM: smtp.config.from,
    },
  });
  browser = await launchBrowser();
  const workerContext = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1366, height: 900 } });
  worker = await workerContext.newPage();
  worker.setDefaultTimeout(15_000);
  parentContext = await browser.newContext({
    locale: 'nl-BE',
    viewport: PHONE,
    hasTouch: true,
    isMobile: true,
  });
  parent = await parentContext.newPage();
  parent.setDefaultTimeout(15_000);
});

afterAll(async () => {
  await browser?.close();
  if (server) {
    const code = await server.stop();
    expect(code, server.output()).toBe(0);
    await removeDataDir(server.dataDir);
  }
  await smtp?.stop();
});

async function apiSession(request: APIRequestContext, email: string) {
  const login = await request.post(`${server.url}/api/v1/auth/login`, {
    data: { email, password: 'eenplan-demo' },
  });
  expect(login.status()).toBe(200);
  const csrf = (await login.json()).csrfToken as string;
  return {
    get: async (path: string) => (await request.get(`${server.url}/api/v1${path}`)).json(),
    post: async (path: string, data: unknown) => {
      const res = await request.post(`${server.url}/api/v1${path}`, {
        data,
        headers: { 'x-csrf-token': csrf },
      });
      expect(res.status(), await res.text()).toBeLessThan(300);
      return res.json();
    },
  };
}

/** A portal page on the phone: axe clean, no sideways scrolling, every target big enough for a thumb. */
async function expectPhoneReady(page: Page, where: string) {
  await expectAccessible(page, where);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${where} scrolls sideways`).toBeLessThanOrEqual(PHONE.width);
  const small = await page.evaluate(() =>
    [
      ...document.querySelectorAll(
        'nav a, main button, header button, main input:not([type=radio]), main textarea',
      ),
    ]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({
        text: el.textContent || el.getAttribute('aria-label') || el.tagName,
        h: el.getBoundingClientRect().height,
      }))
      .filter((t) => t.h < 44),
  );
  expect(small, `${where}: targets under 44px`).toEqual([]);
}

const codeOf = (at: number) =>
  new TOTP({ secret: Secret.fromBase32(totpSecret) }).generate({ timestamp: at });

describe('a parent is invited, signs in on a phone and speaks in the family portal', () => {
  it('the worker adds the second parent and records a paper consent for the CAW', async () => {
    // The demo family with a portal account: its second parent, newly known, gets their own door.
    const request = worker.context().request;
    const family = await apiSession(request, 'gezin@demo.eenplan.be');
    familyId = (await family.get('/portal/overview')).familyId;
    const today = (await family.get('/portal/overview')).today;
    await worker.context().clearCookies();
    const nora = await apiSession(request, 'liaison@demo.eenplan.be');
    const file = await nora.post(`/families/${familyId}/members`, {
      role: 'parent',
      givenName: PARENT.givenName,
      familyName: PARENT.familyName,
      birthDate: '1988-04-02',
    });
    const member = file.members.find((m: { givenName: string }) => m.givenName === PARENT.givenName);
    const caw = (await nora.get('/organisations')).find((o: { name: string }) => o.name === 'CAW Oost-Waas');
    await nora.post(`/families/${familyId}/consents`, {
      memberId: member.id,
      recipient: 'partner',
      organisationId: caw.id,
      purpose: PURPOSE,
      scopes: ['plan'],
      formDate: today,
    });
    await worker.context().clearCookies();
  });

  it('the worker invites the parent by e-mail from the family file', async () => {
    await worker.goto(`${server.url}/login`);
    await worker.getByLabel('E-mailadres').fill('liaison@demo.eenplan.be');
    await worker.getByLabel('Wachtwoord').fill('eenplan-demo');
    await worker.getByRole('button', { name: 'Inloggen' }).click();
    await worker.waitForURL((url) => !url.pathname.startsWith('/login'));
    await worker.goto(`${server.url}/families/${familyId}`);
    const name = `${PARENT.givenName} ${PARENT.familyName}`;
    const card = worker.getByRole('article', { name });
    await card.getByText('Niet uitgenodigd').waitFor();
    await expectAccessible(worker, 'the family file with its accounts');
    await card.getByRole('button', { name: `${name} uitnodigen` }).click();
    const dialog = worker.getByRole('dialog', { name: `${name} uitnodigen` });
    await dialog.getByRole('radio', { name: 'Met een link per e-mail' }).check();
    await dialog.getByLabel('E-mailadres').fill(PARENT.email);
    await dialog.getByRole('button', { name: 'Uitnodigen' }).click();
    await card.getByText('Uitgenodigd', { exact: true }).waitFor();
    await screenshot(worker, 'portal-journey-01-invited');
  });

  it('the parent opens the mailed link, chooses a password and links an authenticator app', async () => {
    const [mail] = (await smtp.waitFor(1)).filter((m) => m.text?.includes('/invitation#'));
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toContain(PARENT.email);
    const link = mail?.text?.match(/https?:\/\/\S+\/invitation#[\w-]+/)?.[0];
    expect(link).toBeTruthy();
    await parent.goto(`${server.url}${new URL(link as string).pathname}${new URL(link as string).hash}`);
    await parent.getByText(`Dag ${PARENT.givenName} ${PARENT.familyName}`).waitFor();
    await expectAccessible(parent, 'the invitation page on a phone');
    await parent.getByLabel('Kies een wachtwoord').fill(PASSWORD);
    await parent.getByLabel('Herhaal het wachtwoord').fill(PASSWORD);
    await parent.getByRole('button', { name: 'Wachtwoord instellen en aanmelden' }).click();
    await parent.getByRole('heading', { name: `Dag ${PARENT.givenName}`, level: 1 }).waitFor();
    await expectPhoneReady(parent, 'our family');
    await screenshot(parent, 'portal-journey-02-our-family');

    await parent
      .getByRole('navigation', { name: 'Ons gezin' })
      .getByRole('link', { name: 'Aanmelden en veiligheid', exact: true })
      .click();
    await parent.getByRole('button', { name: 'Authenticator-app koppelen' }).click();
    totpSecret = (await parent.getByTestId('totp-secret').textContent()) ?? '';
    await parent.getByLabel('Code die de app nu toont').fill(codeOf(Date.now()));
    await parent.getByRole('button', { name: 'Koppelen' }).click();
    await parent.getByRole('list', { name: 'Herstelcodes' }).waitFor();
    await parent.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
    await parent.getByText('Gekoppeld', { exact: true }).waitFor();
    await expectPhoneReady(parent, 'sign-in and security');
    await parent.getByRole('button', { name: 'Afmelden' }).click();
    await parent.waitForURL(/\/login/);
  });

  it('signs in on the phone with the password and the code, and reads the plan', async () => {
    await parent.getByLabel('E-mailadres').fill(PARENT.email);
    await parent.getByLabel('Wachtwoord').fill(PASSWORD);
    await parent.getByRole('button', { name: 'Inloggen' }).click();
    await parent.getByRole('heading', { name: 'Code van je authenticator-app' }).waitFor();
    // The next 30-second step: the code used to link the app is never accepted twice.
    await parent.getByLabel('Code').fill(codeOf(Date.now() + 30_000));
    await parent.getByRole('button', { name: 'Bevestigen' }).click();
    await parent.getByRole('heading', { name: `Dag ${PARENT.givenName}`, level: 1 }).waitFor();

    await parent
      .getByRole('navigation', { name: 'Ons gezin' })
      .getByRole('link', { name: 'Ons plan', exact: true })
      .click();
    await parent.getByRole('heading', { name: 'Ons plan', level: 1 }).waitFor();
    await parent.getByRole('heading', { name: 'Wat we willen bereiken' }).waitFor();
    await expectPhoneReady(parent, 'our plan');
    await screenshot(parent, 'portal-journey-03-our-plan');
  });

  it('adds our words to a goal, agrees to the plan and asks a correction', async () => {
    await parent
      .getByRole('navigation', { name: 'Ons gezin' })
      .getByRole('link', { name: 'Onze stem', exact: true })
      .click();
    await parent.getByRole('heading', { name: 'Jullie stem', level: 1 }).waitFor();
    await expectPhoneReady(parent, 'our voice');

    await parent.getByRole('combobox', { name: 'Waarover?' }).click();
    await parent.getByRole('option', { name: /^Doel/ }).first().click();
    await parent.getByLabel('Schrijf wat jij ervan vindt').fill(OUR_WORDS);
    await parent.getByRole('button', { name: 'Bewaren' }).click();
    await parent.getByText(OUR_WORDS).waitFor();

    await parent.getByRole('radio', { name: 'Ja, ik ben akkoord' }).check();
    await parent.getByRole('button', { name: 'Antwoord geven' }).click();
    await parent.getByText(/Je antwoordde op versie \d+: Akkoord\./).waitFor();

    await parent.getByRole('button', { name: 'Iets laten verbeteren' }).click();
    const dialog = parent.getByRole('dialog', { name: 'Vraag om iets te verbeteren' });
    await dialog.getByRole('combobox', { name: 'Wat wil je laten verbeteren?' }).click();
    await parent.getByRole('option', { name: /^Doel/ }).first().click();
    await dialog.getByRole('radio', { name: 'Onze woorden' }).check();
    await dialog.getByLabel('Wat klopt er niet?').fill('Zo zeiden we het niet.');
    await dialog.getByLabel(/Hoe zou het er moeten staan/).fill(CORRECTED);
    await expectAccessible(parent, 'the correction dialog on a phone');
    await dialog.getByRole('button', { name: 'Vraag versturen' }).click();
    await parent.getByText('wacht op antwoord').waitFor();
    await expectPhoneReady(parent, 'our voice, after speaking');
    await screenshot(parent, 'portal-journey-04-our-voice');
  });

  it('the worker answers the correction; the parent reads the answer', async () => {
    await worker.goto(`${server.url}/families/${familyId}?tab=voice`);
    await worker.getByRole('button', { name: 'Antwoorden' }).first().click();
    const dialog = worker.getByRole('dialog', { name: 'Antwoord op de vraag om te verbeteren' });
    await dialog.getByLabel('Zo wordt de tekst').fill(CORRECTED);
    await dialog.getByRole('button', { name: 'Antwoorden' }).click();
    await dialog.waitFor({ state: 'detached' });
    await screenshot(worker, 'portal-journey-05-answered');

    await parent.reload();
    await parent.getByText('verbeterd', { exact: true }).waitFor();
    await parent.getByText(/Antwoord van /).waitFor();
    await parent.getByText(CORRECTED).first().waitFor();
    await expectPhoneReady(parent, 'our voice, answered');
  });

  it('withdraws the consent for the CAW and downloads the copy of the file', async () => {
    await parent
      .getByRole('navigation', { name: 'Ons gezin' })
      .getByRole('link', { name: 'Toestemming', exact: true })
      .click();
    await parent.getByRole('heading', { name: 'Toestemming en delen', level: 1 }).waitFor();
    await expectPhoneReady(parent, 'our consents');
    await parent.getByRole('button', { name: 'Toestemming voor CAW Oost-Waas intrekken' }).click();
    await parent.getByText(/Ingetrokken op \d\d\/\d\d\/\d{4}/).waitFor();
    await expectPhoneReady(parent, 'our consents, withdrawn');
    await screenshot(parent, 'portal-journey-06-consent-withdrawn');

    await parent
      .getByRole('navigation', { name: 'Ons gezin' })
      .getByRole('link', { name: 'Ons dossier', exact: true })
      .click();
    await parent.getByRole('heading', { name: 'Ons dossier', level: 1 }).waitFor();
    await expectPhoneReady(parent, 'our file');
    const download = parent.waitForEvent('download');
    await parent.getByRole('link', { name: 'Kopie downloaden (PDF)', exact: true }).click();
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    // What that link gives, read through the parent's own session (no file leaves the test).
    const copy = await parentContext.request.get(`${server.url}/api/v1/portal/copy.pdf?lang=nl`);
    expect(copy.status()).toBe(200);
    expect(copy.headers()['content-type']).toContain('application/pdf');
    expect((await copy.body()).subarray(0, 5).toString()).toBe('%PDF-');
    await screenshot(parent, 'portal-journey-07-our-file');
  });
});
