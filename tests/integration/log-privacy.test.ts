// Issue 10, point 10: logs hold no personal data. A query that fails carries its parameters
// (names, notes) and PostgreSQL's detail repeats the row; none of it may reach a log line,
// while what identifies the problem (SQLSTATE, constraint, request id) does.
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { referralBody } from '../support/factories';
import { type Session, setupTestApp } from '../support/test-app';

const lines: string[] = [];
const t = await setupTestApp({ logLevel: 'info', logStream: { write: (line) => void lines.push(line) } });
let desk: Session;

const NAME = 'Geheimnaam-Vandaele';
const NOTE = 'Mama vertelde over de ruzie met haar ex';

beforeAll(async () => {
  desk = await (await t.createTenant()).as('coordinator');
  // Forces a database error on a referral whose request for help holds the note: its insert
  // fails with a check violation, the kind of error whose detail repeats the whole row.
  // Only the owner of the tables may add a constraint; the app's role cannot (ADR 025).
  const owner = new pg.Client({ connectionString: t.database.ownerUrl });
  await owner.connect();
  await owner.query(
    "alter table referrals add constraint test_refuse_note check (request_for_help not like '%ruzie%')",
  );
  await owner.end();
});

describe('log lines', () => {
  it('a failing query is logged by its code and request id, never by its names or notes', async () => {
    lines.length = 0;
    const res = await desk.post(
      '/api/v1/referrals?familyName=Geheimnaam-Vandaele',
      referralBody({
        requestForHelp: NOTE,
        family: {
          municipalityNis: '46021',
          members: [{ role: 'child', givenName: 'Lotte', familyName: NAME, birthDate: '2015-02-03' }],
        },
      }),
    );
    expect(res.status).toBe(500);
    const log = lines.join('');
    const failure = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'unhandled error');
    expect(failure).toBeDefined();
    expect(log).not.toContain(NAME);
    expect(log).not.toContain('ruzie');
    expect(log).not.toContain('2015-02-03');
    expect(log).not.toContain('Failing row');
    // What identifies the problem stays: the SQLSTATE, the constraint and the request.
    expect(failure.err.cause).toMatchObject({ code: '23514', constraint: 'test_refuse_note' });
    expect(failure.reqId).toEqual(expect.any(String));
  });
});
