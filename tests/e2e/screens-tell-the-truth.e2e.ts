// What the screens say is true and clear (issue #10, point 12), in a real browser on the demo:
// no network entry dated after today; a new empty row of the plan is not an error before it was
// touched; owner suggestions follow the kind of owner; the comparison of two versions names the
// field that changed; a success message covers nothing of the header; and at phone width no main
// page is wider than the screen, while a table too wide for it says it scrolls.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/domain/dates';
import { startJourney } from './support/journey';

const journey = startJourney();
const { logIn, logOut, choose, shot } = journey;
let page: Page;
beforeAll(() => {
  page = journey.page;
});

type FamilyFile = {
  id: string;
  members: { givenName: string | null; familyName: string | null }[];
  network: { kind: string; name: string; since: string | null; until: string | null; isActive: boolean }[];
};
type Plan = { current: { content: { actions: { owner: { kind: string } }[] } } | null };

const api = async <T>(path: string): Promise<T> => {
  const response = await page.request.get(`${journey.url}/api/v1${path}`);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
};
const iso = (belgian: string) => `${belgian.slice(6, 10)}-${belgian.slice(3, 5)}-${belgian.slice(0, 2)}`;
const REQUIRED = 'Verplicht veld.';
const openEditor = async () => {
  await page.goto(`${journey.url}/families/${family.id}?tab=plan`);
  await page.getByRole('button', { name: 'Plan bewerken' }).click();
};

/** A family of the liaison worker with a plan that has actions: the one this journey edits. */
let family: FamilyFile;

describe('the screens tell the truth', () => {
  it('dates no network entry of a demo family after today', async () => {
    await logIn('liaison@demo.eenplan.be');
    const today = todayIso();
    const families = await api<{ id: string }[]>('/worklist/families');
    expect(families.length).toBeGreaterThan(0);
    for (const { id } of families) {
      const file = await api<FamilyFile>(`/families/${id}`);
      for (const n of file.network) {
        expect((n.since ?? today) <= today, `${n.name} since ${n.since}`).toBe(true);
        expect((n.until ?? today) <= today, `${n.name} until ${n.until}`).toBe(true);
      }
      const plan = await api<Plan>(`/families/${id}/plan`);
      if (!family && (plan.current?.content.actions.length ?? 0) > 0 && file.network.length > 0)
        family = file;
    }
    expect(family).toBeDefined();
    await page.goto(`${journey.url}/families/${family.id}`);
    const network = page.getByRole('region', { name: 'Netwerk rond het gezin' });
    await network.getByRole('table').first().waitFor();
    const shown = (await network.innerText()).match(/\d{2}\/\d{2}\/\d{4}/g) ?? [];
    expect(shown.map(iso).filter((d) => d > today)).toEqual([]);
  });

  it('shows no "required" on a fresh empty row, only once touched or a save was tried', async () => {
    await openEditor();
    await page.getByRole('button', { name: 'Doel toevoegen' }).click();
    await page.getByRole('button', { name: 'Kracht toevoegen' }).click();
    await page.getByRole('button', { name: 'Zorg toevoegen' }).click();
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    await shot('truth-01-fresh-rows');
    expect(await page.getByText(REQUIRED).count()).toBe(0);

    const goals = page.getByRole('group', { name: /^Doel \d+$/ });
    const newGoal = goals.last().getByLabel('Doel in de woorden van het gezin');
    await newGoal.focus();
    await newGoal.press('Tab');
    await expect.poll(() => page.getByText(REQUIRED).count()).toBe(1);

    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await page.getByText(/^Vul de aangeduide velden in/).waitFor();
    // goal, strength, worry, the action's what and who
    await expect.poll(() => page.getByText(REQUIRED).count()).toBe(5);
  });

  it('suggests owners that fit the kind of owner chosen', async () => {
    const members = family.members.map((m) => [m.givenName, m.familyName].filter(Boolean).join(' '));
    const professionals = family.network.filter((n) => n.kind === 'professional' && n.isActive);
    expect(professionals.length).toBeGreaterThan(0);
    await openEditor();
    await page.getByRole('button', { name: 'Actie toevoegen' }).click();
    const action = page.getByRole('group', { name: /^Actie \d+$/ }).last();
    const owner = action.getByRole('combobox', { name: 'Wie', exact: true });
    const suggested = async () => {
      await owner.click();
      await page.getByRole('listbox').last().waitFor();
      const names = await page.getByRole('option').allInnerTexts();
      await owner.press('Escape');
      return names;
    };

    await choose(action, 'Wie (soort)', 'Hulpverlener');
    const forProfessional = await suggested();
    expect(forProfessional).toEqual(expect.arrayContaining(professionals.map((p) => p.name)));
    for (const m of members) expect(forProfessional).not.toContain(m);

    await choose(action, 'Wie (soort)', 'Gezinslid');
    const forMember = await suggested();
    expect(forMember.sort()).toEqual([...new Set(members.filter(Boolean))].sort());
    await shot('truth-02-owner-suggestions');
  });

  it('names the field that changed when only an action’s owner kind changed', async () => {
    await openEditor();
    const first = page.getByRole('group', { name: 'Actie 1' });
    const kindBox = first.getByRole('combobox', { name: 'Wie (soort)', exact: true });
    const before = await kindBox.inputValue();
    const after = before === 'Organisatie' ? 'Netwerk' : 'Organisatie';
    await choose(first, 'Wie (soort)', after);
    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();

    const message = page.locator('.mantine-Notification-root').filter({ hasText: 'Gezinsplan bewaard' });
    await journey.settled(message); // measured where it rests, not while it slides in
    await shot('truth-03-saved-notification');
    const note = await message.boundingBox();
    const header = await page.locator('header').boundingBox();
    const logout = await page.getByRole('button', { name: 'Uitloggen' }).boundingBox();
    expect(note && header && logout).toBeTruthy();
    const overlaps = (a: typeof note, b: typeof note) =>
      !!a &&
      !!b &&
      a.x < b.x + b.width &&
      b.x < a.x + a.width &&
      a.y < b.y + b.height &&
      b.y < a.y + a.height;
    expect(overlaps(note, header), 'notification over the header').toBe(false);
    expect(overlaps(note, logout), 'notification over sign-out').toBe(false);

    const comparison = page.getByTestId('plan-comparison');
    await comparison.waitFor();
    await comparison.scrollIntoViewIfNeeded();
    await shot('truth-04-comparison');
    const fields = comparison.locator('[data-field]');
    expect(await fields.count()).toBe(1);
    expect(await fields.first().getAttribute('data-field')).toBe('owner.kind');
    expect(await fields.first().innerText()).toBe(`Soort eigenaar: ${before} → ${after}`);
  });

  /** No page wider than the phone; a table wider than its box says so above it. */
  async function fitsThePhone(path: string, name: string) {
    await page.goto(`${journey.url}${path}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    await shot(`truth-phone-${name}`);
    const result = await page.evaluate(() => {
      const containers = [...document.querySelectorAll('.mantine-TableScrollContainer-scrollContainer')];
      return {
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        silentlyCut: containers.filter(
          (c) =>
            c.scrollWidth > c.clientWidth + 1 &&
            !c.previousElementSibling?.hasAttribute('data-scroll-hint') &&
            getComputedStyle(c).overflowX !== 'visible',
        ).length,
        clipped: containers.filter((c) => getComputedStyle(c).overflowX === 'hidden').length,
      };
    });
    expect(result.scrollWidth, `${name} is wider than the phone`).toBeLessThanOrEqual(result.innerWidth);
    expect(result.silentlyCut, `${name}: a table scrolls without saying so`).toBe(0);
    expect(result.clipped, `${name}: a table cuts columns off`).toBe(0);
  }

  it('fits the main pages on a 375 px phone, tables scrolling in their own box with a hint', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await fitsThePhone(`/families/${family.id}?tab=plan`, 'plan');
    await fitsThePhone(`/families/${family.id}`, 'family-file');
    await fitsThePhone('/my-week', 'my-week');
    await fitsThePhone('/families', 'my-families');
    await page.setViewportSize({ width: 1366, height: 900 });
    await logOut();
    await logIn('coordinator@demo.eenplan.be');
    await page.setViewportSize({ width: 375, height: 800 });
    await fitsThePhone('/waiting-list', 'waiting-list');
    await fitsThePhone('/referrals', 'intake-list');
    await page.setViewportSize({ width: 1366, height: 900 });
  });
});
