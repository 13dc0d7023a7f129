// Issue 12 point 7: the bell. eenplan started as users start it scans for reminders at once (ADR
// 039); the demo's liaison worker finds a number on the bell, opens the panel and follows a
// notification to its item, which is then read. Her reminder choices are on her account page.
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './support/browser';
import { startJourney } from './support/journey';

const journey = startJourney();

describe('the bell', () => {
  it('shows the unread count and leads to the item of a notification', async () => {
    const { page } = journey;
    await journey.logIn('liaison@demo.eenplan.be');
    const bell = page.getByRole('button', { name: /^Meldingen: \d+ ongelezen$/ });
    // The scan runs as the server starts; the bell asks again every minute, a reload at once.
    await expect
      .poll(
        async () => {
          if ((await bell.count()) > 0) return true;
          await page.reload();
          await page.getByRole('button', { name: /^Meldingen:/ }).waitFor();
          return (await bell.count()) > 0;
        },
        { timeout: 60_000, interval: 2_000 },
      )
      .toBe(true);
    const before = Number((await bell.getAttribute('aria-label'))?.match(/\d+/)?.[0]);
    expect(before).toBeGreaterThan(0);

    await bell.click();
    const panel = page.getByRole('dialog', { name: 'Meldingen' });
    await journey.settled(panel);
    const first = panel.getByRole('link').first();
    const href = (await first.getAttribute('href')) as string;
    expect(href).toMatch(/^\/(families|referrals|governance)\//);
    await expectAccessible(page, 'notification panel');
    await journey.shot('notifications-01-panel');

    await first.click();
    await page.waitForURL((url) => url.pathname === href);
    await expect
      .poll(() => page.getByRole('button', { name: /^Meldingen:/ }).getAttribute('aria-label'))
      .toBe(before - 1 > 0 ? `Meldingen: ${before - 1} ongelezen` : 'Meldingen: geen ongelezen');
  });

  it('the account page has the reminder choices, in the app with a daily digest by default', async () => {
    const { page } = journey;
    await page.goto(`${journey.url}/security`);
    const card = page.getByRole('region', { name: 'Herinneringen' });
    await card.waitFor();
    const mail = card.getByRole('combobox', { name: 'Actie te doen: Per e-mail' });
    expect(await mail.inputValue()).toBe('digest');
    await mail.selectOption('each');
    await card.getByRole('button', { name: 'Opslaan' }).click();
    await card.getByText('Je keuze is bewaard.').waitFor();
    await expectAccessible(page, 'reminder choices');
    await journey.shot('notifications-02-choices');
  });
});
