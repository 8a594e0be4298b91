// Finding the system Chromium for the browser tests. No Vitest imports here: the global setup
// (main process) and the test files (workers) both use it and must reach the same verdict.
import { accessSync, constants } from 'node:fs';

/** Where we look when CHROMIUM_PATH is not set (Debian's package, then the older name). */
export const DEFAULT_CHROMIUM_PATHS: readonly string[] = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export interface ChromiumLookup {
  /** The executable to launch, or null if none was found. */
  readonly path: string | null;
  /** Every place we looked, in order, for the message when nothing was found. */
  readonly searched: readonly string[];
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * CHROMIUM_PATH first, then the default locations. BACKPROP_CHROMIUM_SEARCH (colon-separated,
 * may be empty) replaces the default locations, so "no Chromium" can be tested on a machine
 * that has one: `CHROMIUM_PATH=/nonexistent BACKPROP_CHROMIUM_SEARCH= npx vitest run --project e2e`.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumLookup {
  const explicit = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : [];
  const search = env.BACKPROP_CHROMIUM_SEARCH;
  const defaults = search === undefined ? DEFAULT_CHROMIUM_PATHS : search.split(':').filter(Boolean);
  const searched = [...explicit, ...defaults];
  return { path: searched.find(isExecutable) ?? null, searched };
}

/** CI=true (or any value other than empty, "0" or "false") means a missing browser is an error. */
export function isCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? '').trim().toLowerCase();
  return value !== '' && value !== '0' && value !== 'false';
}

export function chromiumMissingMessage(lookup: ChromiumLookup): string {
  const where =
    lookup.searched.length > 0
      ? lookup.searched.join(', ')
      : 'nowhere: CHROMIUM_PATH unset and BACKPROP_CHROMIUM_SEARCH empty';
  return (
    `Chromium not found (looked in ${where}): browser tests skipped. ` +
    "Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH."
  );
}

export function chromiumRequiredMessage(lookup: ChromiumLookup): string {
  const where =
    lookup.searched.length > 0
      ? lookup.searched.join(', ')
      : 'nowhere: CHROMIUM_PATH unset and BACKPROP_CHROMIUM_SEARCH empty';
  return (
    `Chromium not found (looked in ${where}) and CI is set, so the browser tests cannot be skipped. ` +
    "Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH."
  );
}
