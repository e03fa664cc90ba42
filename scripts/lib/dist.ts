// Where the built site is, and a clear error when it has not been built.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The build output folder (dist/ under the working directory). */
export const distDir = join(process.cwd(), 'dist');

/** Throws, naming the command to run, when dist/ holds no built site. */
export function requireBuild(): void {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error('dist/ is missing: run "npm run build" first (npm test does)');
}
