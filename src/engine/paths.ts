import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The package root (the folder with package.json), whether running from dist/ or from sources. */
export const packageRoot: string = (() => {
  let dir = here;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'checks'))) return dir;
    const up = dirname(dir);
    if (up === dir) return join(here, '..', '..');
    dir = up;
  }
})();

/** True when running the TypeScript sources directly (vitest), false from compiled dist/. */
export const runningFromSource: boolean = import.meta.url.endsWith('.ts');
