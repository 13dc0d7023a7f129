// ADR 018 in the browser: two people correct the same family member. The second save does not
// overwrite the first: the form says plainly that someone else changed it, shows the saved
// values, and saving again (on top of them) works.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { startJourney } from './support/journey';

const journey = startJourney();
let page: Page;
let familyUrl = '';
beforeAll(() => {
  page = journey.page;
});

async function openMember(on: Page) {
  await on.goto(familyUrl);
  await on.getByRole('heading', { name: 'Gezinsleden' }).waitFor();
  await on
    .getByRole('button', { name: / wijzigen$/ })
    .first()
    .click();
  const dialog = on.getByRole('dialog', { name: 'Gezinslid wijzigen' });
  await journey.settled(dialog);
  return dialog;
}

describe('two people correct the same member', () => {
  it('the later save is refused with the saved values shown, and saved again on top of them', async () => {
    await journey.logIn('coordinator@demo.eenplan.be');
    const families = await page.request.get(`${journey.url}/api/v1/worklist/families?scope=all`);
    const [first] = (await families.json()) as { id: string }[];
    familyUrl = `${journey.url}/families/${first?.id}`;
    const mine = await openMember(page);

    // A colleague, in another browser, saves the same member first.
    const other = await page.context().browser()?.newContext({ locale: 'nl-BE' });
    const colleague = await (other as NonNullable<typeof other>).newPage();
    await colleague.goto(`${journey.url}/login`);
    await colleague.getByLabel('E-mailadres').fill('coordinator@demo.eenplan.be');
    await colleague.getByLabel('Wachtwoord').fill('eenplan-demo');
    await colleague.getByRole('button', { name: 'Inloggen' }).click();
    await colleague.waitForURL((url) => !url.pathname.startsWith('/login'));
    const theirs = await openMember(colleague);
    await theirs.getByLabel('Voornaam').fill('Collega');
    await theirs.getByRole('button', { name: 'Opslaan' }).click();
    await theirs.waitFor({ state: 'detached' });
    await other?.close();

    await mine.getByLabel('Voornaam').fill('Ikzelf');
    await mine.getByRole('button', { name: 'Opslaan' }).click();
    await mine.getByText('Iemand anders heeft dit intussen gewijzigd').waitFor();
    expect(await mine.getByLabel('Voornaam').inputValue()).toBe('Collega');
    await expectAccessible(page, 'a save refused because someone else changed the member');
    await journey.shot('optimistic-save-record-changed');

    await mine.getByLabel('Voornaam').fill('Ikzelf');
    await mine.getByRole('button', { name: 'Opslaan' }).click();
    await mine.waitFor({ state: 'detached' });
    await page
      .getByRole('cell', { name: /^Ikzelf/ })
      .first()
      .waitFor();
  });
});
