// `npm run import:municipalities -- <file.csv>`: loads the official municipality table into the
// database the app uses (DATABASE_URL, or the embedded one in EENPLAN_DATA_DIR — stop the app
// first, an embedded data folder serves one process). The admin page does the same in the app.
import { readFile } from 'node:fs/promises';
import { importMunicipalities } from '../modules/network';
import { readConfig } from '../platform/config';
import { connectDatabase } from '../platform/db/database';
import { prepareDatabase } from '../platform/db/prepare-database';
import { AppError } from '../platform/http/app-error';
import { translateError } from '../platform/i18n/error-messages';

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npm run import:municipalities -- <municipalities.csv>');
    process.exit(2);
  }
  const csv = await readFile(file, 'utf8');
  const config = readConfig();
  const prepared = await prepareDatabase(config);
  const database = connectDatabase(prepared.appUrl, { max: 2 });
  try {
    const { imported } = await importMunicipalities(database.db, csv);
    console.log(`imported ${imported} municipalities from ${file}`);
  } catch (error) {
    if (error instanceof AppError && error.code === 'MUNICIPALITY_TABLE_MALFORMED') {
      const message = translateError('en', 'MUNICIPALITY_TABLE_MALFORMED', error.options.params);
      console.error(`${file}: ${message} (nothing was imported)`);
      process.exitCode = 1;
    } else {
      throw error;
    }
  } finally {
    await database.close();
    await prepared.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
