// Issue 16 point 5: eenplan keeps running through faults. A SIGTERM under load resets no
// connection (requests in flight finish, late ones hear 503 SHUTTING_DOWN); and when its embedded
// PostgreSQL dies, the API says 503 DATABASE_UNAVAILABLE and serves again without a restart.

import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningServer, removeDataDir, signInAsDemoCoordinator, startServer } from './support/server';

let dataDir = '';
afterAll(async () => {
  if (dataDir) await removeDataDir(dataDir);
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** Rejects on a reset or a refused connection: what no client may meet during a stop. */
function answerOf(request: http.ClientRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request.on('error', reject);
    request.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
      response.on('error', reject);
    });
  });
}

function get(url: string, agent: http.Agent | false, headers: Record<string, string> = {}) {
  const request = http.request(url, { agent, headers });
  const answer = answerOf(request);
  request.end();
  return answer;
}

const referral = JSON.stringify({
  fundingLine: 'regular',
  registrant: { organisationKind: 'school', organisationName: 'Basisschool De Doorloop' },
  family: { municipalityNis: '46021', members: [{ role: 'child', birthDate: '2016-06-06' }] },
  requestForHelp: 'Verstuurd terwijl eenplan stopt.',
  consentToRefer: true,
});

describe('eenplan through faults', () => {
  let server: RunningServer;

  it('on SIGTERM under load: refuses new connections, finishes what is in flight, answers late requests 503, exits 0', async () => {
    server = await startServer({ env: { EENPLAN_DRAIN_SECONDS: '120' }, startTimeoutMs: 360_000 });
    dataDir = server.dataDir;
    const session = await signInAsDemoCoordinator(server.url);

    // 120 kept-alive connections, as a load balancer or a browser keeps them.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 120 });
    const warm = await Promise.all(Array.from({ length: 120 }, () => get(`${server.url}/api/health`, agent)));
    expect(warm.every((answer) => answer.status === 200)).toBe(true);

    // 100 registrations in flight: headers and half of each body sent, the rest held back, so
    // each is certainly still running when the stop begins (a slow upload, not a timer).
    const half = Math.floor(referral.length / 2);
    const inFlight = Array.from({ length: 100 }, () => {
      const request = http.request(`${server.url}/api/v1/referrals`, {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(referral)),
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
        },
      });
      request.write(referral.slice(0, half));
      return { request, answer: answerOf(request) };
    });
    // A request sent after them on a new connection is answered: the server has read theirs.
    expect((await get(`${server.url}/api/health`, false)).status).toBe(200);

    const exited = server.stop('SIGTERM');
    while (!server.output().includes('SIGTERM received'))
      await new Promise((resolve) => setTimeout(resolve, 20));

    // No new connection is accepted…
    await expect(get(`${server.url}/api/health`, false)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    // …a request on a kept-alive connection hears 503 SHUTTING_DOWN, in its language, and the
    // connection closes after it…
    const late = await Promise.all(
      Array.from({ length: 20 }, () =>
        get(`${server.url}/api/v1/referrals`, agent, { cookie: session.cookie, 'accept-language': 'nl' }),
      ),
    );
    for (const answer of late) {
      expect(answer.status).toBe(503);
      expect(answer.headers.connection).toBe('close');
      expect(answer.headers['retry-after']).toBe('5');
      expect(JSON.parse(answer.body)).toEqual({
        error: {
          code: 'SHUTTING_DOWN',
          message:
            'Eenplan start opnieuw op. Er is niets gewijzigd; probeer het over enkele seconden opnieuw.',
        },
      });
    }
    // …and every request in flight finishes (no reset), then the process ends cleanly.
    for (const { request } of inFlight) request.end(referral.slice(half));
    const finished = await Promise.all(inFlight.map(({ answer }) => answer));
    expect(finished.map((answer) => answer.status)).toEqual(Array(100).fill(201));
    expect(finished.every((answer) => answer.headers.connection === 'close')).toBe(true);
    expect(await exited, server.output()).toBe(0);
    agent.destroy();
  }, 400_000); // the first start builds the demo data: minutes on a busy machine

  it('answers 503 while its embedded PostgreSQL is dead, starts it again, and serves again', async () => {
    server = await startServer({ ...(dataDir ? { dataDir } : {}), startTimeoutMs: 360_000 });
    dataDir = server.dataDir;
    const session = await signInAsDemoCoordinator(server.url);
    // A failure says what the server said (a reset here would be a crash of the app).
    const list = () =>
      get(`${server.url}/api/v1/referrals`, false, { cookie: session.cookie }).catch((error) => {
        throw new Error(`${error.message}\n${server.output()}`);
      });
    expect((await list()).status).toBe(200);

    const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
    const postmaster = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
    process.kill(postmaster, 'SIGKILL');

    // Until it runs again every answer is 200 (a connection still open) or 503, never a 500.
    const seen: number[] = [];
    while (!(seen.includes(503) && seen.at(-1) === 200)) {
      const answer = await list();
      seen.push(answer.status);
      expect([200, 503], answer.body).toContain(answer.status);
      if (answer.status === 503) {
        expect(JSON.parse(answer.body).error.code).toBe('DATABASE_UNAVAILABLE');
        expect(answer.headers['retry-after']).toBe('5');
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(server.output()).toContain('the embedded PostgreSQL stopped unexpectedly (signal SIGKILL)');
    expect(server.output()).toMatch(/the embedded PostgreSQL runs again \(attempt \d+\)/);
    const restarted = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
    expect(restarted).not.toBe(postmaster);

    const ready = await get(`${server.url}/api/ready`, false);
    expect([ready.status, JSON.parse(ready.body).checks]).toEqual([
      200,
      { database: 'ok', migrations: 'ok', stopping: false },
    ]);
    expect(await server.stop('SIGTERM'), server.output()).toBe(0);
  }, 400_000);
});
