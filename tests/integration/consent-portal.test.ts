// R29, R27, R28 from the family's side (issue 13 points 4–6): a member gives and withdraws their
// own consent in the portal, the family reads the sharing log, and what each member may read.
import { beforeAll, describe, expect, it } from 'vitest';
import { addMonths, todayIso } from '../../src/domain/dates';
import type { FamilyViewer } from '../../src/domain/family-visibility';
import { visibilityFactsOf } from '../../src/server/modules/consent';
import { createOrganisation } from '../../src/server/modules/network';
import { referralBody } from '../support/factories';
import { signInAsFamilyMember } from '../support/family-accounts';
import { assign, planBody, startedFamily } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const today = todayIso();
let desk: Session;
let worker: Session;
let cawWorker: Session;
let caw: { id: string };
const purpose = 'De overdracht naar het CAW voorbereiden';

beforeAll(async () => {
  const tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  caw = await createOrganisation(t.db, {
    collaborationId: tenant.collaboration.id,
    kind: 'caw',
    name: 'CAW Testregio',
    role: 'partner',
  });
  cawWorker = await tenant.as('partnerReferrer', { organisationId: caw.id });
});

async function family() {
  const { familyId } = await startedFamily(
    desk,
    referralBody({
      family: {
        municipalityNis: '46021',
        members: [
          { role: 'parent', givenName: 'Testmoeder', familyName: 'Voorbeeld' },
          { role: 'parent', givenName: 'Testvader', familyName: 'Voorbeeld' },
          {
            role: 'child',
            givenName: 'Testtiener',
            familyName: 'Voorbeeld',
            birthDate: addMonths(today, -12 * 14),
          },
          {
            role: 'child',
            givenName: 'Testkleine',
            familyName: 'Voorbeeld',
            birthDate: addMonths(today, -12 * 8),
          },
        ],
      },
    }),
  );
  await assign(desk, familyId, worker);
  await worker.put(`/api/v1/families/${familyId}/plan`, planBody());
  const members = (await worker.get(`/api/v1/families/${familyId}/consent`)).body.members as {
    id: string;
    name: string;
    role: 'parent' | 'child';
  }[];
  const find = (name: string) => members.find((m) => m.name.startsWith(name)) as (typeof members)[number];
  return {
    familyId,
    mother: find('Testmoeder'),
    father: find('Testvader'),
    teen: find('Testtiener'),
    young: find('Testkleine'),
  };
}

const partnerConsent = { recipient: 'partner', purpose, scopes: ['plan'] };

describe('R29: the family gives and withdraws consent in its portal', () => {
  it('a withdrawal in the portal closes the partner’s view at once, and the family sees it in the log', async () => {
    const f = await family();
    const mother = await signInAsFamilyMember(t, { familyId: f.familyId, memberId: f.mother.id });
    const teen = await signInAsFamilyMember(t, { familyId: f.familyId, memberId: f.teen.id });

    const given = await mother.post('/api/v1/portal/consents', { ...partnerConsent, organisationId: caw.id });
    expect(given.status).toBe(201);
    expect(given.body).toMatchObject({
      source: 'portal',
      givenOn: today,
      memberName: 'Testmoeder Voorbeeld',
      isInForce: true,
    });
    const teenGiven = await teen.post('/api/v1/portal/consents', {
      ...partnerConsent,
      organisationId: caw.id,
    });
    expect(teenGiven.status).toBe(201);

    const shared = await worker.post(`/api/v1/families/${f.familyId}/sharings`, {
      organisationId: caw.id,
      purpose,
      scope: 'plan',
    });
    expect(shared.status).toBe(201);
    expect((await cawWorker.get(`/api/v1/shared-with-us/${shared.body.id}`)).status).toBe(200);

    // The family reads its log: what, to whom, why, by whom, when, on whose consent.
    const log = (await mother.get('/api/v1/portal/consents')).body;
    expect(log.memberId).toBe(f.mother.id);
    expect(log.sharings).toEqual([
      expect.objectContaining({
        organisation: expect.objectContaining({ name: 'CAW Testregio' }),
        purpose,
        scope: 'plan',
        sharedOn: today,
        sharedBy: worker.user.displayName,
        isConsentInForce: true,
      }),
    ]);

    // A parent cannot take back the young person's consent; only their own.
    const notHers = await mother.post(`/api/v1/portal/consents/${teenGiven.body.id}/withdrawal`, {
      baseVersion: 1,
    });
    expect(notHers.status).toBe(403);
    expect(notHers.body.error.code).toBe('CONSENT_NOT_YOURS');

    const withdrawn = await mother.post(`/api/v1/portal/consents/${given.body.id}/withdrawal`, {
      baseVersion: 1,
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ isInForce: false, withdrawnOn: today });
    const after = await cawWorker.get(`/api/v1/shared-with-us/${shared.body.id}`);
    expect(after.status).toBe(403);
    expect(after.body.error.code).toBe('SHARING_CONSENT_WITHDRAWN');
    expect((await teen.get('/api/v1/portal/consents')).body.sharings[0].isConsentInForce).toBe(false);
    // The worker's page says the same.
    const overview = (await worker.get(`/api/v1/families/${f.familyId}/consent`)).body;
    expect(overview.consents.find((c: { id: string }) => c.id === given.body.id).withdrawnBy).toBe(
      'Testmoeder',
    );
  });

  it('R27: a child under 12 cannot consent; the worker’s routes stay closed to a family account', async () => {
    const f = await family();
    const young = await signInAsFamilyMember(t, { familyId: f.familyId, memberId: f.young.id });
    const res = await young.post('/api/v1/portal/consents', { ...partnerConsent, organisationId: caw.id });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('CONSENT_GIVER_NOT_COMPETENT');
    const mother = await signInAsFamilyMember(t, { familyId: f.familyId, memberId: f.mother.id });
    expect((await mother.get(`/api/v1/families/${f.familyId}/consent`)).status).toBe(403);
    expect(
      (
        await mother.post(`/api/v1/families/${f.familyId}/sharings`, {
          organisationId: caw.id,
          purpose,
          scope: 'plan',
        })
      ).status,
    ).toBe(403);
    expect((await mother.get('/api/v1/shared-with-us')).status).toBe(403);
  });
});

describe('R27, R28: what each member of the family may read', () => {
  it('a 12+ child’s part reaches the parents only with the child’s consent; third-party items skip the other parent', async () => {
    const f = await family();
    const contact = async (note: string) =>
      (
        await worker.post(`/api/v1/families/${f.familyId}/contacts`, {
          kind: 'homeVisit',
          occurredOn: today,
          durationMinutes: 30,
          note,
        })
      ).body.id as string;
    const teenOwn = await contact('Wat Testtiener alleen aan mij vertelde');
    const youngOwn = await contact('Wat Testkleine tekende');
    const aboutMother = await contact('Wat de vader vertelde over de moeder');
    const mark = (id: string, body: Record<string, unknown>) =>
      worker.put(`/api/v1/families/${f.familyId}/contacts/${id}/marks`, { baseVersion: 0, ...body });
    await mark(teenOwn, { ownerMemberId: f.teen.id });
    await mark(youngOwn, { ownerMemberId: f.young.id });
    await mark(aboutMother, { notForMemberIds: [f.mother.id] });

    const viewer = (m: { id: string; role: 'parent' | 'child' }): FamilyViewer => ({
      memberId: m.id,
      role: m.role,
      birthDate: null,
      today,
    });
    const seen = async (m: { id: string; role: 'parent' | 'child' }) => {
      const facts = await visibilityFactsOf(t.db, f.familyId, today);
      return [teenOwn, youngOwn, aboutMother].filter((id) =>
        facts.maySee(viewer(m), { id, hiddenReason: null }),
      );
    };
    expect(await seen(f.teen)).toEqual([teenOwn, aboutMother]);
    // Under 12 the parents read the child's part; the 14-year-old's stays theirs.
    expect(await seen(f.mother)).toEqual([youngOwn]);
    expect(await seen(f.father)).toEqual([youngOwn, aboutMother]);

    // The young person lets the parents read their part, in their own account; then withdraws it.
    const teen = await signInAsFamilyMember(t, { familyId: f.familyId, memberId: f.teen.id });
    const toParents = await teen.post('/api/v1/portal/consents', {
      recipient: 'parents',
      purpose: 'Mijn ouders mogen mijn deel lezen',
      scopes: ['wholeFile'],
    });
    expect(toParents.status).toBe(201);
    expect(await seen(f.mother)).toEqual([teenOwn, youngOwn]);
    // A parent cannot give that consent for the child.
    const mother = await signInAsFamilyMember(t, { familyId: f.familyId, memberId: f.mother.id });
    const forChild = await mother.post('/api/v1/portal/consents', {
      recipient: 'parents',
      purpose: 'x',
      scopes: ['wholeFile'],
    });
    expect(forChild.body.error.code).toBe('CONSENT_GIVER_NOT_ENTITLED');
    await teen.post(`/api/v1/portal/consents/${toParents.body.id}/withdrawal`, { baseVersion: 1 });
    expect(await seen(f.mother)).toEqual([youngOwn]);

    // Assessed not competent: the parents read the part again, until the review date.
    await worker.post(`/api/v1/families/${f.familyId}/competence-assessments`, {
      memberId: f.teen.id,
      reason: 'Tijdelijk niet in staat de gevolgen te overzien.',
      assessedOn: today,
      reviewOn: addMonths(today, 2),
    });
    expect(await seen(f.mother)).toEqual([teenOwn, youngOwn]);

    // The worker's preview and the printed plan show none of the three.
    const view = (await worker.get(`/api/v1/families/${f.familyId}/family-view`)).body;
    expect(view.contacts).toEqual([]);
  });
});
