// Governance test data: a body with members, some linked to accounts; obviously fictional people.
import { expect } from 'vitest';
import type { BodyMemberInput } from '../../src/contracts/governance/bodies';
import { addDays } from '../../src/domain/dates';
import { systemClock } from '../../src/server/platform/clock/system-clock';
import type { Session } from './test-app';

/** A member since a year before `today` (the machine's by default), so a member now. */
export function memberBody(
  overrides: Partial<BodyMemberInput> = {},
  today = systemClock.today(),
): BodyMemberInput {
  return { name: 'Testlid Voorbeeld', role: 'member', from: addDays(today, -365), ...overrides };
}

/** A steering group with a chair, two members without account, and the given accounts as members. */
export async function createSteeringGroup(
  staff: Session,
  members: { session: Session; name: string }[] = [],
) {
  const body = await staff.post('/api/v1/governance/bodies', {
    kind: 'steeringGroup',
    name: 'Stuurgroep Testregio',
    abbreviation: 'SG',
  });
  expect(body.status).toBe(201);
  const id = body.body.id as string;
  const add = async (member: BodyMemberInput) => {
    const res = await staff.post(`/api/v1/governance/bodies/${id}/members`, member);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  };
  await add(memberBody({ name: 'Greet Voorzitter', role: 'chair', organisationName: 'Testpartner Kern' }));
  await add(memberBody({ name: 'Ann Afwezig', organisationName: 'CAW Testregio' }));
  await add(memberBody({ name: 'Koen Vervangen', organisationName: 'Sociaal Huis Test' }));
  for (const m of members) await add(memberBody({ name: m.name, userId: m.session.user.id }));
  const detail = await staff.get(`/api/v1/governance/bodies/${id}`);
  const memberId = (name: string) =>
    (detail.body.members as { id: string; name: string }[]).find((m) => m.name === name)?.id as string;
  return { id, memberId };
}
