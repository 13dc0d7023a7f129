// Issue 12 point 8: a to-do is owned by a person or a partner organisation, not only by a name
// such as "the coordinator"; the name lists and minutes show is theirs.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSteeringGroup } from '../support/governance-factories';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
const G = '/api/v1/governance';
let tenant: Awaited<ReturnType<typeof t.createTenant>>;
let staff: Session;
let bodyId: string;

beforeAll(async () => {
  tenant = await t.createTenant();
  staff = await tenant.as('staffOfficer');
  bodyId = (await createSteeringGroup(staff)).id;
});

describe('the owner of a to-do', () => {
  it('is a person of the collaboration, whose name the to-do shows', async () => {
    const worker = await tenant.as('liaisonWorker');
    const res = await staff.post(`${G}/todos`, {
      bodyId,
      text: 'Cijfers nakijken',
      ownerUserId: worker.user.id,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      ownerUserId: worker.user.id,
      ownerOrganisationId: null,
      ownerName: worker.user.displayName,
    });
  });

  it('is a partner organisation, and can move back to a name', async () => {
    const res = await staff.post(`${G}/todos`, {
      bodyId,
      text: 'Engagementsverklaring tekenen',
      ownerOrganisationId: tenant.clb.id,
    });
    expect(res.body).toMatchObject({
      ownerOrganisationId: tenant.clb.id,
      ownerName: tenant.clb.name,
      ownerUserId: null,
    });
    const named = await staff.put(`${G}/todos/${res.body.id}`, { ownerName: 'Kernpartner' });
    expect(named.body).toMatchObject({
      ownerName: 'Kernpartner',
      ownerOrganisationId: null,
      ownerUserId: null,
    });
    // A change that names no owner keeps the owner.
    const done = await staff.put(`${G}/todos/${res.body.id}`, { status: 'done' });
    expect(done.body.ownerName).toBe('Kernpartner');
  });

  it('is never someone of another collaboration, nor both a person and a partner, nor nobody', async () => {
    const other = await t.createTenant();
    const stranger = await other.as('liaisonWorker');
    const person = await staff.post(`${G}/todos`, {
      bodyId,
      text: 'X',
      ownerUserId: stranger.user.id,
    });
    expect([person.status, person.body.error.code]).toEqual([422, 'TODO_OWNER_UNKNOWN']);
    const partner = await staff.post(`${G}/todos`, {
      bodyId,
      text: 'X',
      ownerOrganisationId: other.clb.id,
    });
    expect([partner.status, partner.body.error.details[0].field]).toEqual([422, 'ownerOrganisationId']);
    const both = await staff.post(`${G}/todos`, {
      bodyId,
      text: 'X',
      ownerUserId: staff.user.id,
      ownerOrganisationId: tenant.clb.id,
    });
    expect(both.status).toBe(400);
    const nobody = await staff.post(`${G}/todos`, { bodyId, text: 'X' });
    expect([nobody.status, nobody.body.error.code]).toEqual([422, 'TODO_OWNER_REQUIRED']);
  });
});
