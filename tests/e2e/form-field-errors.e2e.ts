// A refused save says what is wrong where it is wrong (issue #11, point 1), in a real browser on
// the demo: the server's `details[].field` message lands on the input it concerns (aria-invalid,
// and the input is described by that message), not in a block above the buttons; and the form's
// dialog is named by its title. A user who fixes the input sees the message go.
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { belgian, startJourney } from './support/journey';

const journey = startJourney();
const { logIn, settled, shot } = journey;
let page: Page;
beforeAll(() => {
  page = journey.page;
});

const UNTIL_BEFORE_SINCE = 'De einddatum ligt vóór de begindatum.';

/** The text a screen reader reads as the input's description: the ids of aria-describedby. */
const descriptionOf = (input: Locator) =>
  input.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

describe('a server field error lands on its input', () => {
  it('puts "end before start" of a network entry on the "Tot" date, not above the buttons', async () => {
    await logIn('liaison@demo.eenplan.be');
    const families = await page.request.get(`${journey.url}/api/v1/worklist/families`);
    expect(families.status()).toBe(200);
    const [family] = (await families.json()) as { id: string }[];
    if (!family) throw new Error('the liaison worker of the demo has no family');
    await page.goto(`${journey.url}/families/${family.id}`);

    const network = page.getByRole('region', { name: 'Netwerk rond het gezin' });
    await network.getByRole('button', { name: 'Persoon of dienst toevoegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Persoon of dienst toevoegen' });
    await settled(dialog);
    // The form is named by the dialog's title too.
    await dialog.getByRole('form', { name: 'Persoon of dienst toevoegen' }).waitFor();

    await dialog.getByRole('textbox', { name: 'Naam', exact: true }).fill('Tante Testa');
    await dialog.getByRole('textbox', { name: 'Sinds', exact: true }).fill(belgian('2024-05-10'));
    await dialog.getByRole('textbox', { name: 'Sinds', exact: true }).press('Tab');
    const until = dialog.getByRole('textbox', { name: 'Tot', exact: true });
    await until.fill(belgian('2024-05-01'));
    await until.press('Tab');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();

    await expect.poll(() => until.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(until)).toContain(UNTIL_BEFORE_SINCE);
    // Said once, at the input: no alert with the same words above the buttons.
    expect(await dialog.getByRole('alert').filter({ hasText: UNTIL_BEFORE_SINCE }).count()).toBe(0);
    expect(
      await dialog.getByRole('textbox', { name: 'Sinds', exact: true }).getAttribute('aria-invalid'),
    ).not.toBe('true');
    await shot('form-errors-01-network-until');

    // Correcting the date takes the message away before the next save.
    await until.fill(belgian('2024-06-01'));
    await until.press('Tab');
    await expect.poll(() => until.getAttribute('aria-invalid')).not.toBe('true');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await network.getByRole('cell', { name: 'Tante Testa', exact: true }).waitFor();
  });
});
