// Issue 13, the worker's screens: the one-time code's instruction sheet is printed in the browser
// and only its printing is recorded (who, which member, which language — never the code); the
// marks on contacts (R27, R28) are read back for the contact list. Both through the file's door.
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { assign, startedFamily } from '../support/journey';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
let worker: Session;
let colleague: Session;
let familyId: string;
let parentId: string;
let otherParentId: string;

beforeAll(async () => {
  const tenant = await t.createTenant();
  const desk = await tenant.as('coordinator');
  worker = await tenant.as('liaisonWorker');
  colleague = await tenant.as('liaisonWorker');
  ({ familyId } = await startedFamily(desk, {
    family: {
      municipalityNis: '46021',
      members: [
        { role: 'parent', givenName: 'Zonder', familyName: 'Mail' },
        { role: 'parent', givenName: 'Ander', familyName: 'Ouder' },
      ],
    },
  }));
  const file = await assign(desk, familyId, worker);
  const byName = (name: string) => file.members.find((m: { givenName: string }) => m.givenName === name).id;
  parentId = byName('Zonder');
  otherParentId = byName('Ander');
});

describe('the instruction sheet of a one-time code', () => {
  it('records that it was printed and in which language, never the code', async () => {
    const invited = await worker.post(`/api/v1/families/${familyId}/members/${parentId}/account`, {
      method: 'code',
      locale: 'fr',
    });
    expect(invited.status, invited.text).toBe(200);
    const code = invited.body.code as string;
    const printed = await worker.post(
      `/api/v1/families/${familyId}/members/${parentId}/account/instruction-sheet`,
      { locale: 'fr' },
    );
    expect(printed.status, printed.text).toBe(204);
    const { rows } = await t.db.execute(
      sql`select action, details from audit_events
           where family_id = ${familyId} and action = 'print' and entity_type = 'account'`,
    );
    expect(rows).toEqual([{ action: 'print', details: { document: 'instructionSheet', locale: 'fr' } }]);
    const { rows: leaks } = await t.db.execute(
      sql`select 1 from audit_events where details::text ilike ${`%${code.slice(0, 4)}-${code.slice(5)}%`}`,
    );
    expect(leaks).toEqual([]);
  });

  it('is refused for a member with no open invitation, and for a worker without the file', async () => {
    const none = await worker.post(
      `/api/v1/families/${familyId}/members/${otherParentId}/account/instruction-sheet`,
      { locale: 'nl' },
    );
    expect(none.status).toBe(404);
    const stranger = await colleague.post(
      `/api/v1/families/${familyId}/members/${parentId}/account/instruction-sheet`,
      { locale: 'nl' },
    );
    expect(stranger.status).toBe(403);
  });
});

describe('the marks on contacts (R27, R28)', () => {
  it('reads back what the worker marked, for the contact list', async () => {
    const contact = await worker.post(`/api/v1/families/${familyId}/contacts`, {
      kind: 'homeVisit',
      occurredOn: '2026-11-02',
      durationMinutes: 60,
      note: 'Gesprek over de rechtbank',
    });
    expect(contact.status, contact.text).toBeLessThan(300);
    const marked = await worker.put(`/api/v1/families/${familyId}/contacts/${contact.body.id}/marks`, {
      neverShown: 'withheldByWorker',
      withheldReason: 'Eerst bespreken met de jeugdrechter',
      notForMemberIds: [otherParentId],
      baseVersion: 0,
    });
    expect(marked.status, marked.text).toBe(200);
    const list = await worker.get(`/api/v1/families/${familyId}/contact-marks`);
    expect(list.status, list.text).toBe(200);
    expect(list.body).toEqual([
      expect.objectContaining({
        itemId: contact.body.id,
        neverShown: 'withheldByWorker',
        withheldReason: 'Eerst bespreken met de jeugdrechter',
        notForMemberIds: [otherParentId],
        version: marked.body.version,
      }),
    ]);
    const stranger = await colleague.get(`/api/v1/families/${familyId}/contact-marks`);
    expect(stranger.status).toBe(403);
  });
});
