import path from 'node:path';

/**
 * A path typed by the operator, taken from the folder they typed it in: `npm run` runs scripts
 * in the project's folder and leaves the caller's in INIT_CWD.
 */
export function fromCallerFolder(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}
