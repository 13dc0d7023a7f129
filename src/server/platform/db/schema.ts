// The one schema source drizzle-kit generates migrations from: every module's own tables.
export * from '../../modules/assignment/assignment.schema';
export * from '../../modules/audit/audit.schema';
// Family coaching (R23).
export * from '../../modules/coaching/coaching.schema';
// Consent and sharing (R29), minors (R27), what is never shown (R28).
export * from '../../modules/consent/consent.schema';
// Documents in a family's file, shared with the family (ADR 052).
export * from '../../modules/documents/documents.schema';
export * from '../../modules/families/families.schema';
export * from '../../modules/funding/funding.schema';
export * from '../../modules/governance/governance.schema';
// The second factor "a code by e-mail" (ADR 051).
export * from '../../modules/identity/email-code.schema';
// A family member's own account (issue 13).
export * from '../../modules/identity/family-accounts.schema';
export * from '../../modules/identity/identity.schema';
// Invitations to set a password (issue 12).
export * from '../../modules/identity/invitations.schema';
// Passkeys (ADR 040).
export * from '../../modules/identity/passkeys.schema';
export * from '../../modules/identity/second-factor.schema';
export * from '../../modules/identity/single-sign-on.schema';
export * from '../../modules/intake/intake.schema';
// E-mail: the outbox (ADR 032).
export * from '../../modules/messages/messages.schema';
export * from '../../modules/network/network.schema';
// Reminders and in-app notifications (ADR 039).
export * from '../../modules/notifications/notifications.schema';
// The family's journey (issue 3).
export * from '../../modules/plans/plans.schema';
// R30: how long files are kept (issue 13).
export * from '../../modules/retention/retention.schema';
// Issue 14: the social map, partners' offers.
export * from '../../modules/socialmap/socialmap.schema';
export * from '../../modules/team/team.schema';
export * from '../../modules/trajectories/trajectories.schema';
// The family's voice (issue 13 point 3): its own words, agreement, corrections, messages.
export * from '../../modules/voice/voice.schema';
