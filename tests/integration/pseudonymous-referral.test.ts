// R31: a referral can start under a pseudonym without birth dates (a crisis consult); the figures
// count it from the start; the family's identity is added when it agrees, with who and when.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { referralBody } from '../support/factories';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const today = t.clock.today();
let desk: Session;
let referrer: Session;
let tenant: Awaited<ReturnType<typeof t.createTenant>>;

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  referrer = await tenant.as('partnerReferrer');
});

const pseudonymous = () =>
  referralBody(
    {
      receivedOn: today,
      fundingLine: 'crisisFollowUp',
      family: {
        municipalityNis: '46021',
        pseudonym: 'Gezin Zonnebloem',
        members: [{ role: 'child' }, { role: 'parent' }],
      },
      requestForHelp: 'Crisisconsult: ouder belt, wil (nog) geen naam geven.',
    },
    today,
  );

describe('R31: a referral under a pseudonym', () => {
  let referral: { id: string; familyId: string; members: { id: string; role: string; version: number }[] };

  it('is registered without names or birth dates and shows its pseudonym', async () => {
    const res = await referrer.post('/api/v1/referrals', pseudonymous());
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ pseudonym: 'Gezin Zonnebloem', familyLabel: null, identity: null });
    expect(
      res.body.members.every((m: { birthDate: null; givenName: null }) => !m.birthDate && !m.givenName),
    ).toBe(true);
    referral = res.body;
    const list = await desk.get('/api/v1/referrals');
    expect(list.body.find((r: { id: string }) => r.id === referral.id)).toMatchObject({
      pseudonym: 'Gezin Zonnebloem',
    });
  });

  it('is counted in the figures from the start', async () => {
    const figures = await desk.get(
      `/api/v1/reports/figures?from=${today}&to=${today}&fundingLine=crisisFollowUp`,
    );
    expect(figures.status, figures.text).toBe(200);
    expect(figures.body.received).toBe(1);
    expect(figures.body.receivedByMonth).toEqual({ [today.slice(0, 7)]: 1 });
  });

  it('gets its identity once the family agrees, with who and when; the pseudonym goes', async () => {
    // A family already known by name: the duplicate check that could not run now finds it.
    const known = await desk.post(
      '/api/v1/referrals',
      referralBody({
        family: {
          municipalityNis: '46021',
          members: [{ role: 'child', givenName: 'Zon', familyName: 'Bloemaert', birthDate: '2015-04-04' }],
        },
      }),
    );
    expect(known.status, known.text).toBe(201);

    const child = referral.members.find((m) => m.role === 'child') as { id: string; version: number };
    const parent = referral.members.find((m) => m.role === 'parent') as { id: string; version: number };
    const res = await desk.post(`/api/v1/referrals/${referral.id}/identity`, {
      members: [
        {
          id: child.id,
          baseVersion: child.version,
          givenName: 'Zon',
          familyName: 'Bloemaert',
          birthDate: '2015-04-04',
        },
        { id: parent.id, baseVersion: parent.version, givenName: 'Ouder', familyName: 'Bloemaert' },
      ],
    });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      pseudonym: null,
      familyLabel: 'Bloemaert',
      identity: { addedBy: desk.user.displayName },
      duplicateReview: 'pending',
    });
    expect(res.body.possibleDuplicates.map((d: { familyId: string }) => d.familyId)).toEqual([
      known.body.familyId,
    ]);
    expect(Date.parse(res.body.identity.addedAt)).not.toBeNaN();

    const audit = (
      await t.db.execute(
        sql`select actor_user_id::text as who, action from audit_events where family_id = ${referral.familyId} and action = 'identify'`,
      )
    ).rows;
    expect(audit).toEqual([{ who: desk.user.id, action: 'identify' }]);
  });

  it('adds it once: a second time is 409, a stale member version too', async () => {
    const detail = await desk.get(`/api/v1/referrals/${referral.id}`);
    const members = detail.body.members.map((m: { id: string; version: number }) => ({
      id: m.id,
      baseVersion: m.version,
      givenName: 'Ander',
    }));
    const again = await desk.post(`/api/v1/referrals/${referral.id}/identity`, { members });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('FAMILY_ALREADY_IDENTIFIED');

    const other = await desk.post('/api/v1/referrals', pseudonymous());
    const child = other.body.members.find((m: { role: string }) => m.role === 'child');
    const stale = await desk.post(`/api/v1/referrals/${other.body.id}/identity`, {
      members: [{ id: child.id, baseVersion: child.version + 1, givenName: 'Te', familyName: 'Laat' }],
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('RECORD_CHANGED');
  });

  it('is the desk’s: a partner who registered it cannot add the identity', async () => {
    const res = await desk.post('/api/v1/referrals', pseudonymous());
    const [child] = res.body.members as [{ id: string; version: number }];
    const refused = await referrer.post(`/api/v1/referrals/${res.body.id}/identity`, {
      members: [{ id: child.id, baseVersion: child.version, givenName: 'X' }],
    });
    expect(refused.status).toBe(403);
  });
});
