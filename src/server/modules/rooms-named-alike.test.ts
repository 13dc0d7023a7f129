// ADR 031: a room has one name on both sides. A web feature folder is named after the server module
// that answers it, the governance rooms are the same four in the server and the contracts, and no
// module's index offers the demo seed's tools to the app.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../..');
const MODULES = path.join(SRC, 'server/modules');

/**
 * Web features no server module answers, each with its reason. None today: the family view and
 * the printed plan live in `portal`, allocation in `funding`, accounts in `identity`, the
 * organisations, regions and served zones in `network`.
 */
const WEB_ONLY_ROOMS: string[] = [];

const folders = (dir: string) =>
  readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isDirectory());

/** The web feature folders that are neither a server module nor a listed web-only room. */
function strangerRooms(webFeatures: string[], serverModules: string[]): string[] {
  return webFeatures.filter((name) => !serverModules.includes(name) && !WEB_ONLY_ROOMS.includes(name));
}

// `export { a, b as c } from` and `export function|const|async function name`.
const EXPORTED_NAMES = /export\s*\{([^}]*)\}|export\s+(?:async\s+)?(?:function|const|class)\s+(\w+)/g;

/** The names an index exports that say they are for the demo. */
function demoExports(source: string): string[] {
  return [...source.matchAll(EXPORTED_NAMES)]
    .flatMap((m) => (m[2] ? [m[2]] : (m[1] ?? '').split(',')))
    .map(
      (name) =>
        name
          .trim()
          .split(/\s+as\s+/)
          .pop() ?? '',
    )
    .filter((name) => /demo/i.test(name));
}

describe('rooms are named alike on both sides (ADR 031)', () => {
  const serverModules = folders(MODULES);

  it('every web feature folder is a server module, or a web-only room listed with its reason', () => {
    const webFeatures = folders(path.join(SRC, 'web/features'));
    expect(webFeatures.length).toBeGreaterThan(5);
    expect(strangerRooms(webFeatures, serverModules)).toEqual([]);
  });

  it('the governance rooms are the same in the server module and the contracts', () => {
    const serverRooms = folders(path.join(MODULES, 'governance')).sort();
    const contractRooms = readdirSync(path.join(SRC, 'contracts/governance'))
      .map((file) => file.replace(/\.ts$/, ''))
      .filter((name) => name !== 'shared')
      .sort();
    expect(serverRooms).toEqual(['advice', 'bodies', 'meetings', 'outcomes']);
    expect(contractRooms).toEqual(serverRooms);
  });

  it('no module index exports a tool for the demo: the seed keeps its own', () => {
    const found = serverModules.flatMap((module) =>
      demoExports(readFileSync(path.join(MODULES, module, 'index.ts'), 'utf8')).map(
        (name) => `${module}: ${name}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('sees a stranger room and a demo export when there is one', () => {
    expect(strangerRooms(['auth', 'identity'], ['identity'])).toEqual(['auth']);
    expect(
      demoExports(
        "export { backdatePlanVersionForDemo } from './backdate-version';\nexport { savePlan } from './save-plan';\nexport async function seedDemoFamily() {}",
      ),
    ).toEqual(['backdatePlanVersionForDemo', 'seedDemoFamily']);
  });
});
