// What the start is doing, on the console (issue 16: a first start that printed nothing for
// minutes looked like a hang). Each step is printed when it begins, with the time since the
// start, and again with its duration when it ends, so a slow step is seen while it runs and
// named afterwards. Labels are fixed texts and counts: never a person, an address or a password.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { APP_ROOT } from './app-root';

export type StartupProgress = {
  /** Prints the label, runs the work, prints how long it took. */
  step: <T>(label: string, work: () => Promise<T>) => Promise<T>;
  /** One line without a duration (what was found, what was skipped). */
  note: (message: string) => void;
  /** Seconds since the start, for the closing line. */
  elapsed: () => string;
};

/**
 * Times count from the process's start (performance.now()'s origin), so loading the code is part
 * of the start as people see it.
 */
export function startupProgress(
  print: (line: string) => void = (line) => console.log(line),
  now: () => number = () => performance.now(),
): StartupProgress {
  const started = 0;
  const seconds = (from: number) => `${((now() - from) / 1000).toFixed(1)} s`;
  const line = (text: string) => print(`eenplan [${seconds(started).padStart(7)}] ${text}`);
  return {
    step: async (label, work) => {
      line(`${label}…`);
      const begun = now();
      const result = await work();
      line(`${label}: done in ${seconds(begun)}`);
      return result;
    },
    note: line,
    elapsed: () => seconds(started),
  };
}

/** For callers that start no visible process (tests, benchmarks, the CLI): the work, unprinted. */
export const silentProgress: StartupProgress = {
  step: (_label, work) => work(),
  note: () => {},
  elapsed: () => '0.0 s',
};

/** Whether the web app is there to serve (`npm start` builds it; `npm run dev` leaves it to vite). */
export function describeWebApp(webDir: string): string {
  return existsSync(path.join(webDir, 'index.html'))
    ? `web app: built, served from ${webDir.startsWith(APP_ROOT + path.sep) ? path.relative(APP_ROOT, webDir) : webDir}`
    : `web app: not built in ${webDir} (npm run build:web): only the API is served`;
}
