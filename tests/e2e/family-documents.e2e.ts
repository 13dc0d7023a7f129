// Issue 13 point 2 (ADR 052) in the browser: the worker keeps two documents in the family's file,
// shares one with the family and marks the other for the court (R28); the parent, at phone width,
// finds only the shared one under "Documenten" and downloads it. Axe clean on both sides.
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { startJourney } from './support/journey';

const j = startJourney();
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('documents shared with the family', () => {
  it('the worker shares one and keeps one for the court; the family sees the shared one only', async () => {
    const { page } = j;
    // The demo family's file: the parent's portal knows which one it is.
    const login = await page.request.post(`${j.url}/api/v1/auth/login`, {
      data: { email: 'gezin@demo.eenplan.be', password: 'eenplan-demo' },
    });
    expect(login.status()).toBe(200);
    const { familyId } = (await (await page.request.get(`${j.url}/api/v1/portal/overview`)).json()) as {
      familyId: string;
    };
    await page.context().clearCookies();

    await j.logIn('liaison@demo.eenplan.be');
    await page.goto(`${j.url}/families/${familyId}`);
    const card = page.getByRole('region', { name: 'Documenten' });
    await card.waitFor();
    const upload = async (title: string, fileName: string) => {
      // Mantine's file field is a labelled button over a hidden file input: the input takes the file.
      await card
        .locator('input[type="file"]')
        .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: PDF });
      await card.getByLabel('Titel (leeg: de bestandsnaam)').fill(title);
      await card.getByRole('button', { name: 'Opladen' }).click();
      await card.getByRole('article', { name: title }).waitFor();
    };
    await upload('Verslag van het schooloverleg', 'schooloverleg.pdf');
    await upload('Verslag voor de jeugdrechter', 'jeugdrechter.pdf');

    const court = card.getByRole('article', { name: 'Verslag voor de jeugdrechter' });
    await court.getByRole('button', { name: 'Afscherming' }).click();
    await court.getByLabel('Document voor de rechtbank').check();
    await court.getByRole('button', { name: 'Afscherming bewaren' }).click();
    await court.getByText('Voor de rechtbank', { exact: true }).waitFor();
    // R28: a document for the court cannot be shared.
    expect(await court.getByRole('button', { name: 'Delen met het gezin' }).isDisabled()).toBe(true);

    const school = card.getByRole('article', { name: 'Verslag van het schooloverleg' });
    await school.getByRole('button', { name: 'Delen met het gezin' }).click();
    await school.getByText('Gedeeld met het gezin', { exact: true }).waitFor();
    await expectAccessible(page, 'documents card');
    await j.shot('family-documents-01-worker');
    await j.logOut();

    await page.setViewportSize({ width: 390, height: 844 });
    await j.logIn('gezin@demo.eenplan.be');
    await page.goto(`${j.url}/our-family/documents`);
    const shared = page.getByText('Verslag van het schooloverleg');
    await shared.waitFor();
    expect(await page.getByText('Verslag voor de jeugdrechter').count()).toBe(0);
    await expectAccessible(page, 'our documents');
    await j.shot('family-documents-02-family');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('link', { name: /schooloverleg\.pdf/ })
        .first()
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('schooloverleg.pdf');
  });
});
