// The two commands' promise: the app starts on its own embedded PostgreSQL, stops cleanly on
// SIGTERM, and keeps what was saved when it is killed outright.
import { afterAll, describe, expect, it } from 'vitest';
import { removeDataDir, signInAsDemoCoordinator, startServer } from './support/server';

let dataDir = '';
afterAll(async () => {
  if (dataDir) await removeDataDir(dataDir);
});

describe('running eenplan', () => {
  it('starts with demo data, stops on SIGTERM, survives SIGKILL without losing a saved referral', async () => {
    const first = await startServer();
    dataDir = first.dataDir;
    expect(await (await fetch(`${first.url}/api/health`)).json()).toEqual({
      status: 'ok',
      database: 'embedded',
    });
    expect(first.output()).toContain('coordinator@demo.eenplan.be');

    const session = await signInAsDemoCoordinator(first.url);
    const created = await fetch(`${first.url}/api/v1/referrals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
      body: JSON.stringify({
        fundingLine: 'regular',
        registrant: { organisationKind: 'school', organisationName: 'Basisschool Levensduur' },
        family: { municipalityNis: '46021', members: [{ role: 'child', birthDate: '2016-06-06' }] },
        requestForHelp: 'Bewaar mij, ook als de stroom uitvalt.',
        consentToRefer: true,
      }),
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();

    expect(await first.stop('SIGTERM'), first.output()).toBe(0);

    const second = await startServer({ dataDir });
    expect(second.output()).not.toContain('demo collaboration loaded');
    await second.stop('SIGKILL');

    const third = await startServer({ dataDir });
    const again = await signInAsDemoCoordinator(third.url);
    const kept = await fetch(`${third.url}/api/v1/referrals/${id}`, { headers: { cookie: again.cookie } });
    expect(kept.status).toBe(200);
    expect((await kept.json()).requestForHelp).toBe('Bewaar mij, ook als de stroom uitvalt.');
    expect(await third.stop('SIGTERM')).toBe(0);
  });
});
