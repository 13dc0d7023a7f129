// The composition root: the HTTP shell, with every module's routes plugged in.
import type { Clock } from '../domain/clock';
import { assignmentGuard, assignmentRoutes } from './modules/assignment';
import { coachingRoutes } from './modules/coaching';
import { collaborationsRoutes } from './modules/collaborations';
import { consentRoutes } from './modules/consent';
import { documentsRoutes } from './modules/documents';
import { familiesRoutes } from './modules/families';
import { fundingRoutes } from './modules/funding';
import { governanceRoutes } from './modules/governance';
import {
  accountsRoutes,
  identityRoutes,
  invitationsRoutes,
  passkeysRoutes,
  passwordResetRoutes,
  resolveSession,
  SESSION_COOKIE,
  secondFactorRoutes,
  singleSignOnRoutes,
} from './modules/identity';
import { countStartedOnLine, intakeRoutes } from './modules/intake';
import { mergeFamilyFiles, mergingRoutes } from './modules/merging';
import { messagesRoutes } from './modules/messages';
import { networkRoutes, organisationsRoutes } from './modules/network';
import { notificationsRoutes } from './modules/notifications';
import { plansRoutes } from './modules/plans';
import { portalConsentRoutes, portalRoutes, tellFamilyFileClosed } from './modules/portal';
import { reportsRoutes } from './modules/reports';
import { retentionRoutes } from './modules/retention';
import { socialMapRoutes } from './modules/socialmap';
import { teamRoutes } from './modules/team';
import { trajectoriesRoutes, worklistRoutes } from './modules/trajectories';
import { portalVoiceRoutes, voiceRoutes } from './modules/voice';
import { systemClock } from './platform/clock/system-clock';
import type { Database } from './platform/db/database';
import { healthRoutes } from './platform/http/health';
import { createHttpServer } from './platform/http/http-server';

export type AppOptions = {
  database: Database;
  databaseKind: 'embedded' | 'external';
  logLevel?: string;
  logStream?: { write: (line: string) => void };
  webDir?: string | null;
  secureCookies?: boolean;
  /** EENPLAN_TRUSTED_PROXIES: whose X-Forwarded-For is believed; none by default. */
  trustedProxies?: readonly string[];
  /** EENPLAN_PUBLIC_URL: where people reach eenplan; the base of links in mails and sign-in redirects. */
  publicUrl?: string;
  /** Whose today the rules see (ADR 027): the machine's unless a test or a demo fixes it. */
  clock?: Clock;
};

export async function buildApp(options: AppOptions) {
  const { db } = options.database;
  const clock = options.clock ?? systemClock;
  const publicUrl = options.publicUrl ?? 'http://localhost:3000';
  const app = await createHttpServer({
    authenticate: (request) => resolveSession(db, request.cookies[SESSION_COOKIE], clock),
    logLevel: options.logLevel ?? 'silent',
    logStream: options.logStream,
    webDir: options.webDir ?? null,
    trustedProxies: options.trustedProxies ?? [],
  });

  // Liveness and readiness for a process manager or a load balancer (ADR 043).
  await app.register(healthRoutes({ db, databaseKind: options.databaseKind }));
  await app.register(identityRoutes({ db, clock, secureCookies: options.secureCookies ?? false }));
  await app.register(
    singleSignOnRoutes({
      db,
      clock,
      secureCookies: options.secureCookies ?? false,
      publicUrl: publicUrl,
    }),
  );
  await app.register(secondFactorRoutes({ db, secureCookies: options.secureCookies ?? false, publicUrl }));
  // Passkeys beside the authenticator app (ADR 040).
  await app.register(passkeysRoutes({ db, publicUrl }));
  await app.register(passwordResetRoutes({ db, clock, publicUrl: publicUrl }));
  await app.register(invitationsRoutes({ db, clock, secureCookies: options.secureCookies ?? false }));
  await app.register(accountsRoutes({ db, publicUrl }));
  await app.register(networkRoutes({ db }));
  await app.register(collaborationsRoutes({ db, publicUrl })); // issue 15: the platform
  await app.register(organisationsRoutes({ db }));
  await app.register(fundingRoutes({ db, startsOnLine: countStartedOnLine })); // R6 R12: starts commit money
  await app.register(intakeRoutes({ db, mergeFamilyFiles }));
  await app.register(reportsRoutes({ db }));
  await app.register(teamRoutes({ db, publicUrl }));
  // R10: caseload per FTE and assignment by availability.
  await app.register(assignmentRoutes({ db }));
  await app.register(governanceRoutes({ db }));
  // The family's journey: file, plan, trajectories, the family's view, worklists.
  // R10 holds on the family file's own assignment route too.
  await app.register(familiesRoutes({ db, assignmentGuard }));
  await app.register(mergingRoutes({ db }));
  await app.register(plansRoutes({ db }));
  // R30: at closing the family hears how long the file is kept (a mail to its own accounts).
  await app.register(trajectoriesRoutes({ db, onFileClosed: tellFamilyFileClosed({ publicUrl }) }));
  await app.register(portalRoutes({ db, publicUrl }));
  // Consent and sharing (R29), minors (R27), marks kept from the family (R28).
  await app.register(consentRoutes({ db }));
  await app.register(portalConsentRoutes({ db }));
  await app.register(retentionRoutes({ db })); // R30
  await app.register(socialMapRoutes({ db })); // issue 14: the social map
  await app.register(worklistRoutes({ db }));
  await app.register(voiceRoutes({ db, publicUrl }));
  await app.register(portalVoiceRoutes({ db }));
  await app.register(documentsRoutes({ db }));
  // Family coaching (R23): the central registration point.
  await app.register(coachingRoutes({ db }));
  // E-mail: the administrator's outbox (ADR 032).
  await app.register(messagesRoutes({ db }));
  await app.register(notificationsRoutes({ db }));
  return app;
}
