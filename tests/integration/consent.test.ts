// Consent and sharing (R29), minors (R27), what is never shown to the family (R28): the worker's
// side and what a partner organisation's people read.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, todayIso } from '../../src/domain/dates';
import { shareWithPartner } from '../../src/server/modules/consent';
import { inFamilyFile } from '../../src/server/modules/families';
import { resolveSession } from '../../src/server/modules/identity';
import { createOrganisation } from '../../src/server/modules/network';
import { referralBody } from '../support/factories';
import { assign, planBody, startedFamily } from '../support/journey';
import { pdfText } from '../support/pdf-text';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const today = todayIso();
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let desk: Session;
let worker: Session;
let caw: { id: string };
let court: { id: string };
let cawWorker: Session;
let clbWorker: Session;

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  const collaborationId = tenant.collaboration.id;
  caw = await createOrganisation(t.db, {
    collaborationId,
    kind: 'caw',
    name: 'CAW Testregio',
    role: 'partner',
  });
  court = await createOrganisation(t.db, {
    collaborationId,
    kind: 'youthCourtService',
    name: 'Sociale dienst jeugdrechtbank Test',
    role: 'partner',
  });
  cawWorker = await tenant.as('partnerReferrer', { organisationId: caw.id });
  clbWorker = await tenant.as('partnerReferrer'); // of the tenant's CLB
});

const yearsAgo = (years: number) => addMonths(today, -12 * years);

/** Mother, father, a 14-year-old and an 8-year-old; the worker assigned; a plan saved. */
async function family() {
  const { familyId } = await startedFamily(
    desk,
    referralBody({
      family: {
        municipalityNis: '46021',
        members: [
          { role: 'parent', givenName: 'Testmoeder', familyName: 'Voorbeeld' },
          { role: 'parent', givenName: 'Testvader', familyName: 'Voorbeeld' },
          { role: 'child', givenName: 'Testtiener', familyName: 'Voorbeeld', birthDate: yearsAgo(14) },
          { role: 'child', givenName: 'Testkleine', familyName: 'Voorbeeld', birthDate: yearsAgo(8) },
        ],
      },
    }),
  );
  await assign(desk, familyId, worker);
  const plan = await worker.put(`/api/v1/families/${familyId}/plan`, planBody());
  expect(plan.status).toBe(200);
  const overview = (await worker.get(`/api/v1/families/${familyId}/consent`)).body;
  const id = (name: string) =>
    overview.members.find((m: { name: string }) => m.name.startsWith(name)).id as string;
  return {
    familyId,
    mother: id('Testmoeder'),
    father: id('Testvader'),
    teen: id('Testtiener'),
    young: id('Testkleine'),
  };
}

const purpose = 'De overdracht naar het CAW voorbereiden';

function consentOf(memberId: string, overrides: Record<string, unknown> = {}) {
  return {
    memberId,
    recipient: 'partner',
    organisationId: caw.id,
    purpose,
    scopes: ['plan'],
    formDate: today,
    ...overrides,
  };
}

describe('R29: consents from a paper form', () => {
  it('records who gave it, for whom and what, who recorded it and the date of the form', async () => {
    const f = await family();
    const res = await worker.post(
      `/api/v1/families/${f.familyId}/consents`,
      consentOf(f.mother, { formDate: addDays(today, -3) }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      memberName: 'Testmoeder Voorbeeld',
      organisation: { id: caw.id, name: 'CAW Testregio', kind: 'caw' },
      purpose,
      scopes: ['plan'],
      givenOn: addDays(today, -3),
      source: 'paperForm',
      formDate: addDays(today, -3),
      recordedBy: worker.user.displayName,
      isInForce: true,
    });
    const future = await worker.post(
      `/api/v1/families/${f.familyId}/consents`,
      consentOf(f.mother, { formDate: addDays(today, 1) }),
    );
    expect(future.body.error.code).toBe('CONSENT_FORM_DATE_IN_FUTURE');
    const noPartner = await worker.post(
      `/api/v1/families/${f.familyId}/consents`,
      consentOf(f.mother, { organisationId: null }),
    );
    expect(noPartner.body.error.code).toBe('CONSENT_ORGANISATION_REQUIRED');
  });

  it('R27: under 12 the parents consent and the child’s view is recorded; the child cannot consent itself', async () => {
    const f = await family();
    const young = await worker.post(`/api/v1/families/${f.familyId}/consents`, consentOf(f.young));
    expect(young.status).toBe(422);
    expect(young.body.error).toMatchObject({
      code: 'CONSENT_GIVER_NOT_COMPETENT',
      details: [{ field: 'memberId' }],
    });
    const withView = await worker.post(
      `/api/v1/families/${f.familyId}/consents`,
      consentOf(f.mother, { childView: 'Testkleine vindt het goed als het CAW meeleest.' }),
    );
    expect(withView.body.childView).toBe('Testkleine vindt het goed als het CAW meeleest.');
    const teen = await worker.post(`/api/v1/families/${f.familyId}/consents`, consentOf(f.teen));
    expect(teen.status).toBe(201);
  });
});

describe('R29: sharing with a partner, and a withdrawal that takes effect at once', () => {
  it('refuses without consent, shares with it, and closes the partner’s view on withdrawal', async () => {
    const f = await family();
    const share = () =>
      worker.post(`/api/v1/families/${f.familyId}/sharings`, {
        organisationId: caw.id,
        purpose,
        scope: 'plan',
      });

    const without = await share();
    expect(without.status).toBe(422);
    expect(without.body.error.code).toBe('SHARING_CONSENT_MISSING');

    const mother = (await worker.post(`/api/v1/families/${f.familyId}/consents`, consentOf(f.mother))).body;
    // R27: the 14-year-old's own consent is needed too.
    expect((await share()).body.error.code).toBe('SHARING_CONSENT_MISSING');
    const teen = (await worker.post(`/api/v1/families/${f.familyId}/consents`, consentOf(f.teen))).body;

    const shared = await share();
    expect(shared.status).toBe(201);
    expect(shared.body).toMatchObject({
      organisation: { id: caw.id },
      purpose,
      scope: 'plan',
      sharedOn: today,
      sharedBy: worker.user.displayName,
      isConsentInForce: true,
    });
    expect(shared.body.consentIds.sort()).toEqual([mother.id, teen.id].sort());

    // The partner reads what was shared: the plan, in the family's words.
    const list = await cawWorker.get('/api/v1/shared-with-us');
    expect(list.body).toContainEqual(expect.objectContaining({ id: shared.body.id, isConsentInForce: true }));
    const read = await cawWorker.get(`/api/v1/shared-with-us/${shared.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body.content.plan.content.goals[0].familyWords).toBe(
      'Dat Testkind weer graag naar school gaat',
    );
    expect(read.body.content.familyLabel).toBe('Voorbeeld');
    // Another partner does not even see that it exists.
    expect((await clbWorker.get(`/api/v1/shared-with-us/${shared.body.id}`)).status).toBe(404);

    // The teen withdraws (told the worker, who records it): at once the partner reads nothing.
    const withdrawn = await worker.post(`/api/v1/families/${f.familyId}/consents/${teen.id}/withdrawal`, {
      baseVersion: teen.version,
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({
      withdrawnOn: today,
      isInForce: false,
      withdrawnBy: worker.user.displayName,
    });
    const after = await cawWorker.get(`/api/v1/shared-with-us/${shared.body.id}`);
    expect(after.status).toBe(403);
    expect(after.body.error.code).toBe('SHARING_CONSENT_WITHDRAWN');
    expect((await cawWorker.get('/api/v1/shared-with-us')).body).toContainEqual(
      expect.objectContaining({ id: shared.body.id, isConsentInForce: false }),
    );
    expect((await share()).body.error.code).toBe('SHARING_CONSENT_MISSING');
    const again = await worker.post(`/api/v1/families/${f.familyId}/consents/${teen.id}/withdrawal`, {
      baseVersion: teen.version,
    });
    expect(again.status).toBe(409);

    // The worker's log keeps the sharing, now marked as no longer readable.
    const overview = (await worker.get(`/api/v1/families/${f.familyId}/consent`)).body;
    expect(overview.sharings).toEqual([
      expect.objectContaining({ id: shared.body.id, isConsentInForce: false }),
    ]);

    // Every step is audited, the partner's refused read too.
    const audit = await t.db.execute<{
      action: string;
      entity_type: string;
      details: Record<string, unknown> | null;
    }>(
      sql`select action, entity_type, details from audit_events where family_id = ${f.familyId} and entity_type in ('consent','sharing') order by id`,
    );
    expect(audit.rows.map((r) => `${r.action}:${r.entity_type}`)).toEqual([
      'create:consent',
      'create:consent',
      'share:sharing',
      'list:sharing',
      'read:sharing',
      'withdraw:consent',
      'read:sharing',
      'list:sharing',
    ]);
    expect(audit.rows[6]?.details).toEqual({ consentInForce: false });
  });

  it('R29: consent for one purpose or scope does not cover another', async () => {
    const f = await family();
    await worker.post(`/api/v1/families/${f.familyId}/consents`, consentOf(f.mother));
    await worker.post(`/api/v1/families/${f.familyId}/consents`, consentOf(f.teen));
    const contacts = await worker.post(`/api/v1/families/${f.familyId}/sharings`, {
      organisationId: caw.id,
      purpose,
      scope: 'contacts',
    });
    expect(contacts.body.error.code).toBe('SHARING_CONSENT_MISSING');
    const otherPurpose = await worker.post(`/api/v1/families/${f.familyId}/sharings`, {
      organisationId: caw.id,
      purpose: 'Budgetbegeleiding',
      scope: 'plan',
    });
    expect(otherPurpose.body.error.code).toBe('SHARING_CONSENT_MISSING');
  });
});

describe('R29: nothing goes to youth-court services without the competent minor and the parents', () => {
  it('refuses with the parents alone, and shares once the 14-year-old consents too', async () => {
    const f = await family();
    const forCourt = (memberId: string) =>
      consentOf(memberId, { organisationId: court.id, purpose: 'Verslag voor de jeugdrechter' });
    const share = () =>
      worker.post(`/api/v1/families/${f.familyId}/sharings`, {
        organisationId: court.id,
        purpose: 'Verslag voor de jeugdrechter',
        scope: 'plan',
      });
    await worker.post(`/api/v1/families/${f.familyId}/consents`, forCourt(f.mother));
    await worker.post(`/api/v1/families/${f.familyId}/consents`, forCourt(f.father));
    const parentsOnly = await share();
    expect(parentsOnly.status).toBe(422);
    expect(parentsOnly.body.error.code).toBe('YOUTH_COURT_CONSENTS_MISSING');
    expect(parentsOnly.body.error.message).toContain('jeugdrechtbank');

    const teen = (await worker.post(`/api/v1/families/${f.familyId}/consents`, forCourt(f.teen))).body;
    const all = await share();
    expect(all.status).toBe(201);
    expect(all.body.consentIds).toHaveLength(3);
    await worker.post(`/api/v1/families/${f.familyId}/consents/${teen.id}/withdrawal`, { baseVersion: 1 });
    expect((await share()).body.error.code).toBe('YOUTH_COURT_CONSENTS_MISSING');
  });

  it('refuses with the minor and one parent: every parent consents', async () => {
    const f = await family();
    const forCourt = (memberId: string) => consentOf(memberId, { organisationId: court.id });
    await worker.post(`/api/v1/families/${f.familyId}/consents`, forCourt(f.mother));
    await worker.post(`/api/v1/families/${f.familyId}/consents`, forCourt(f.teen));
    const res = await worker.post(`/api/v1/families/${f.familyId}/sharings`, {
      organisationId: court.id,
      purpose,
      scope: 'plan',
    });
    expect(res.body.error.code).toBe('YOUTH_COURT_CONSENTS_MISSING');
  });
});

describe('R27: a minor assessed not competent', () => {
  it('cannot consent while the assessment holds; the parents decide; the review date brings the presumption back', async () => {
    const f = await family();
    const assess = (body: Record<string, unknown>) =>
      worker.post(`/api/v1/families/${f.familyId}/competence-assessments`, {
        memberId: f.teen,
        reason: 'Kan de gevolgen nu niet overzien (toelichting in het dossier).',
        ...body,
      });
    expect((await assess({ assessedOn: today, reviewOn: today })).body.error.code).toBe(
      'ASSESSMENT_REVIEW_BEFORE_ASSESSMENT',
    );
    expect(
      (
        await worker.post(`/api/v1/families/${f.familyId}/competence-assessments`, {
          memberId: f.young,
          reason: 'x',
          assessedOn: today,
          reviewOn: addDays(today, 30),
        })
      ).body.error.code,
    ).toBe('ASSESSMENT_NOT_A_MINOR');

    // An assessment whose review date has passed: the presumption of competence is back.
    const lapsed = await assess({ assessedOn: addMonths(today, -6), reviewOn: addDays(today, -1) });
    expect(lapsed.status).toBe(201);
    expect(lapsed.body).toMatchObject({ isInForce: false, assessedBy: worker.user.displayName });
    let overview = (await worker.get(`/api/v1/families/${f.familyId}/consent`)).body;
    expect(overview.members.find((m: { id: string }) => m.id === f.teen).standing).toBe('competentMinor');

    const current = await assess({ assessedOn: today, reviewOn: addMonths(today, 3) });
    expect(current.body.isInForce).toBe(true);
    overview = (await worker.get(`/api/v1/families/${f.familyId}/consent`)).body;
    expect(overview.members.find((m: { id: string }) => m.id === f.teen).standing).toBe('notCompetent');
    const teen = await worker.post(`/api/v1/families/${f.familyId}/consents`, consentOf(f.teen));
    expect(teen.body.error.code).toBe('CONSENT_GIVER_NOT_COMPETENT');

    // The parents' consent now suffices for an ordinary partner.
    await worker.post(`/api/v1/families/${f.familyId}/consents`, consentOf(f.father));
    const shared = await worker.post(`/api/v1/families/${f.familyId}/sharings`, {
      organisationId: caw.id,
      purpose,
      scope: 'plan',
    });
    expect(shared.status).toBe(201);

    // The reason stays in the file, not in the audit trail.
    const audit = await t.db.execute<{ details: Record<string, unknown> }>(
      sql`select details from audit_events where family_id = ${f.familyId} and action = 'assess'`,
    );
    expect(JSON.stringify(audit.rows)).not.toContain('gevolgen');
  });
});

describe('R28: what is never shown stays out of the family view and of what is shared', () => {
  it('leaves out court documents, what the worker withholds and third-party information', async () => {
    const f = await family();
    const contact = async (note: string) =>
      (
        await worker.post(`/api/v1/families/${f.familyId}/contacts`, {
          kind: 'homeVisit',
          occurredOn: today,
          durationMinutes: 60,
          note,
        })
      ).body.id as string;
    await contact('Samen het plan overlopen');
    const courtDoc = await contact('Verslag voor de jeugdrechtbank');
    const withheld = await contact('Wat de school vertelde over de vader');
    const aboutMother = await contact('Wat de vader vertelde over de moeder');
    const teenOwn = await contact('Wat Testtiener alleen aan mij vertelde');
    const mark = (contactId: string, body: Record<string, unknown>) =>
      worker.put(`/api/v1/families/${f.familyId}/contacts/${contactId}/marks`, { baseVersion: 0, ...body });

    expect((await mark(courtDoc, { neverShown: 'courtDocument' })).status).toBe(200);
    const noReason = await mark(withheld, { neverShown: 'withheldByWorker' });
    expect(noReason.body.error).toMatchObject({ code: 'MARK_WITHHELD_REASON_REQUIRED' });
    const withReason = await mark(withheld, {
      neverShown: 'withheldByWorker',
      withheldReason: 'Bron vroeg vertrouwelijkheid',
    });
    expect(withReason.body).toMatchObject({
      neverShown: 'withheldByWorker',
      withheldReason: 'Bron vroeg vertrouwelijkheid',
      version: 1,
    });
    expect((await mark(aboutMother, { notForMemberIds: [f.mother] })).status).toBe(200);
    expect((await mark(teenOwn, { ownerMemberId: f.teen })).status).toBe(200);
    expect((await mark(teenOwn, { ownerMemberId: f.mother })).body.error.code).toBe('MARK_OWNER_NOT_A_CHILD');
    // A mark names the version it started from (ADR 020).
    expect((await mark(courtDoc, { neverShown: 'forCourts' })).status).toBe(409);

    const view = (await worker.get(`/api/v1/families/${f.familyId}/family-view`)).body;
    expect(view.contacts.map((c: { note: string }) => c.note)).toEqual(['Samen het plan overlopen']);
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/families/${f.familyId}/plan.pdf`,
      headers: { cookie: worker.cookie },
    });
    const printed = pdfText(pdf.rawPayload);
    expect(printed).toContain('Samen het plan overlopen');
    for (const kept of ['jeugdrechtbank', 'over de vader', 'over de moeder', 'alleen aan mij'])
      expect(printed).not.toContain(kept);

    // Shared with a partner: only what the family itself may read.
    await worker.post(
      `/api/v1/families/${f.familyId}/consents`,
      consentOf(f.mother, { scopes: ['wholeFile'] }),
    );
    await worker.post(`/api/v1/families/${f.familyId}/consents`, consentOf(f.teen, { scopes: ['contacts'] }));
    const shared = await worker.post(`/api/v1/families/${f.familyId}/sharings`, {
      organisationId: caw.id,
      purpose,
      scope: 'contacts',
    });
    expect(shared.status).toBe(201);
    const read = (await cawWorker.get(`/api/v1/shared-with-us/${shared.body.id}`)).body;
    expect(read.content.contacts.map((c: { note: string }) => c.note)).toEqual(['Samen het plan overlopen']);
    expect(read.content.plan).toBeUndefined();
  });
});

describe('R29: other modules share through one use case', () => {
  it('is refused there too without consent, and logged when it shares', async () => {
    const f = await family();
    const actor = await resolveSession(t.db, worker.cookie.split('=')[1], t.clock);
    if (!actor) throw new Error('no session');
    const share = () =>
      inFamilyFile(t.db, actor, f.familyId, (tx, file) =>
        shareWithPartner(tx, actor, file, { organisationId: caw.id, purpose, scope: 'handoverRecord' }),
      );
    await expect(share()).rejects.toMatchObject({ status: 422, code: 'SHARING_CONSENT_MISSING' });
    await worker.post(
      `/api/v1/families/${f.familyId}/consents`,
      consentOf(f.mother, { scopes: ['handoverRecord'] }),
    );
    await worker.post(
      `/api/v1/families/${f.familyId}/consents`,
      consentOf(f.teen, { scopes: ['handoverRecord'] }),
    );
    const sharing = await share();
    expect(sharing).toMatchObject({ scope: 'handoverRecord', isConsentInForce: true });
    const log = (await worker.get(`/api/v1/families/${f.familyId}/consent`)).body.sharings;
    expect(log.map((s: { id: string }) => s.id)).toEqual([sharing.id]);
  });
});
