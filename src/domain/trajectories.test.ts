import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './dates';
import {
  bridgingContactStatus,
  checkClosing,
  checkExtensionAcceptance,
  checkExtensionRequest,
  checkStart,
  type Handover,
  handoverMissing,
  needsCoordinationMeetings,
  shortTermEndsOn,
  shortTermStatus,
  shortTermWarnsOn,
} from './trajectories';

describe('R1: a short strength-based trajectory lasts at most 4 months', () => {
  it('started on 31 January it ends on 31 May, warned from 15 May (3.5 months)', () => {
    expect(shortTermEndsOn('2026-01-31')).toBe('2026-05-31');
    expect(shortTermWarnsOn('2026-01-31')).toBe('2026-05-15');
    expect(shortTermEndsOn('2026-10-31')).toBe('2027-02-28');
  });

  it('runs, ends soon from 3.5 months, is overdue the day after the 4 months', () => {
    const at = (today: string) => shortTermStatus({ startedOn: '2026-01-31', today, extension: null }).state;
    expect(at('2026-05-14')).toBe('running');
    expect(at('2026-05-15')).toBe('endingSoon');
    expect(at('2026-05-31')).toBe('endingSoon');
    expect(at('2026-06-01')).toBe('overdue');
  });

  it('goes past 4 months only with an accepted extension; a pending one does not count', () => {
    const requested = { requestedBy: 'w', untilOn: '2026-07-15', acceptedOn: null };
    const pending = shortTermStatus({ startedOn: '2026-01-31', today: '2026-06-10', extension: requested });
    expect(pending).toMatchObject({ state: 'overdue', endsOn: '2026-05-31', isExtensionPending: true });
    const accepted = { ...requested, acceptedOn: '2026-05-20' };
    expect(
      shortTermStatus({ startedOn: '2026-01-31', today: '2026-06-10', extension: accepted }),
    ).toMatchObject({
      state: 'extended',
      endsOn: '2026-07-15',
      isExtensionPending: false,
    });
    expect(shortTermStatus({ startedOn: '2026-01-31', today: '2026-07-16', extension: accepted }).state).toBe(
      'overdue',
    );
  });

  it('an extension must reach past the 4 months, and only for short trajectories', () => {
    const base = { kind: 'shortTerm' as const, startedOn: '2026-01-31', current: null };
    expect(checkExtensionRequest({ ...base, untilOn: '2026-05-31' })?.code).toBe('EXTENSION_NOT_NEEDED');
    expect(checkExtensionRequest({ ...base, untilOn: '2026-06-01' })).toBeNull();
    // at most a year past the 4 months (issue 10: 9999-12-31 was accepted)
    expect(checkExtensionRequest({ ...base, untilOn: '2027-05-31' })).toBeNull();
    expect(checkExtensionRequest({ ...base, untilOn: '2027-06-01' })?.code).toBe('EXTENSION_TOO_LONG');
    expect(checkExtensionRequest({ ...base, untilOn: '9999-12-31' })?.code).toBe('EXTENSION_TOO_LONG');
    expect(checkExtensionRequest({ ...base, kind: 'bridging', untilOn: '2026-09-01' })?.code).toBe(
      'EXTENSION_NOT_FOR_KIND',
    );
  });

  it('is accepted by a coach (not their own request) or the coordinator', () => {
    const current = { requestedBy: 'coach-1', untilOn: '2026-07-01', acceptedOn: null };
    const accept = (acceptorId: string, roles: ('coach' | 'coordinator' | 'liaisonWorker')[]) =>
      checkExtensionAcceptance({ current, acceptorId, acceptorRoles: roles })?.code ?? null;
    expect(accept('coach-2', ['coach'])).toBeNull();
    expect(accept('coach-1', ['coach'])).toBe('EXTENSION_OWN_REQUEST');
    expect(accept('coach-1', ['coordinator'])).toBeNull();
    expect(accept('worker', ['liaisonWorker'])).toBe('EXTENSION_ACCEPTOR_ROLE');
    expect(
      checkExtensionAcceptance({ current: null, acceptorId: 'x', acceptorRoles: ['coordinator'] })?.code,
    ).toBe('EXTENSION_NOT_REQUESTED');
  });
});

describe('R2: bridging help keeps about one contact a month', () => {
  it('31 days without contact is still on time (due today), 32 is overdue', () => {
    const at = (today: string) =>
      bridgingContactStatus({ startedOn: '2026-01-05', lastContactOn: '2026-03-01', today });
    expect(at('2026-03-31')).toMatchObject({ daysWithoutContact: 30, state: 'onTime', dueOn: '2026-04-01' });
    expect(at('2026-04-01')).toMatchObject({ daysWithoutContact: 31, state: 'dueToday' });
    expect(at('2026-04-02')).toMatchObject({ daysWithoutContact: 32, state: 'overdue' });
  });

  it('counts from the start while there was no contact, and ignores contacts before the start', () => {
    expect(
      bridgingContactStatus({ startedOn: '2026-02-01', lastContactOn: null, today: '2026-03-05' }),
    ).toMatchObject({ lastContactOn: null, dueOn: '2026-03-04', state: 'overdue' });
    expect(
      bridgingContactStatus({ startedOn: '2026-02-01', lastContactOn: '2026-01-20', today: '2026-02-10' }),
    ).toMatchObject({ lastContactOn: null, state: 'onTime' });
  });

  it('is overdue exactly when more than 31 days passed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (days) => {
        const s = bridgingContactStatus({
          startedOn: '2026-01-01',
          lastContactOn: '2026-01-10',
          today: addDays('2026-01-10', days),
        });
        return (s.state === 'overdue') === days > 31;
      }),
    );
  });
});

const handover = (over: Partial<Handover> = {}): Handover => ({
  receivingServices: [{ organisation: 'CGG Voorbeeld' }],
  conversationOn: '2026-03-10',
  conversationParticipants: ['moeder', 'CGG'],
  sharedInformation: 'Het gezinsplan en de evolutie sinds de start.',
  coordinationAgreement: 'Maandelijks overleg met het gezin.',
  ...over,
});

describe('R3: a warm hand-over', () => {
  it('needs the receiving service, the joint conversation, what was shared and how it goes on', () => {
    expect(handoverMissing(handover())).toEqual([]);
    expect(
      handoverMissing(
        handover({
          receivingServices: [],
          conversationOn: null,
          conversationParticipants: [],
          sharedInformation: ' ',
        }),
      ),
    ).toEqual(['receivingService', 'conversation', 'participants', 'sharedInformation']);
  });

  it('plans coordination meetings when several services start', () => {
    expect(needsCoordinationMeetings(handover())).toBe(false);
    expect(
      needsCoordinationMeetings({ receivingServices: [{ organisation: 'CGG' }, { organisation: 'cgg ' }] }),
    ).toBe(false);
    expect(
      needsCoordinationMeetings({ receivingServices: [{ organisation: 'CGG' }, { organisation: 'CAW' }] }),
    ).toBe(true);
  });
});

describe('starting and closing', () => {
  it('does not start in the future nor twice of one kind', () => {
    const base = { kind: 'bridging' as const, fundingLine: 'regular', today: '2026-03-01', openKinds: [] };
    expect(checkStart({ ...base, startedOn: '2026-03-02' })?.code).toBe('TRAJECTORY_START_IN_FUTURE');
    expect(checkStart({ ...base, startedOn: '2026-03-01' })).toBeNull();
    expect(checkStart({ ...base, startedOn: '2026-03-01', openKinds: ['bridging'] })?.code).toBe(
      'TRAJECTORY_ALREADY_OPEN',
    );
  });

  it('R5: family care starts only on the family-care line; other kinds on any line', () => {
    const base = { today: '2026-03-01', startedOn: '2026-03-01', openKinds: [] };
    expect(checkStart({ ...base, kind: 'familyCare', fundingLine: 'regular' })).toEqual({
      code: 'FAMILY_CARE_LINE_REQUIRED',
      field: 'fundingLine',
    });
    expect(checkStart({ ...base, kind: 'familyCare', fundingLine: 'familyCare' })).toBeNull();
    expect(checkStart({ ...base, kind: 'shortTerm', fundingLine: 'familyCare' })).toBeNull();
  });

  const closing = {
    kind: 'shortTerm' as const,
    isOpen: true,
    startedOn: '2026-01-31',
    closedOn: '2026-05-20',
    today: '2026-05-25',
    reason: 'goalsReached' as const,
    handover: null,
    closingConversationOn: '2026-05-20',
    familyRating: 8,
  };

  it('R21: the family rates what the help meant at the closing conversation', () => {
    expect(checkClosing(closing)).toBeNull();
    expect(checkClosing({ ...closing, familyRating: null })?.code).toBe('FAMILY_RATING_REQUIRED');
    expect(checkClosing({ ...closing, closingConversationOn: null, familyRating: null })).toBeNull();
  });

  it('refuses dates before the start or in the future', () => {
    expect(checkClosing({ ...closing, closedOn: '2026-01-30' })?.code).toBe('CLOSE_BEFORE_START');
    expect(checkClosing({ ...closing, closedOn: '2026-05-26' })?.code).toBe('CLOSE_IN_FUTURE');
    expect(checkClosing({ ...closing, isOpen: false })?.code).toBe('TRAJECTORY_ALREADY_CLOSED');
  });

  it('R20: moving out is never a silent stop, it ends in a hand-over to the new region', () => {
    expect(checkClosing({ ...closing, reason: 'movedOutOfRegion' })?.code).toBe('MOVING_OUT_NEEDS_HANDOVER');
    const movingOut = { ...closing, kind: 'movingOut' as const };
    expect(checkClosing({ ...movingOut, reason: 'familyStopped' })?.code).toBe('CLOSE_REASON_NOT_FOR_KIND');
    expect(
      checkClosing({ ...movingOut, reason: 'handedOver', handover: handover({ conversationOn: null }) }),
    ).toEqual({ code: 'HANDOVER_INCOMPLETE', field: 'reason', missing: ['conversation'] });
    expect(checkClosing({ ...movingOut, reason: 'handedOver', handover: handover() })).toBeNull();
  });

  it('closes each kind only for its own reasons', () => {
    expect(checkClosing({ ...closing, reason: 'followUpCareStarted' })?.code).toBe(
      'CLOSE_REASON_NOT_FOR_KIND',
    );
    expect(checkClosing({ ...closing, kind: 'bridging', reason: 'followUpCareStarted' })).toBeNull();
  });
});
