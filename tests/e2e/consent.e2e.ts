// R29 from the family's side, in a real browser at phone width: the worker recorded the family's
// consent for the CAW (paper form) and shared the plan; the parent signs in, withdraws the consent
// in the portal and sees in the sharing log that the CAW can no longer read it. Axe clean.
import type { APIRequestContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { startJourney } from './support/journey';

const journey = startJourney();
let page: Page;
beforeAll(() => {
  page = journey.page;
});

const PURPOSE = 'de overdracht naar het CAW voorbereiden';

async function apiSession(request: APIRequestContext, email: string) {
  const login = await request.post(`${journey.url}/api/v1/auth/login`, {
    data: { email, password: 'eenplan-demo' },
  });
  expect(login.status()).toBe(200);
  const csrf = (await login.json()).csrfToken as string;
  return {
    get: async (path: string) => (await request.get(`${journey.url}/api/v1${path}`)).json(),
    post: async (path: string, data: unknown) => {
      const res = await request.post(`${journey.url}/api/v1${path}`, {
        data,
        headers: { 'x-csrf-token': csrf },
      });
      expect(res.status(), await res.text()).toBeLessThan(300);
      return res.json();
    },
  };
}

describe('the family withdraws a consent and sees it in the sharing log', () => {
  it('the worker recorded the paper consents and shared the plan with the CAW', async () => {
    const context = page.context();
    const family = await apiSession(context.request, 'gezin@demo.eenplan.be');
    const overview = await family.get('/portal/overview');
    await context.clearCookies();

    const nora = await apiSession(context.request, 'liaison@demo.eenplan.be');
    const caw = (await nora.get('/organisations')).find((o: { name: string }) => o.name === 'CAW Oost-Waas');
    const { members } = await nora.get(`/families/${overview.familyId}/consent`);
    // R27 R29: a parent, and every member with rights of their own, consent on paper.
    const consenting = members.filter(
      (m: { id: string; role: string; standing: string }) =>
        m.id === overview.me.id || (m.role === 'child' && ['competentMinor', 'adult'].includes(m.standing)),
    );
    for (const m of consenting)
      await nora.post(`/families/${overview.familyId}/consents`, {
        memberId: m.id,
        recipient: 'partner',
        organisationId: caw.id,
        purpose: PURPOSE,
        scopes: ['plan'],
        formDate: overview.today,
      });
    await nora.post(`/families/${overview.familyId}/sharings`, {
      organisationId: caw.id,
      purpose: PURPOSE,
      scope: 'plan',
    });
    await context.clearCookies();
  });

  it('on a phone, the parent withdraws it; the log says the CAW can no longer read it', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await journey.logIn('gezin@demo.eenplan.be');
    await page.goto(`${journey.url}/our-family/consents`);
    await page.getByRole('heading', { name: 'Toestemming en delen', level: 1 }).waitFor();
    const consent = page.getByRole('article', { name: /CAW Oost-Waas/ }).first();
    await consent.getByText('Geldt nu').waitFor();
    const log = page.getByRole('region', { name: 'Wat werd gedeeld, en met wie' });
    await log.getByText(/Het gezinsplan gedeeld op/).waitFor();
    await expectAccessible(page, 'our consents, before withdrawing');
    await journey.shot('consent-01-our-consents');

    await page.getByRole('button', { name: 'Toestemming voor CAW Oost-Waas intrekken' }).click();
    await consent.getByText(/Ingetrokken op \d\d\/\d\d\/\d{4}/).waitFor();
    await log.getByText('Kan niet meer gelezen worden').waitFor();
    await expect(
      page.getByRole('button', { name: 'Toestemming voor CAW Oost-Waas intrekken' }).count(),
    ).resolves.toBe(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    await expectAccessible(page, 'our consents, after withdrawing');
    await journey.shot('consent-02-withdrawn');
  });
});
