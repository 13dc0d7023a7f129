// `npm run backup [-- --file <path>]`: one archive of eenplan's whole database, made with
// PostgreSQL's pg_dump while the app may keep running (ADR 048). By default it lands in the data
// folder's backups/ with the time in its name. Exit codes: see README, "Backup and restore".

import { readConfig } from '../platform/config';
import { BackupRefused, backupDatabase, EXIT } from '../platform/db/backup';
import { fromCallerFolder } from './caller-folder';

const USAGE = 'usage: npm run backup [-- --file <path>]';

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--help')) return console.log(USAGE);
  const fileAt = args.indexOf('--file');
  const file = fileAt >= 0 ? args[fileAt + 1] : undefined;
  const expected = fileAt >= 0 ? 2 : 0;
  if (args.length !== expected || (fileAt >= 0 && (!file || file.startsWith('--')))) {
    console.error(`${USAGE}\nunknown arguments: ${args.join(' ')}`);
    process.exit(EXIT.usage);
  }
  const { file: written, bytes } = await backupDatabase(readConfig(), {
    file: file ? fromCallerFolder(file) : undefined,
    log: (line) => console.log(`backup: ${line}`),
  });
  console.log(`backup: written ${written} (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
}

main().catch((error) => {
  if (error instanceof BackupRefused) {
    console.error(`backup: ${error.message}`);
    process.exit(error.exitCode);
  }
  console.error('backup: failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
