// Issue 14 point 1: the social map. The coordinator keeps partners' offers; every professional
// searches them by service, age and zone; each offer shows the waiting the partner reports beside
// the waiting the system knows (R18: families in bridging help on its list). Another collaboration's
// offers do not exist here; a family account reaches none of it.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { signInAsFamilyMember } from '../support/family-accounts';
import { assign, startedFamily } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const today = todayIso();
let desk: Session;
let worker: Session;
let steering: Session;
let cggId: string;
let cawId: string;

const offer = (overrides: Record<string, unknown> = {}) => ({
  organisationId: cggId,
  service: 'Ambulante begeleiding kinderen en jongeren',
  targetGroup: 'Kinderen met angst of somberheid',
  ageFrom: 6,
  ageTo: 17,
  zoneCodes: ['elz57'],
  howToRefer: 'Bel het onthaal; aanmelding door ouders of hulpverlener',
  contact: 'onthaal@cgg.example.test',
  reportedWaitWeeks: 12,
  waitReportedOn: today,
  ...overrides,
});

beforeAll(async () => {
  const tenant = await t.createTenant({ zones: ['elz57', 'elz29'] });
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  steering = await tenant.as('steeringMember');
  const add = async (name: string, kind: string) => {
    const res = await desk.post('/api/v1/organisations', { name, kind });
    if (res.status !== 201) throw new Error(res.text);
    return res.body.id as string;
  };
  cggId = await add('CGG De Brug', 'cgg');
  cawId = await add('CAW Oost', 'caw');
});

describe('the social map', () => {
  it('is kept by the coordinator: added, changed from its version, taken off the map; each change audited', async () => {
    const added = await desk.post('/api/v1/social-map/offers', offer({ zoneCodes: ['elz57', 'elz57'] }));
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      organisationName: 'CGG De Brug',
      zoneCodes: ['elz57'],
      reportedWaitWeeks: 12,
      isActive: true,
      version: 1,
    });
    const url = `/api/v1/social-map/offers/${added.body.id}`;
    const changed = await desk.put(url, { ...offer({ reportedWaitWeeks: 8 }), baseVersion: 1 });
    expect(changed.body).toMatchObject({ reportedWaitWeeks: 8, version: 2 });
    // Someone saved meanwhile: the old version is refused with the offer as it is now.
    const stale = await desk.put(url, { ...offer({ reportedWaitWeeks: 20 }), baseVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details).toMatchObject({ record: 'offer', currentVersion: 2 });

    const off = await desk.put(url, { ...offer({ reportedWaitWeeks: 8 }), isActive: false, baseVersion: 2 });
    expect(off.body.isActive).toBe(false);
    const found = await worker.get('/api/v1/social-map?q=brug');
    expect(found.body.offers.map((o: { id: string }) => o.id)).not.toContain(added.body.id);
    const kept = await desk.get('/api/v1/social-map?q=brug&includeInactive=true');
    expect(kept.body.offers.map((o: { id: string }) => o.id)).toContain(added.body.id);

    const { rows } = await t.db.execute(
      sql`select action, details from audit_events where entity_type = 'offer' and entity_id = ${added.body.id} order by id`,
    );
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'update']);
    expect(rows[1]?.details).toEqual({ changed: ['reportedWaitWeeks'] });
  });

  it('is searched by a worker by words, age and zone', async () => {
    await desk.post(
      '/api/v1/social-map/offers',
      offer({ service: 'Thuisbegeleiding', ageFrom: 0, ageTo: 12 }),
    );
    await desk.post(
      '/api/v1/social-map/offers',
      offer({
        organisationId: cawId,
        service: 'Budgetbegeleiding',
        targetGroup: null,
        ageFrom: 18,
        ageTo: null,
        zoneCodes: [],
      }),
    );
    const services = async (query: string) =>
      ((await worker.get(`/api/v1/social-map?${query}`)).body.offers as { service: string }[])
        .map((o) => o.service)
        .sort();

    expect(await services('q=thuis')).toEqual(['Thuisbegeleiding']);
    expect(await services('q=caw')).toEqual(['Budgetbegeleiding']);
    // A 15-year-old: not the offer up to 12, not the adults' one.
    expect(await services('age=15')).not.toContain('Thuisbegeleiding');
    expect(await services('age=15')).not.toContain('Budgetbegeleiding');
    // An offer without zones serves the whole region; one for elz57 not elz29.
    expect(await services('zone=elz29')).toEqual(['Budgetbegeleiding']);
    expect(await services('zone=elz57&q=begeleiding')).toEqual(['Budgetbegeleiding', 'Thuisbegeleiding']);
  });

  it("shows the waiting the system knows beside the partner's report, without naming families", async () => {
    const waitOn = async (list: string, since: string) => {
      const { familyId } = await startedFamily(desk);
      await assign(desk, familyId, worker);
      const started = await worker.post(`/api/v1/families/${familyId}/trajectories`, {
        kind: 'bridging',
        fundingLine: 'regular',
        bridging: { waitingFor: 'Thuisbegeleiding', waitingListOf: list, waitingSince: since },
      });
      if (started.status !== 201) throw new Error(started.text);
    };
    await waitOn('CGG De Brug', addDays(today, -40));
    await waitOn('  cgg de brug ', addDays(today, -10));

    const map = await worker.get('/api/v1/social-map?q=thuisbegeleiding');
    const [shown] = map.body.offers;
    expect(shown).toMatchObject({
      reportedWaitWeeks: 12,
      knownWaiting: { families: 2, longestSince: addDays(today, -40) },
    });
    expect(JSON.stringify(map.body)).not.toMatch(/familyId|givenName/);
    const caw = (await worker.get('/api/v1/social-map?q=budget')).body.offers[0];
    expect(caw.knownWaiting).toEqual({ families: 0, longestSince: null });
  });

  it('refuses what cannot be: an unknown partner, a zone outside the region, ages the wrong way round', async () => {
    const before = (await desk.get('/api/v1/social-map?includeInactive=true')).body.offers.length;
    const other = await (await t.createTenant()).as('coordinator');
    const theirs = (await other.post('/api/v1/organisations', { name: 'Elders', kind: 'caw' })).body.id;

    const unknown = await desk.post('/api/v1/social-map/offers', offer({ organisationId: theirs }));
    expect([unknown.status, unknown.body.error.code, unknown.body.error.details?.[0]?.field]).toEqual([
      422,
      'OFFER_ORGANISATION_UNKNOWN',
      'organisationId',
    ]);
    const zone = await desk.post('/api/v1/social-map/offers', offer({ zoneCodes: ['elz9'] }));
    expect([zone.status, zone.body.error.code]).toEqual([422, 'ZONE_UNKNOWN']);
    const ages = await desk.post('/api/v1/social-map/offers', offer({ ageFrom: 12, ageTo: 6 }));
    expect([ages.status, ages.body.error.details?.[0]?.field]).toEqual([400, 'ageTo']);
    expect((await desk.get('/api/v1/social-map?includeInactive=true')).body.offers).toHaveLength(before);

    // Another collaboration's map is its own.
    expect((await other.get('/api/v1/social-map')).body.offers).toEqual([]);
  });

  it('is read by every professional but kept only by who keeps the partners; a family reaches none of it', async () => {
    expect((await steering.get('/api/v1/social-map')).status).toBe(200);
    expect((await worker.post('/api/v1/social-map/offers', offer())).status).toBe(403);
    const { familyId } = await startedFamily(desk);
    const file = await desk.get(`/api/v1/families/${familyId}`);
    const member = await signInAsFamilyMember(t, { familyId, memberId: file.body.members[0].id });
    expect((await member.get('/api/v1/social-map')).status).toBe(403);
  });
});
