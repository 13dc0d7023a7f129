// ADR 028: a refused field reads the same on the server as in the form that sent it. The forms
// translate zod's issue with validationMessage(); the server's error handler does too.
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { sessionPolicyBody } from '../../src/contracts/identity';
import { resources } from '../../src/i18n';
import { validationMessage } from '../../src/i18n/validation-message';
import { type Session, setupTestApp } from '../support/test-app';

const t = await setupTestApp();
let admin: Session;

const i18n = i18next.createInstance();
await i18n.init({ resources, lng: 'nl', ns: ['errors'], interpolation: { escapeValue: false } });

/** What the form shows under the first refused field, in the given language. */
function formMessage(body: unknown, lng: string): string {
  const issue = sessionPolicyBody.safeParse(body, { reportInput: true }).error?.issues[0];
  if (!issue) throw new Error('expected the form to refuse the input');
  return validationMessage(issue, (key, values) => i18n.t(`errors:${key}`, { lng, ...values }));
}

beforeAll(async () => {
  admin = await (await t.createTenant()).as('administrator');
});

describe('a number outside its bounds', () => {
  it('is answered with the bound, in the words the form uses, in each language', async () => {
    const body = { idleMinutes: 2, maxHours: 8 };
    for (const [lng, expected] of [
      ['nl-BE', 'Minstens 5.'],
      ['en', 'At least 5.'],
      ['fr', 'Au moins 5.'],
    ] as const) {
      const res = await admin.put('/api/v1/auth/session-policy', body, { 'accept-language': lng });
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([
        { field: 'idleMinutes', code: 'too_small', message: expected },
      ]);
      expect(formMessage(body, lng.slice(0, 2))).toBe(expected);
    }
  });

  it('above its bound says the most it may be', async () => {
    const body = { idleMinutes: 60, maxHours: 25 };
    const res = await admin.put('/api/v1/auth/session-policy', body);
    expect(res.body.error.details).toEqual([
      { field: 'maxHours', code: 'too_big', message: 'Hoogstens 24.' },
    ]);
    expect(formMessage(body, 'nl')).toBe('Hoogstens 24.');
  });

  it('a missing number is a field to fill in, on both sides', async () => {
    const body = { maxHours: 8 };
    const res = await admin.put('/api/v1/auth/session-policy', body);
    expect(res.body.error.details).toEqual([
      { field: 'idleMinutes', code: 'invalid_type', message: 'Verplicht veld.' },
    ]);
    expect(formMessage(body, 'nl')).toBe('Verplicht veld.');
  });
});
