// Issue 14 point 1 in the browser: a worker looks for follow-up care on the social map and reads the
// partner's reported waiting time beside the families eenplan knows are waiting (R18); the
// coordinator puts a new offer on the map, and the worker finds it.
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { startJourney } from './support/journey';

const j = startJourney();

describe('the social map', () => {
  it('is searched by a worker and kept by the coordinator', async () => {
    const { page } = j;
    await j.logIn('coordinator@demo.eenplan.be');
    await j.openNav('Sociale kaart');
    await page.getByRole('heading', { name: 'Sociale kaart', level: 1 }).waitFor();
    const cgg = page.getByRole('article', {
      name: 'Ambulante begeleiding kinderen en jongeren — CGG De Brug',
    });
    await cgg.waitFor();
    // The demo's bridging help waits on CGG De Brug's list: the map counts it beside the report.
    await expect.poll(() => cgg.textContent()).toMatch(/16 weken \(gemeld op \d\d\/\d\d\/\d{4}\)/);
    await expect.poll(() => cgg.textContent()).toMatch(/gezin(nen)? wacht/);
    await expectAccessible(page, 'social map');
    await j.shot('social-map-01-search');

    await page.getByRole('button', { name: 'Aanbod toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Aanbod toevoegen' });
    await j.settled(dialog);
    await j.choose(dialog, 'Partner', 'Sociaal Huis Scheldeoever');
    await dialog.getByLabel('Dienst').fill('Spreekuur jongeren');
    await dialog.getByLabel('Vanaf leeftijd').fill('12');
    await dialog.getByLabel('Tot en met leeftijd').fill('25');
    await dialog.getByLabel('Gemelde wachttijd (weken)').fill('1');
    await expectAccessible(page, 'offer dialog');
    await dialog.getByRole('button', { name: 'Bewaren' }).click();
    await dialog.waitFor({ state: 'detached' });

    await j.logOut();
    await j.logIn('liaison@demo.eenplan.be');
    await j.openNav('Sociale kaart');
    await page.getByLabel('Zoeken').fill('spreekuur');
    await page.getByLabel('Leeftijd').fill('15');
    const found = page.getByRole('article', { name: 'Spreekuur jongeren — Sociaal Huis Scheldeoever' });
    await found.waitFor();
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    await expect.poll(() => found.textContent()).toMatch(/1 week/);
    // A worker searches; only who keeps the partners changes the map.
    expect(await page.getByRole('button', { name: 'Aanbod toevoegen' }).count()).toBe(0);
    await j.shot('social-map-02-worker-finds');
  });
});
