// `npm run restore -- <file> [--force]`: loads a backup made by `npm run backup` into an empty
// database (an empty data folder gets a new embedded PostgreSQL), then runs the migrations made
// since and gives the application's role its grants (ADR 048). Stop eenplan first. It refuses a
// database that holds tables unless --force. Exit codes: see README, "Backup and restore".

import { readConfig } from '../platform/config';
import { BackupRefused, EXIT, restoreDatabase } from '../platform/db/backup';
import { fromCallerFolder } from './caller-folder';

const USAGE = 'usage: npm run restore -- <backup file> [--force]';

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const files = args.filter((arg) => arg !== '--force');
  if (files.length !== 1 || files[0]?.startsWith('--')) {
    console.error(USAGE);
    process.exit(EXIT.usage);
  }
  const { tables } = await restoreDatabase(readConfig(), fromCallerFolder(files[0] as string), {
    force,
    log: (line) => console.log(`restore: ${line}`),
  });
  console.log(`restore: done, ${tables} tables; start eenplan as usual`);
}

main().catch((error) => {
  if (error instanceof BackupRefused) {
    console.error(`restore: ${error.message}`);
    process.exit(error.exitCode);
  }
  console.error('restore: failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
