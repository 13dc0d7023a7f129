// One browser journey: eenplan started as users start it (demo data, embedded PostgreSQL),
// Debian's Chromium with one Dutch page, and the steps every journey takes. Call startJourney()
// once at the top of a journey file; it starts and stops everything around the file's tests.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import { type RunningServer, removeDataDir, startServer } from './server';

/** 2026-12-01 → 01/12/2026, as people type and read dates. */
export const belgian = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function startJourney(options: { publicHost?: string } = {}) {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer({ publicHost: options.publicHost });
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    if (server) {
      const code = await server.stop();
      expect(code, server.output()).toBe(0); // stopped cleanly by SIGTERM
      await removeDataDir(server.dataDir);
    }
  });

  return {
    get page() {
      return page;
    },
    get url() {
      return server.url;
    },
    async logIn(email: string) {
      await page.goto(`${server.url}/login`);
      await page.getByLabel('E-mailadres').fill(email);
      await page.getByLabel('Wachtwoord').fill('eenplan-demo');
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    },
    async logOut() {
      await page.getByRole('button', { name: 'Uitloggen' }).click();
      await page.waitForURL(/\/login/);
    },
    async openNav(name: string) {
      await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
    },
    /** Picks an option of a combobox (a Mantine select), optionally typing to search first. */
    async choose(scope: Page | Locator, combobox: string, option: string | RegExp, typed?: string) {
      const box = scope.getByRole('combobox', { name: combobox, exact: true });
      await box.click();
      if (typed) await box.fill(typed);
      await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
    },
    /** Drawers and modals fade in; colours are only final (and checkable) once that is over. */
    async settled(dialog: Locator) {
      await dialog.waitFor();
      await dialog.evaluate((el) =>
        Promise.all(
          el.ownerDocument
            .getAnimations()
            .filter((a) => a.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
            .map((a) => a.finished.catch(() => undefined)), // a cancelled fade is over too
        ),
      );
    },
    /** A full-page screenshot from the top: the fixed header stays where it belongs. */
    async shot(name: string) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, name);
    },
  };
}
