/** Module boundaries of eenplan (docs/ARCHITECTURE.md), checked in CI by `npm run boundaries`. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain is the rulebook: pure functions, imported by server and web, importing neither.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { path: '^src/(server|web|contracts|i18n)/' },
    },
    {
      name: 'contracts-are-shared',
      comment: 'Contracts are imported by server and web; they import only zod and the domain.',
      severity: 'error',
      from: { path: '^src/contracts/' },
      to: { path: '^src/(server|web)/' },
    },
    {
      name: 'web-never-imports-server',
      severity: 'error',
      from: { path: '^src/web/' },
      to: { path: '^src/server/' },
    },
    {
      name: 'server-never-imports-web',
      severity: 'error',
      from: { path: '^src/server/' },
      to: { path: '^src/web/' },
    },
    {
      name: 'platform-knows-no-module',
      comment: 'The platform serves every module and depends on none (schema.ts only gathers the tables).',
      severity: 'error',
      from: { path: '^src/server/platform/', pathNot: '^src/server/platform/db/schema\\.ts$' },
      to: { path: '^src/server/modules/' },
    },
    {
      name: 'modules-talk-through-index',
      comment: 'A module asks another module through that module’s index.ts, never its files or tables.',
      severity: 'error',
      from: { path: '^src/server/modules/([^/]+)/', pathNot: '\\.schema\\.ts$' },
      to: {
        path: '^src/server/modules/([^/]+)/',
        pathNot: ['^src/server/modules/$1/', '^src/server/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'governance-rooms-share-facts',
      comment:
        'Governance is four rooms (ADR 031) over one schema and one scope at governance/: bodies, meetings, advice, ' +
        'outcomes. A room reads another room’s repository and views, never its use cases or routes; the one use case ' +
        'that crosses is deciding an advice round, which records the decision (R14).',
      severity: 'error',
      from: { path: '^src/server/modules/governance/(bodies|meetings|advice|outcomes)/' },
      to: {
        path: '^src/server/modules/governance/(bodies|meetings|advice|outcomes)/',
        pathNot: [
          '^src/server/modules/governance/$1/',
          '\\.repository\\.ts$',
          '-views?\\.ts$',
          '^src/server/modules/governance/outcomes/record-decision\\.ts$',
        ],
      },
    },
    {
      name: 'modules-never-import-the-seed',
      comment:
        'The demo seed writes through the modules’ use cases, and where the past must be written (a plan version ' +
        'saved months ago) through its own repository (ADR 031). No module or the platform reaches the seed.',
      severity: 'error',
      from: { path: '^src/server/(modules|platform)/' },
      to: { path: '^src/server/seed/' },
    },
    {
      name: 'schemas-reference-schemas-only',
      comment: 'Foreign keys may point into another module’s schema; nothing else of it.',
      severity: 'error',
      from: { path: '^src/server/modules/([^/]+)/[^/]+\\.schema\\.ts$' },
      to: {
        path: '^src/server/modules/([^/]+)/',
        pathNot: ['^src/server/modules/$1/', '\\.schema\\.ts$'],
      },
    },
    {
      name: 'no-web-feature-cross-imports',
      comment: 'Pages compose features; features do not import each other.',
      severity: 'error',
      from: { path: '^src/web/features/([^/]+)/' },
      to: { path: '^src/web/features/([^/]+)/', pathNot: '^src/web/features/$1/' },
    },
    {
      name: 'web-features-never-import-app',
      comment:
        'Pages compose features, never the other way: a feature offers after-save slots and the page in ' +
        'src/web/app fills them (ADR 030). Shared web code (lib, components) serves the features and knows no page.',
      severity: 'error',
      from: { path: '^src/web/(features|lib|components)/' },
      to: { path: '^src/web/app/' },
    },
    {
      name: 'web-shared-code-knows-no-feature',
      comment: 'lib and components are shared by every feature, so they import none (a feature’s data is its own).',
      severity: 'error',
      from: { path: '^src/web/(lib|components)/' },
      to: { path: '^src/web/features/' },
    },
    {
      name: 'queries-in-repositories',
      comment:
        'Only a module’s *.repository.ts and *.schema.ts speak drizzle; use cases call named repository functions. ' +
        'The platform’s db folder holds the shared helpers (findInTenant, lockFor, pingDatabase). Tests may use sql to look.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['\\.(repository|schema)\\.ts$', '^src/server/platform/db/'] },
      to: { path: 'node_modules/drizzle-orm/' },
    },
    {
      name: 'tables-in-repositories',
      comment: 'A module’s tables are read and written by its repository; nothing else imports a *.schema.ts.',
      severity: 'error',
      from: {
        path: '^(src|tests|bench)/',
        pathNot: ['\\.(repository|schema)\\.ts$', '^src/server/platform/db/'],
      },
      to: { path: ['\\.schema\\.ts$', '^src/server/platform/db/schema\\.ts$'] },
    },
    {
      name: 'index-exports-no-tables',
      comment: 'A module’s index.ts offers use cases and facts, never its tables.',
      severity: 'error',
      from: { path: '^src/server/modules/[^/]+/index\\.ts$' },
      to: { path: '\\.schema\\.ts$' },
    },
    {
      name: 'tests-through-index',
      comment:
        'Tests and benchmarks reach a module as others do: through HTTP, its index.ts, setup, seed and tests/support.',
      severity: 'error',
      from: { path: '^(tests|bench)/' },
      to: { path: '^src/server/modules/[^/]+/', pathNot: '^src/server/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'no-orphans',
      comment: 'A file nothing imports is dead, unless it is an entry point (server, CLI, web, tests, configs).',
      severity: 'error',
      from: {
        orphan: true,
        pathNot: [
          '\\.d\\.ts$',
          '\\.test\\.tsx?$',
          '\\.bench\\.ts$',
          '^src/server/main\\.ts$',
          '^src/server/cli/',
          '^src/web/main\\.tsx$',
          '^tests/support/global-setup\\.ts$',
        ],
      },
      to: {},
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
