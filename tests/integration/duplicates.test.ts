import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { referralBody } from '../support/factories';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
let desk: Session;
let tenant: Awaited<ReturnType<typeof t.createTenant>>;

const family = (given: string, familyName: string, birthDate = '2015-02-03', municipalityNis = '46025') => ({
  municipalityNis,
  members: [
    { role: 'child' as const, givenName: given, familyName, birthDate },
    { role: 'parent' as const, givenName: 'Ouder', familyName },
  ],
});

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  await desk.post(
    '/api/v1/referrals',
    referralBody({ receivedOn: '2026-03-01', family: family('Mila', 'Testermans') }),
  );
});

describe('possible duplicate families', () => {
  it('are flagged while registering: same child birth date, municipality and a similar name', async () => {
    const check = await desk.post('/api/v1/referrals/duplicate-check', family('Milla', 'Testerman'));
    expect(check.status).toBe(200);
    expect(check.body.candidates).toHaveLength(1);
    expect(check.body.candidates[0]).toMatchObject({
      reasons: ['sameMunicipality', 'sameChildBirthDate', 'similarName'],
      referralCount: 1,
      lastReceivedOn: '2026-03-01',
    });
    const otherTown = await desk.post(
      '/api/v1/referrals/duplicate-check',
      family('Mila', 'Testermans', '2015-02-03', '46021'),
    );
    expect(otherTown.body.candidates).toEqual([]);
    const otherName = await desk.post('/api/v1/referrals/duplicate-check', family('Jan', 'Anders'));
    expect(otherName.body.candidates).toEqual([]);
  });

  it('a registered duplicate waits for review; linking makes one family file', async () => {
    const created = await desk.post(
      '/api/v1/referrals',
      referralBody({ family: family('Mila', 'Testermans') }),
    );
    expect(created.body.duplicateReview).toBe('pending');
    const candidate = created.body.possibleDuplicates[0];
    expect(candidate.members.map((m: { givenName: string }) => m.givenName)).toContain('Mila');

    const linked = await desk.post(`/api/v1/referrals/${created.body.id}/duplicate-review`, {
      action: 'link',
      familyId: candidate.familyId,
    });
    expect(linked.status).toBe(200);
    expect(linked.body).toMatchObject({
      duplicateReview: 'linked',
      familyId: candidate.familyId,
      possibleDuplicates: [],
    });
    // The same people, once; the duplicate file is kept as history, marked merged (R17).
    expect(linked.body.members).toHaveLength(2);
    const kept = await t.db.execute(
      sql`select merged_into_id::text as into from families where id = ${created.body.familyId}`,
    );
    expect(kept.rows).toEqual([{ into: candidate.familyId }]);

    const again = await desk.post(`/api/v1/referrals/${created.body.id}/duplicate-review`, {
      action: 'dismiss',
    });
    expect([again.status, again.body.error.code]).toEqual([409, 'DUPLICATE_ALREADY_REVIEWED']);
  });

  it('can be dismissed, and can be linked at registration already', async () => {
    const created = await desk.post(
      '/api/v1/referrals',
      referralBody({ family: family('Mila', 'Testermans') }),
    );
    const dismissed = await desk.post(`/api/v1/referrals/${created.body.id}/duplicate-review`, {
      action: 'dismiss',
    });
    expect(dismissed.body.duplicateReview).toBe('dismissed');

    const known = created.body.possibleDuplicates[0].familyId;
    const linkedAtOnce = await desk.post(
      '/api/v1/referrals',
      referralBody({ family: { ...family('Mila', 'Testermans'), linkToFamilyId: known } }),
    );
    expect(linkedAtOnce.body).toMatchObject({ familyId: known, duplicateReview: 'linked' });
  });

  it('a partner’s referral is flagged for the desk without showing the partner other families', async () => {
    const partner = await tenant.as('partnerReferrer');
    const created = await partner.post(
      '/api/v1/referrals',
      referralBody({ family: family('Mila', 'Testermans') }),
    );
    expect(created.body.duplicateReview).toBe('pending');
    expect(created.body.possibleDuplicates).toEqual([]);
    expect((await partner.get(`/api/v1/referrals/${created.body.id}`)).body.possibleDuplicates).toEqual([]);
    expect(
      (await desk.get(`/api/v1/referrals/${created.body.id}`)).body.possibleDuplicates.length,
    ).toBeGreaterThan(0);
  });

  it('links files only by the coordinator (R17): the regional coach is refused and nothing changes', async () => {
    const created = await desk.post(
      '/api/v1/referrals',
      referralBody({ family: family('Mila', 'Testermans') }),
    );
    expect(created.body.duplicateReview).toBe('pending');
    const coach = await tenant.as('coach');
    const res = await coach.post(`/api/v1/referrals/${created.body.id}/duplicate-review`, {
      action: 'link',
      familyId: created.body.possibleDuplicates[0].familyId,
    });
    expect([res.status, res.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const after = await desk.get(`/api/v1/referrals/${created.body.id}`);
    expect(after.body).toMatchObject({ duplicateReview: 'pending', familyId: created.body.familyId });
  });
});
