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
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
