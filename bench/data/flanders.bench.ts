// npm run bench:data [-- --scale 0.05] [--fresh]: builds (or reuses) the bench database at
// BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/eenplan_bench). See flanders.ts.
import { benchArgs, benchDatabaseUrl, ensureBenchData } from './flanders';

const { scale, fresh } = benchArgs();
ensureBenchData({ url: benchDatabaseUrl(scale), scale, fresh }).catch((error) => {
  console.error(error);
  process.exit(1);
});
