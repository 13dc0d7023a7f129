// Family coaching (R23) in a real browser against the real server with the demo data: the lead
// partner lowers a paid coach's limit from 7 to 3 on the team page, because funding dropped; the
// coordinator then sees that coach full at the central registration point, matches the family
// that waits longest to the coach suggested, and the family leaves the waiting list.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, screenshot } from './support/browser';
import { startJourney } from './support/journey';

const journey = startJourney();
const { logIn, logOut, openNav, settled } = journey;
let page: Page;
beforeAll(() => {
  page = journey.page;
});

const section = (name: string) => page.getByRole('region', { name });
const coachRow = (name: string) => section('Gezinscoaches').getByRole('row', { name: new RegExp(name) });
const cells = async (row: Locator) => (await row.getByRole('cell').allTextContents()).map((c) => c.trim());

describe('the lead partner lowers a coach’s caseload limit', () => {
  it('shows the limit only for family coaches, and lowers it from 7 to 3', async () => {
    await logIn('leadpartner@demo.eenplan.be');
    await openNav('Team');
    await page.getByRole('heading', { name: 'Team en detachering', level: 1 }).waitFor();

    // A liaison worker has no caseload limit on the form.
    await page.getByRole('button', { name: 'Wijzigen: Lotte Verstraete' }).click();
    const liaison = page.getByRole('dialog', { name: 'Lotte Verstraete wijzigen' });
    await liaison.getByLabel('In het team (%)').waitFor();
    expect(await liaison.getByLabel('Maximum aantal gezinnen').count()).toBe(0);
    await liaison.getByRole('button', { name: 'Sluiten' }).click();
    await liaison.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Wijzigen: Griet Van Landeghem' }).click();
    const drawer = page.getByRole('dialog', { name: 'Griet Van Landeghem wijzigen' });
    const limit = drawer.getByLabel('Maximum aantal gezinnen');
    expect(await limit.inputValue()).toBe('7');
    await limit.fill('3');
    await settled(drawer);
    await expectAccessible(page, 'worker form of a family coach');
    await screenshot(page, 'coaching-01-limit-lowered');
    await drawer.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await drawer.waitFor({ state: 'detached' });
    // Family coaches are not seconded (R11): no breach appears for a coach at 50%.
    expect(await page.getByText('Griet Van Landeghem: ').count()).toBe(0);
    await logOut();
  });
});

describe('the coordinator at the central registration point', () => {
  it('sees the coach full at 3, the volunteer full, the absent coach, and the suggestions', async () => {
    await logIn('coordinator@demo.eenplan.be');
    await openNav('Gezinscoaching');
    await page.getByRole('heading', { name: 'Gezinscoaching', level: 1 }).waitFor();
    const griet = coachRow('Griet Van Landeghem');
    await griet.getByText('vol', { exact: true }).waitFor();
    expect((await cells(griet)).slice(-3)).toEqual(['3', '3', '0']); // limit, running, free
    await coachRow('Yasmina Toumi').getByText('vol', { exact: true }).waitFor();
    await coachRow('Bart Opdebeeck').getByText('afwezig', { exact: true }).waitFor();

    // The family that waits longest gets the volunteer with the most free places: Griet is full.
    const first = section('Wachtende gezinnen').getByRole('row', { name: /Vlaeminck/ });
    expect(await first.textContent()).toContain('Wannes Goethals');
    expect(await section('Wachtende gezinnen').getByText('Griet Van Landeghem').count()).toBe(0);
    await expectAccessible(page, 'coaching page');
    await screenshot(page, 'coaching-02-desk');
  });

  it('matches the family to the suggested coach; another coach would ask a reason', async () => {
    await page.getByRole('button', { name: 'Koppelen: Vlaeminck' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vlaeminck koppelen aan een gezinscoach' });
    const suggested = dialog.getByRole('radio', { name: /Wannes Goethals/ });
    await settled(dialog);
    expect(await suggested.isChecked()).toBe(true);
    expect(await dialog.getByRole('radio', { name: /Griet Van Landeghem/ }).isDisabled()).toBe(true);
    const reason = dialog.getByLabel('Reden voor een andere coach dan de voorgestelde');
    expect(await reason.count()).toBe(0);

    await dialog.getByRole('radio', { name: /Bart Opdebeeck/ }).check();
    await reason.waitFor();
    await expectAccessible(page, 'match dialog asking a reason');
    await screenshot(page, 'coaching-03-match-other-coach');
    await suggested.check();
    await reason.waitFor({ state: 'detached' });

    await dialog.getByRole('button', { name: 'Koppelen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Vlaeminck is gekoppeld aan Wannes Goethals.').waitFor();
    await expect
      .poll(() =>
        section('Wachtende gezinnen')
          .getByRole('row', { name: /Vlaeminck/ })
          .count(),
      )
      .toBe(0);
    const running = section('Lopende koppelingen').getByRole('row', { name: /Vlaeminck/ });
    expect(await running.textContent()).toContain('Wannes Goethals');
    expect(await running.textContent()).toContain('Elise Vermeersch');
    await screenshot(page, 'coaching-04-matched');
  });

  it('ends a coaching: the coach’s place is free again and suggested to a family of her region', async () => {
    await page.getByRole('button', { name: 'Beëindigen: Lamote' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Koppeling van Lamote met Griet Van Landeghem beëindigen',
    });
    await dialog.getByRole('combobox', { name: 'Reden', exact: true }).click();
    await page.getByRole('option', { name: 'Afgerond', exact: true }).click();
    await settled(dialog);
    await expectAccessible(page, 'end match dialog');
    await dialog.getByRole('button', { name: 'Beëindigen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(async () => (await cells(coachRow('Griet Van Landeghem'))).slice(-3))
      .toEqual(['3', '2', '1']);
    const dierickx = section('Wachtende gezinnen').getByRole('row', { name: /Dierickx/ });
    await expect.poll(() => dierickx.textContent()).toContain('Griet Van Landeghem');
  });

  it('is not offered to a liaison worker', async () => {
    await logOut();
    await logIn('liaison@demo.eenplan.be');
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Gezinscoaching' }).count()).toBe(0);
    await page.goto(`${journey.url}/coaching`);
    await page.getByRole('alert').getByText('Je hebt geen toegang tot deze functie.').waitFor();
  });
});
