import { readFileSync } from 'node:fs';
import { fromRoot } from './paths';

let version: string | undefined;

/** The version in the root package.json. */
export function portalVersion(): string {
  if (version) return version;
  try {
    version = (JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
  } catch {
    version = '0.0.0';
  }
  return version;
}
