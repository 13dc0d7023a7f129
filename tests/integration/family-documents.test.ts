// Issue 13 point 2 (ADR 052): documents in the family file and "documents shared with us". A
// worker with access uploads (kind by the first bytes, at most 10 MB), marks per R28 and shares;
// the family sees and downloads only what is shared and unmarked, a 12+ child's own document
// only with the child's consent (R27); every upload and download is audited; another family's
// document does not exist; a partner or a steering-group member cannot reach any of it.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from '../../src/contracts/documents';
import { signInAsFamilyMember } from '../support/family-accounts';
import { assign, startedFamily } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
let desk: Session;
let worker: Session;
let other: Session;
let parent: Session;
let familyId: string;
let childId: string;
let otherFamilyId: string;
let tenant: Awaited<ReturnType<typeof t.createTenant>>;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);

const upload = (who: Session, family: string, body: Record<string, unknown>, bytes: Buffer = PDF) =>
  who.post(`/api/v1/families/${family}/documents`, {
    title: 'Verslag schoolgesprek',
    fileName: 'verslag.pdf',
    contentBase64: bytes.toString('base64'),
    ...body,
  });

beforeAll(async () => {
  tenant = await t.createTenant();
  desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker', { organisationId: tenant.clb.id });
  other = await tenant.as('liaisonWorker', { organisationId: tenant.clb.id });
  ({ familyId } = await startedFamily(desk));
  const file = await assign(desk, familyId, worker);
  const parentId = file.members.find((m: { role: string }) => m.role === 'parent').id as string;
  childId = file.members.find((m: { role: string }) => m.role === 'child').id as string;
  parent = await signInAsFamilyMember(t, { familyId, memberId: parentId });
  ({ familyId: otherFamilyId } = await startedFamily(desk));
  await assign(desk, otherFamilyId, other);
});

const auditOf = async (documentId: string) =>
  (
    await t.db.execute(
      sql`select action, actor_user_id as "actorUserId", details from audit_events where entity_type = 'document' and entity_id = ${documentId} order by id`,
    )
  ).rows as { action: string; actorUserId: string; details: Record<string, unknown> | null }[];

describe('a worker keeps documents in the family file', () => {
  it('uploads a PDF with a title and a link to a trajectory; the upload is audited; it is not shared yet', async () => {
    const trajectory = await worker.post(`/api/v1/families/${familyId}/trajectories`, {
      kind: 'shortTerm',
      fundingLine: 'regular',
    });
    expect(trajectory.status, trajectory.text).toBe(201);
    const res = await upload(worker, familyId, { trajectoryId: trajectory.body.id });
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({
      title: 'Verslag schoolgesprek',
      kind: 'pdf',
      sizeBytes: PDF.length,
      trajectoryId: trajectory.body.id,
      forCourt: false,
      withheldReason: null,
      sharedAt: null,
      version: 1,
    });
    expect((await auditOf(res.body.id)).map((r) => r.action)).toEqual(['create']);
    const list = await worker.get(`/api/v1/families/${familyId}/documents`);
    expect(list.body.map((d: { id: string }) => d.id)).toContain(res.body.id);
    expect((await parent.get('/api/v1/portal/documents')).body).toEqual([]);
  });

  it('refuses a file whose bytes are not what its name says, and one over 10 MB', async () => {
    const disguised = await upload(
      worker,
      familyId,
      { fileName: 'brief.pdf' },
      Buffer.from('MZ\x90\x00 program'),
    );
    expect(disguised.status).toBe(422);
    expect(disguised.body.error.code).toBe('DOCUMENT_TYPE_REFUSED');
    expect(disguised.body.error.details[0].field).toBe('fileName');
    const renamed = await upload(worker, familyId, { fileName: 'foto.png' });
    expect(renamed.body.error.code).toBe('DOCUMENT_TYPE_REFUSED');

    const big = Buffer.concat([PDF, Buffer.alloc(MAX_DOCUMENT_BYTES)]);
    const tooLarge = await upload(worker, familyId, {}, big);
    expect(tooLarge.status).toBe(422);
    expect(tooLarge.body.error.code).toBe('DOCUMENT_TOO_LARGE');
    expect(tooLarge.body.error.message).toContain('10 MB');

    const unknownTrajectory = await upload(worker, familyId, { trajectoryId: crypto.randomUUID() });
    expect(unknownTrajectory.body.error.code).toBe('DOCUMENT_TRAJECTORY_UNKNOWN');
  });

  it('the worker downloads it as an attachment, nosniff, audited', async () => {
    const doc = (await upload(worker, familyId, { title: 'Foto tekening', fileName: 'tekening é.png' }, PNG))
      .body;
    const res = await worker.get(`/api/v1/families/${familyId}/documents/${doc.id}/content`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(String(res.headers['content-disposition'])).toMatch(
      /^attachment; filename="tekening _.png"; filename\*=UTF-8''tekening%20%C3%A9\.png$/,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    const raw = await t.app.inject({
      method: 'GET',
      url: `/api/v1/families/${familyId}/documents/${doc.id}/content`,
      headers: { cookie: worker.cookie },
    });
    expect(raw.rawPayload.equals(PNG)).toBe(true);
    expect(await auditOf(doc.id)).toContainEqual(
      expect.objectContaining({ action: 'download', actorUserId: worker.user.id }),
    );
  });
});

describe('shared with the family', () => {
  it('the family sees and downloads what is shared; unshared, it is gone again', async () => {
    const doc = (await upload(worker, familyId, { title: 'Ons plan op papier' })).body;
    const shared = await worker.post(`/api/v1/families/${familyId}/documents/${doc.id}/share`, {
      baseVersion: 1,
    });
    expect(shared.status, shared.text).toBe(200);
    expect(shared.body).toMatchObject({
      sharedAt: expect.any(String),
      sharedBy: worker.user.displayName,
      version: 2,
    });

    const ours = await parent.get('/api/v1/portal/documents');
    expect(ours.body).toContainEqual({
      id: doc.id,
      title: 'Ons plan op papier',
      fileName: 'verslag.pdf',
      kind: 'pdf',
      sizeBytes: PDF.length,
      sharedAt: shared.body.sharedAt,
      sharedBy: worker.user.displayName,
    });
    const download = await parent.get(`/api/v1/portal/documents/${doc.id}/content`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(String(download.headers['content-disposition'])).toMatch(/^attachment;/);
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.text.startsWith('%PDF-')).toBe(true);
    expect(await auditOf(doc.id)).toContainEqual(
      expect.objectContaining({ action: 'download', actorUserId: parent.user.id, details: { portal: true } }),
    );

    // A save from an old version is refused; from the current one it unshares.
    const stale = await worker.post(`/api/v1/families/${familyId}/documents/${doc.id}/unshare`, {
      baseVersion: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('DOCUMENT_CHANGED');
    const unshared = await worker.post(`/api/v1/families/${familyId}/documents/${doc.id}/unshare`, {
      baseVersion: 2,
    });
    expect(unshared.body.sharedAt).toBeNull();
    const after = await parent.get('/api/v1/portal/documents');
    expect(after.body.map((d: { id: string }) => d.id)).not.toContain(doc.id);
    expect((await parent.get(`/api/v1/portal/documents/${doc.id}/content`)).status).toBe(404);
    expect((await auditOf(doc.id)).map((r) => r.action)).toEqual(['create', 'share', 'download', 'unshare']);
  });

  it('never shows what R28 marks: for the court, or withheld with a reason', async () => {
    const court = (await upload(worker, familyId, { title: 'Verslag voor de jeugdrechter', forCourt: true }))
      .body;
    const refused = await worker.post(`/api/v1/families/${familyId}/documents/${court.id}/share`, {
      baseVersion: 1,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('DOCUMENT_NEVER_SHOWN');

    // Shared first, then withheld: marking it unshares it in the same save.
    const doc = (await upload(worker, familyId, { title: 'Brief van de school' })).body;
    await worker.post(`/api/v1/families/${familyId}/documents/${doc.id}/share`, { baseVersion: 1 });
    const withheld = await worker.put(`/api/v1/families/${familyId}/documents/${doc.id}/marks`, {
      baseVersion: 2,
      forCourt: false,
      withheldReason: 'Bevat wat de leerkracht in vertrouwen vertelde',
    });
    expect(withheld.status, withheld.text).toBe(200);
    expect(withheld.body).toMatchObject({
      withheldReason: 'Bevat wat de leerkracht in vertrouwen vertelde',
      sharedAt: null,
    });
    // An empty reason withholds nothing: the reason is the mark.
    const blank = await worker.put(`/api/v1/families/${familyId}/documents/${doc.id}/marks`, {
      baseVersion: 3,
      forCourt: false,
      withheldReason: '   ',
    });
    expect(blank.body.withheldReason).toBeNull();

    const ids = (await parent.get('/api/v1/portal/documents')).body.map((d: { id: string }) => d.id);
    expect(ids).not.toContain(court.id);
    expect(ids).not.toContain(doc.id);
    expect((await parent.get(`/api/v1/portal/documents/${court.id}/content`)).status).toBe(404);
  });

  it("R27: a 12+ child's own document reaches the parent only with the child's consent", async () => {
    const doc = (await upload(worker, familyId, { title: 'Mijn rapport', aboutMemberId: childId })).body;
    await worker.post(`/api/v1/families/${familyId}/documents/${doc.id}/share`, { baseVersion: 1 });
    const child = await signInAsFamilyMember(t, { familyId, memberId: childId });
    expect((await child.get('/api/v1/portal/documents')).body.map((d: { id: string }) => d.id)).toContain(
      doc.id,
    );
    expect(
      (await parent.get('/api/v1/portal/documents')).body.map((d: { id: string }) => d.id),
    ).not.toContain(doc.id);

    const consent = await child.post('/api/v1/portal/consents', {
      recipient: 'parents',
      purpose: 'Mijn ouders mogen mijn deel lezen',
      scopes: ['wholeFile'],
    });
    expect(consent.status, consent.text).toBe(201);
    expect((await parent.get('/api/v1/portal/documents')).body.map((d: { id: string }) => d.id)).toContain(
      doc.id,
    );
  });
});

describe('who cannot', () => {
  it("another family's document does not exist, for the family and for the worker", async () => {
    const theirs = (await upload(other, otherFamilyId, { title: 'Van een ander gezin' })).body;
    await other.post(`/api/v1/families/${otherFamilyId}/documents/${theirs.id}/share`, { baseVersion: 1 });
    expect((await parent.get(`/api/v1/portal/documents/${theirs.id}/content`)).status).toBe(404);
    // Through our own family's address: not ours.
    expect((await worker.get(`/api/v1/families/${familyId}/documents/${theirs.id}/content`)).status).toBe(
      404,
    );
    // The other family's file itself: the worker has no relationship to it.
    expect(
      (await worker.get(`/api/v1/families/${otherFamilyId}/documents/${theirs.id}/content`)).status,
    ).toBe(403);
  });

  it('a partner or a steering-group member reaches no document route', async () => {
    const doc = (await upload(worker, familyId, { title: 'Verslag' })).body;
    for (const role of ['partnerReferrer', 'steeringMember'] as const) {
      const who = await tenant.as(role);
      expect((await who.get(`/api/v1/families/${familyId}/documents`)).status, role).toBe(403);
      expect((await who.get(`/api/v1/families/${familyId}/documents/${doc.id}/content`)).status, role).toBe(
        403,
      );
      expect((await upload(who, familyId, {})).status, role).toBe(403);
      expect((await who.get('/api/v1/portal/documents')).status, role).toBe(403);
    }
    // A family member reaches no staff route.
    expect((await parent.get(`/api/v1/families/${familyId}/documents`)).status).toBe(403);
  });
});
