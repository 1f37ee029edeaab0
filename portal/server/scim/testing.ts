import { ScimError } from './errors';

/** For unit tests: "<status> <scimType>" of the ScimError `run` throws, or undefined when it does not throw. */
export function scimFailure(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof ScimError ? `${error.status} ${error.scimType}` : `not a ScimError: ${String(error)}`;
  }
  return undefined;
}
