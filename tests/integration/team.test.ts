import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation } from '../../src/server/modules/network';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
let lead: Session;
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let caw: string;

const worker = (over: Record<string, unknown> = {}) => ({
  displayName: 'Test Verbinder',
  homeOrganisationId: tenant.clb.id,
  function: 'liaisonWorker',
  fteTeam: 80,
  fteHomeOrganisation: 20,
  secondmentStart: '2025-01-01',
  zoneCode: 'elz57',
  ...over,
});

beforeAll(async () => {
  tenant = await t.createTenant();
  lead = await tenant.as('leadPartner');
  caw = (
    await createOrganisation(t.db, {
      collaborationId: tenant.collaboration.id,
      kind: 'caw',
      name: 'CAW Test',
    })
  ).id;
});

describe('the team and its secondment rules (R11)', () => {
  it('adds a worker whose secondment breaks a rule, shows the breach, and clears it once fixed', async () => {
    const ok = await lead.post('/api/v1/team/workers', worker());
    expect(ok.status).toBe(201);
    expect(ok.body.breaches).toEqual([]);

    const short = await lead.post(
      '/api/v1/team/workers',
      worker({
        displayName: 'Kort Gedetacheerd',
        homeOrganisationId: caw,
        fteTeam: 40,
        secondmentStart: '2026-01-01',
        secondmentEnd: '2026-12-31',
      }),
    );
    const id = short.body.workers.find(
      (w: { displayName: string }) => w.displayName === 'Kort Gedetacheerd',
    ).id;
    expect(short.body.breaches.map((b: { code: string }) => b.code).sort()).toEqual([
      'HOME_ORGANISATION_WITHOUT_HALF_TIME_WORKER',
      'SHORTER_THAN_TWO_YEARS',
      'UNDER_HALF_TIME',
    ]);
    expect(short.body.breaches.every((b: { rule: string }) => b.rule === 'R11')).toBe(true);
    expect(short.body.breaches.find((b: { code: string }) => b.code === 'UNDER_HALF_TIME')).toMatchObject({
      workerId: id,
      params: { fteTeam: 40 },
    });

    const fixed = await lead.put(
      `/api/v1/team/workers/${id}`,
      worker({
        displayName: 'Kort Gedetacheerd',
        homeOrganisationId: caw,
        fteTeam: 60,
        secondmentStart: '2026-01-01',
        secondmentEnd: '2028-01-01',
        baseVersion: 1,
      }),
    );
    expect(fixed.status).toBe(200);
    expect(fixed.body.breaches).toEqual([]);
    expect(fixed.body.totals).toEqual({ workers: 2, fteTeam: 140 });
  });

  it('checks a type module is used at least 80% in the team', async () => {
    const res = await lead.post('/api/v1/team/type-modules', {
      employerOrganisationId: tenant.clb.id,
      name: 'Module VM CLB',
      fte: 200,
    });
    expect(res.status).toBe(201);
    const module = res.body.typeModules[0];
    expect(module).toMatchObject({ usedFte: 0, employerName: tenant.clb.name });
    expect(res.body.breaches).toContainEqual(
      expect.objectContaining({ code: 'TYPE_MODULE_UNDER_USED', typeModuleId: module.id }),
    );
    const used = await lead.post(
      '/api/v1/team/workers',
      worker({ displayName: 'Module Werker', typeModuleId: module.id, fteTeam: 100, fteHomeOrganisation: 0 }),
    );
    expect(used.body.typeModules[0].usedFte).toBe(100);
    expect(
      used.body.breaches.find((b: { code: string }) => b.code === 'TYPE_MODULE_UNDER_USED').params
        .usedPercent,
    ).toBe(50);

    // The funding drops to one module: the same worker now uses all of it, and the breach goes.
    const resized = await lead.put(`/api/v1/team/type-modules/${module.id}`, {
      employerOrganisationId: tenant.clb.id,
      name: 'Module VM CLB',
      fte: 100,
    });
    expect(resized.status).toBe(200);
    expect(resized.body.typeModules[0]).toMatchObject({ id: module.id, fte: 100, usedFte: 100 });
    expect(resized.body.breaches.some((b: { code: string }) => b.code === 'TYPE_MODULE_UNDER_USED')).toBe(
      false,
    );

    const other = await t.createTenant();
    const wrongEmployer = await lead.put(`/api/v1/team/type-modules/${module.id}`, {
      employerOrganisationId: other.clb.id,
      name: 'Module VM CLB',
      fte: 100,
    });
    expect([wrongEmployer.status, wrongEmployer.body.error.code]).toEqual([422, 'ORGANISATION_UNKNOWN']);
    const stranger = await other.as('leadPartner');
    const foreign = await stranger.put(`/api/v1/team/type-modules/${module.id}`, {
      employerOrganisationId: other.clb.id,
      name: 'Overgenomen',
      fte: 300,
    });
    expect(foreign.status).toBe(404);
    expect((await lead.get('/api/v1/team')).body.typeModules[0]).toMatchObject({
      name: 'Module VM CLB',
      fte: 100,
    });
    expect(
      (
        await (
          await tenant.as('coach')
        ).put(`/api/v1/team/type-modules/${module.id}`, {
          employerOrganisationId: tenant.clb.id,
          name: 'X',
          fte: 1,
        })
      ).status,
    ).toBe(403);
  });

  it('records absences and shows who is away today', async () => {
    const team = await lead.get('/api/v1/team');
    const id = team.body.workers[0].id;
    const res = await lead.post(`/api/v1/team/workers/${id}/absences`, {
      startsOn: '2026-01-01',
      endsOn: '2099-12-31',
      reason: 'Zorgverlof',
    });
    expect(res.status).toBe(201);
    expect(res.body.workers.find((w: { id: string }) => w.id === id)).toMatchObject({ isAbsentToday: true });
    const wrong = await lead.post(`/api/v1/team/workers/${id}/absences`, {
      startsOn: '2026-02-01',
      endsOn: '2026-01-01',
    });
    expect([wrong.status, wrong.body.error.code]).toEqual([422, 'ABSENCE_END_BEFORE_START']);
  });

  it('weighs this year’s absence against the extra module that covers it (R12)', async () => {
    const own = await t.createTenant();
    const manager = await own.as('leadPartner');
    const year = new Date().getFullYear();
    const base = { ...worker(), homeOrganisationId: own.clb.id, zoneCode: null };
    const added = await manager.post('/api/v1/team/workers', base);
    expect(added.body.absenceCover).toMatchObject({ year, status: 'none', absentFteDays: 0 });

    const absentId = added.body.workers[0].id;
    const absent = await manager.post(`/api/v1/team/workers/${absentId}/absences`, {
      startsOn: `${year}-02-01`,
      endsOn: `${year}-02-28`,
    });
    const uncovered = absent.body.absenceCover;
    expect(uncovered.status).toBe('uncovered');
    expect(uncovered.absentFteDays).toBeGreaterThan(0);
    expect(uncovered.uncoveredFteDays).toBe(uncovered.absentFteDays);

    const cover = { ...base, displayName: 'Extra Module', fteTeam: 100, fteHomeOrganisation: 0 };
    const withCover = await manager.post('/api/v1/team/workers', {
      ...cover,
      secondmentStart: `${year}-01-01`,
      coversAbsence: true,
    });
    expect(withCover.body.absenceCover).toMatchObject({
      status: 'covered',
      coverFte: 100,
      uncoveredFteDays: 0,
    });
    const coverWorker = withCover.body.workers.find(
      (w: { displayName: string }) => w.displayName === 'Extra Module',
    );
    expect(coverWorker.coversAbsence).toBe(true);

    // Changing the worker without the mark takes the cover away again.
    const unmarked = await manager.put(`/api/v1/team/workers/${coverWorker.id}`, {
      ...cover,
      secondmentStart: `${year}-01-01`,
      baseVersion: coverWorker.version,
    });
    expect(unmarked.body.absenceCover.status).toBe('uncovered');
  });

  it('refuses what does not belong to the collaboration, and changes nothing', async () => {
    const other = await t.createTenant();
    const before = (await lead.get('/api/v1/team')).body.workers.length;
    const res = await lead.post('/api/v1/team/workers', worker({ homeOrganisationId: other.clb.id }));
    expect([res.status, res.body.error.code, res.body.error.details[0].field]).toEqual([
      422,
      'ORGANISATION_UNKNOWN',
      'homeOrganisationId',
    ]);
    expect((await lead.post('/api/v1/team/workers', worker({ zoneCode: 'elz13' }))).body.error.code).toBe(
      'ZONE_NOT_SERVED',
    );
    expect(
      (await lead.post('/api/v1/team/workers', worker({ fteTeam: 80, fteHomeOrganisation: 30 }))).body.error
        .code,
    ).toBe('FTE_ABOVE_FULL_TIME');
    expect((await lead.get('/api/v1/team')).body.workers.length).toBe(before);
    const stranger = await other.as('coordinator');
    expect((await stranger.get('/api/v1/team')).body.workers).toEqual([]);
    const someone = (await lead.get('/api/v1/team')).body.workers[0].id;
    expect(
      (
        await stranger.put(`/api/v1/team/workers/${someone}`, {
          ...worker({ homeOrganisationId: other.clb.id }),
          baseVersion: 1,
        })
      ).status,
    ).toBe(404);
  });

  it('is read by the team, managed by the lead partner and coordinator, hidden from the steering group', async () => {
    expect((await (await tenant.as('coach')).get('/api/v1/team')).status).toBe(200);
    expect((await (await tenant.as('coach')).post('/api/v1/team/workers', worker())).status).toBe(403);
    expect((await (await tenant.as('steeringMember')).get('/api/v1/team')).status).toBe(403);
    expect(
      (
        await (
          await tenant.as('coordinator')
        ).post('/api/v1/team/workers', worker({ displayName: 'Door Coördinator' }))
      ).status,
    ).toBe(201);
  });
});

describe('adding a worker and inviting them in one go (issue 12)', () => {
  it('invites the account with the role of the function and the home organisation, linked to the worker', async () => {
    const own = await t.createTenant();
    const desk = await own.as('coordinator');
    const email = `new-worker-${Date.now()}@example.test`;
    const res = await desk.post('/api/v1/team/workers', {
      displayName: 'Nieuwe Verbinder',
      homeOrganisationId: own.clb.id,
      function: 'liaisonWorker',
      fteTeam: 80,
      secondmentStart: '2026-01-01',
      inviteEmail: email,
    });
    expect(res.status).toBe(201);
    const account = (await desk.get('/api/v1/accounts')).body.find(
      (a: { email: string }) => a.email === email,
    );
    expect(account).toMatchObject({
      status: 'invited',
      roles: ['liaisonWorker'],
      organisation: { id: own.clb.id },
    });
    expect(
      res.body.workers.find((w: { displayName: string }) => w.displayName === 'Nieuwe Verbinder').userId,
    ).toBe(account.id);
  });

  it('adds no worker when the invitation is refused, and a lead partner cannot invite', async () => {
    const own = await t.createTenant();
    const desk = await own.as('coordinator');
    const body = {
      displayName: 'Dubbel Adres',
      homeOrganisationId: own.clb.id,
      function: 'coach',
      fteTeam: 50,
      secondmentStart: '2026-01-01',
      inviteEmail: desk.user.email,
    };
    const taken = await desk.post('/api/v1/team/workers', body);
    expect([taken.status, taken.body.error.code]).toEqual([422, 'EMAIL_TAKEN']);
    expect((await desk.get('/api/v1/team')).body.workers).toEqual([]);
    const manager = await own.as('leadPartner');
    const byLead = await manager.post('/api/v1/team/workers', { ...body, inviteEmail: 'other@example.test' });
    expect(byLead.status).toBe(403);
  });
});
