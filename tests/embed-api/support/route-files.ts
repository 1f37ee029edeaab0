import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every route folder (with a route.ts) under an app router directory, as paths relative to it ('' for the root). */
export function routeFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return routeFiles(path.join(dir, entry.name), prefix ? `${prefix}/${entry.name}` : entry.name);
    return entry.name === 'route.ts' ? [prefix] : [];
  });
}
