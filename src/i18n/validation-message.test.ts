// ADR 028: one path from a refused field to its message. The forms parse with `reportInput`; the
// server sees zod's issue without the input, split by fastify-type-provider-zod. Both must name
// the same problem, so a person reads the same words before and after sending.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { INT4_MAX, isoDate, MAX_YEAR, requiredText, text } from '../contracts/common';
import { resources } from './index';
import { type ValidationIssue, validationMessage, validationProblem } from './validation-message';

const schema = z.object({
  name: requiredText(20),
  code: z.string().min(3).optional(),
  note: text(5).optional(),
  email: z.email().optional(),
  minutes: z.number().int().min(5).max(480).optional(),
  cents: z.number().int().min(0).max(INT4_MAX).optional(),
  kind: z.enum(['a', 'b']).optional(),
  on: isoDate.optional(),
  members: z.array(z.string()).min(1).optional(),
});

/** The issue of one field, as the form sees it and as the server's error handler rebuilds it. */
function issuesOf(input: Record<string, unknown>) {
  const form = schema.safeParse({ name: 'Naam', ...input }, { reportInput: true }).error?.issues[0];
  const raw = schema.safeParse({ name: 'Naam', ...input }).error?.issues[0];
  if (!form || !raw) throw new Error('expected the input to be refused');
  const { path: _path, code, message, ...params } = raw;
  const server: ValidationIssue = { ...params, code, message };
  return { form, server };
}

describe('a refused field', () => {
  it.each([
    [{ name: undefined }, { problem: 'required' }],
    [{ name: '   ' }, { problem: 'required' }],
    [{ code: 'ab' }, { problem: 'tooShort' }],
    [{ note: 'zes tekens' }, { problem: 'tooLong' }],
    [{ email: 'geen-adres' }, { problem: 'email' }],
    [{ minutes: 2 }, { problem: 'atLeast', values: { min: 5 } }],
    [{ minutes: 481 }, { problem: 'atMost', values: { max: 480 } }],
    // PostgreSQL's integer is no rule a person can act on: its bound is not named.
    [{ cents: INT4_MAX + 1 }, { problem: 'numberRange' }],
    [{ kind: 'c' }, { problem: 'choice' }],
    [{ on: '31/12/2026' }, { problem: 'date' }],
    [{ on: `${MAX_YEAR + 1}-01-01` }, { problem: 'dateRange' }],
    [{ name: 'Naam\u0000' }, { problem: 'controlCharacter' }],
    [{ members: [] }, { problem: 'required' }],
  ])('%o is the same problem in the form and on the server: %o', (input, expected) => {
    const { form, server } = issuesOf(input);
    expect(validationProblem(form)).toEqual(expected);
    expect(validationProblem(server)).toEqual(expected);
  });

  it('reads the message in the language asked, with its bound filled in', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'nl', ns: ['errors'], interpolation: { escapeValue: false } });
    const { server } = issuesOf({ minutes: 2 });
    const inLanguage = (lng: string) =>
      validationMessage(server, (key, values) => i18n.t(`errors:${key}`, { lng, ...values }));
    expect([inLanguage('nl'), inLanguage('en'), inLanguage('fr')]).toEqual([
      'Minstens 5.',
      'At least 5.',
      'Au moins 5.',
    ]);
  });
});
