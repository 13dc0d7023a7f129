// ADR 027: the app lives on the day its clock says, not the machine's. Here it is Monday
// 15 March 2027 — a day the machine has not reached yet — and the rules answer as of that day.
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock';
import { referralBody } from '../support/factories';
import { type Session, setupTestApp } from '../support/test-app';

const TODAY = '2027-03-15'; // a Monday
const t = await setupTestApp({ clock: fixedClock(TODAY) });
let desk: Session;

beforeAll(async () => {
  desk = await (await t.createTenant()).as('coordinator');
});

describe('an app on a fixed clock', () => {
  it('takes a referral received on the clock’s Friday and counts R4’s answer target from it', async () => {
    const res = await desk.post('/api/v1/referrals', referralBody({ receivedOn: '2027-03-12' }, TODAY));
    expect(res.status, res.text).toBe(201);
    // R4: three working days after Friday is Wednesday; on Monday one working day has passed.
    expect(res.body.answer).toMatchObject({ dueOn: '2027-03-17', state: 'onTime', workingDaysOpen: 1 });
    // R26: the perspective-giving conversation a calendar month after receipt.
    expect(res.body.perspectiveConversation).toMatchObject({ dueOn: '2027-04-12', state: 'onTime' });
  });

  it('sees a referral of last Tuesday as overdue on Monday (R4)', async () => {
    const res = await desk.post('/api/v1/referrals', referralBody({ receivedOn: '2027-03-09' }, TODAY));
    expect(res.status, res.text).toBe(201);
    expect(res.body.answer).toMatchObject({ dueOn: '2027-03-12', state: 'overdue', workingDaysOpen: 4 });
  });

  it('refuses tomorrow as a receipt date: the future is the clock’s, not the machine’s', async () => {
    const res = await desk.post('/api/v1/referrals', referralBody({ receivedOn: '2027-03-16' }, TODAY));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('REFERRAL_RECEIVED_IN_FUTURE');
  });

  it('defaults a referral without a receipt date to the clock’s today', async () => {
    const res = await desk.post('/api/v1/referrals', referralBody({ receivedOn: undefined }, TODAY));
    expect(res.status, res.text).toBe(201);
    expect(res.body.receivedOn).toBe(TODAY);
    expect(res.body.answer).toMatchObject({ state: 'onTime', workingDaysOpen: 0 });
  });
});
