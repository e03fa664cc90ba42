// Runs the Astro CLI with the project's environment, on any OS: `node scripts/astro.ts build|dev [args…]`
// (npm run build / npm run dev). npm's "scripts" cannot set a variable portably (`VAR=1 astro build`
// fails in Windows' cmd.exe), so this script sets them and starts Astro under the same Node as itself
// (the project’s own Node 24 when run through npm). `build` refuses to start without SITE_URL, the site’s public
// address (src/integrations/site-url.ts), and says how to set it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { missingSiteUrlMessage, siteUrlFromEnv } from '../src/integrations/site-url.ts';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('scripts/astro.ts: name an Astro command, e.g. `node scripts/astro.ts build` (npm run build).');
  process.exit(2);
}

const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
if (command === 'build') {
  // the same check as the build's (src/integrations/site-url.ts), said here without Astro's stack trace
  let site: string | undefined;
  try {
    site = siteUrlFromEnv();
  } catch (error) {
    console.error(`npm run build: ${(error as Error).message}`);
    process.exit(1);
  }
  if (site === undefined) {
    console.error(`npm run build: ${missingSiteUrlMessage}`);
    process.exit(1);
  }
  // a 64 MB young generation saves garbage collection on large builds (README, "Scale"); through
  // NODE_OPTIONS it also reaches any Node process Astro starts; a caller's own NODE_OPTIONS are kept
  env.NODE_OPTIONS = [process.env.NODE_OPTIONS, '--max-semi-space-size=64'].filter(Boolean).join(' ');
}

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(process.execPath, [astro, command, ...args], { env, stdio: 'inherit' });
// Ctrl+C reaches Astro directly (same terminal); a plain kill of this process is passed on
for (const signal of ['SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
