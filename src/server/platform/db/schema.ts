// The one schema source drizzle-kit generates migrations from: every module's own tables.
export * from '../../modules/audit/audit.schema';
export * from '../../modules/families/families.schema';
export * from '../../modules/funding/funding.schema';
export * from '../../modules/governance/governance.schema';
export * from '../../modules/identity/identity.schema';
export * from '../../modules/intake/intake.schema';
export * from '../../modules/network/network.schema';
export * from '../../modules/team/team.schema';
