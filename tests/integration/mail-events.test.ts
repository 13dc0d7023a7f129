// Issue 12 point 5: the events people expect a mail of, each in the recipient's language, sent
// through a real SMTP server in this process. R4's answer names the reference and nothing of the family.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { createUser } from '../../src/server/modules/identity';
import { startMailDelivery } from '../../src/server/modules/messages';
import { systemClock } from '../../src/server/platform/clock/system-clock';
import { referralBody } from '../support/factories';
import { createSteeringGroup } from '../support/governance-factories';
import { type Session, setupTestApp, TEST_PASSWORD } from '../support/test-app';
import { startTestSmtp, type TestSmtp } from '../support/test-smtp';

const t = await setupTestApp();
const G = '/api/v1/governance';
const today = todayIso();
const tenant = await t.createTenant();
let smtp: TestSmtp;
let worker: { stop: () => Promise<void> };
let staff: Session;
let member: Session;
let body: Awaited<ReturnType<typeof createSteeringGroup>>;

beforeAll(async () => {
  smtp = await startTestSmtp();
  worker = await startMailDelivery({
    db: t.db,
    connectionString: t.database.url,
    smtp: smtp.config,
    maxAttempts: 3,
    clock: systemClock,
    pollIntervalMs: 100,
  });
  staff = await tenant.as('staffOfficer');
  // A member who reads French: the mails come in French.
  await createUser(t.db, {
    collaborationId: tenant.collaboration.id,
    email: 'membre-fr@example.test',
    displayName: 'Test Membre',
    password: TEST_PASSWORD,
    roles: ['steeringMember'],
    locale: 'fr',
  });
  member = await t.login('membre-fr@example.test');
  body = await createSteeringGroup(staff, [{ session: member, name: 'Marie Membre' }]);
});
afterAll(async () => {
  await worker.stop();
  await smtp.stop();
});

/** The mails that arrive for an address after `action`, waiting until `count` of them did. */
async function mailsTo(address: string, count: number, action: () => Promise<unknown>) {
  const before = smtp.received.length;
  await action();
  await smtp.waitFor(before + count);
  await new Promise((resolve) => setTimeout(resolve, 300)); // nothing more on its way
  return smtp.received.slice(before).filter((m) => (m.to as { text: string }).text === address);
}

describe('governance mails', () => {
  it('sends the meeting invitation to each member with an account, in their language, the .ics attached', async () => {
    const meeting = await staff.post(`${G}/meetings`, {
      bodyId: body.id,
      date: addDays(today, 20),
      startTime: '14:00',
      location: 'Stadhuis Testdorp',
    });
    expect(meeting.status).toBe(201);
    const before = smtp.received.length;
    const mails = await mailsTo('membre-fr@example.test', 1, () =>
      staff.post(`${G}/meetings/${meeting.body.id}/invitation`),
    );
    expect(smtp.received.length - before).toBe(1); // the members without an account get none
    const [mail] = mails;
    expect(mail?.subject).toMatch(/^Invitation : Stuurgroep Testregio, .* 14:00$/);
    expect(mail?.text).toContain('Lieu : Stadhuis Testdorp');
    const [ics] = mail?.attachments ?? [];
    expect(ics?.contentType).toBe('text/calendar');
    expect(ics?.filename).toMatch(/^SG-.*\.ics$/);
    expect(ics?.content.toString()).toContain(`UID:${meeting.body.id}@eenplan`);
  });

  it('tells the members once that the minutes are shared', async () => {
    const meeting = await staff.post(`${G}/meetings`, { bodyId: body.id, date: addDays(today, -3) });
    const first = await mailsTo('membre-fr@example.test', 1, () =>
      staff.post(`${G}/meetings/${meeting.body.id}/minutes/share`),
    );
    expect(first.map((m) => m.subject)).toEqual(['Procès-verbal partagé : Stuurgroep Testregio']);
    const before = smtp.received.length;
    expect((await staff.post(`${G}/meetings/${meeting.body.id}/minutes/share`)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(smtp.received.length).toBe(before);
  });

  it('tells the owner of a new to-do when the owner is a member with an account, and nobody for a role', async () => {
    const mails = await mailsTo('membre-fr@example.test', 1, () =>
      staff.post(`${G}/todos`, {
        bodyId: body.id,
        text: 'Jaarverslag nalezen',
        ownerName: 'Marie Membre',
        dueOn: addDays(today, 14),
      }),
    );
    expect(mails.map((m) => m.subject)).toEqual(['Une nouvelle action pour vous : Jaarverslag nalezen']);
    const before = smtp.received.length;
    const byRole = await staff.post(`${G}/todos`, {
      bodyId: body.id,
      text: 'Zaal boeken',
      ownerName: 'coördinator',
    });
    expect(byRole.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(smtp.received.length).toBe(before);
  });
});

describe('R4: the answer to the registrant', () => {
  it('tells the partner that registered a referral it was not started, with the reason and the reference only', async () => {
    const partner = await tenant.as('partnerReferrer');
    const desk = await tenant.as('coordinator');
    const referral = await partner.post('/api/v1/referrals', referralBody());
    expect(referral.status).toBe(201);
    const mails = await mailsTo(partner.user.email, 1, () =>
      desk.post(`/api/v1/referrals/${referral.body.id}/decision`, {
        outcome: 'notStarted',
        reason: 'outsideRegion',
        note: 'Testkind woont sinds kort in Gent',
      }),
    );
    const [mail] = mails;
    expect(mail?.subject).toBe(`Aanmelding ${referral.body.reference}: niet opgestart`);
    expect(mail?.text).toContain('Reden: Buiten de regio');
    // No family in the mail: not the child's or parent's name, not the decision's note.
    for (const word of ['Testkind', 'Testouder', 'Voorbeeld', 'Gent', 'Sint-Niklaas'])
      expect(mail?.text).not.toContain(word);
  });

  it('mails the registrant’s contact address when one was given, on the waiting list', async () => {
    const partner = await tenant.as('partnerReferrer');
    const desk = await tenant.as('coordinator');
    const referral = await partner.post(
      '/api/v1/referrals',
      referralBody({
        registrant: {
          organisationKind: 'clb',
          organisationName: 'CLB Testpunt',
          contactName: 'Test Contact',
          contactEmail: 'onthaal@clb.example.test',
        },
      }),
    );
    const mails = await mailsTo('onthaal@clb.example.test', 1, () =>
      desk.post(`/api/v1/referrals/${referral.body.id}/decision`, { outcome: 'waitingList' }),
    );
    expect(mails.map((m) => m.subject)).toEqual([`Aanmelding ${referral.body.reference}: op de wachtlijst`]);
  });
});
