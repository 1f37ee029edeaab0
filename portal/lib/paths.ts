import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

let cachedRoot: string | undefined;

/**
 * The repository root (where package.json "stratum-embed", dist/ and .stratum/ live), whichever directory the
 * portal was started from: STRATUM_ROOT, else the nearest ancestor of the working directory that holds it.
 */
export function repoRoot(): string {
  if (cachedRoot) return cachedRoot;
  if (process.env.STRATUM_ROOT) return (cachedRoot = path.resolve(process.env.STRATUM_ROOT));
  let dir = process.cwd();
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && /"name":\s*"stratum-embed"/.test(readFileSync(manifest, 'utf8'))) return (cachedRoot = dir);
    const parent = path.dirname(dir);
    if (parent === dir) return (cachedRoot = process.cwd());
    dir = parent;
  }
}

/** A path under the repository root. */
export function fromRoot(...segments: string[]): string {
  // Read at run time from the repository (dist/, examples/, .stratum/), not traced into the build output.
  return path.join(/*turbopackIgnore: true*/ repoRoot(), ...segments);
}
