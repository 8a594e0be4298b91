// Serves the built app (dist/) once for the whole e2e project, with Vite's own preview server,
// on a free localhost port. Tests read the address with `inject('e2eBaseUrl')`.
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumMissingMessage, findChromium, isCI } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. "http://127.0.0.1:41234/" — empty when the browser tests are being skipped. */
    e2eBaseUrl: string;
    /** Why the app could not be served (e.g. no dist/); the browser tests fail with it. */
    e2eSetupError: string;
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

// Problems are handed to the tests rather than thrown here: a throw in a global setup aborts
// the whole run (every project) with a misleading "No test files found".
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide('e2eBaseUrl', '');
  project.provide('e2eSetupError', '');
  const nothingToClose = async (): Promise<void> => {};

  const chromium = findChromium();
  if (chromium.path === null) {
    // Skipping: say why once per run here, rather than once per test file. Under CI the tests
    // fail with the reason instead (browser.ts); either way there is nothing to serve.
    if (!isCI()) console.warn(`\n${chromiumMissingMessage(chromium)}\n`);
    return nothingToClose;
  }
  if (process.env.CHROMIUM_PATH && chromium.path !== process.env.CHROMIUM_PATH) {
    console.warn(`\nCHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable; using ${chromium.path}.\n`);
  }

  const outDir = join(root, 'dist');
  if (!existsSync(join(outDir, 'index.html'))) {
    project.provide(
      'e2eSetupError',
      `The browser tests need the built app, but ${join(outDir, 'index.html')} is missing: ` +
        'run `npm run build` first, or use `npm test`.',
    );
    return nothingToClose;
  }

  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error('Vite preview server did not report a TCP port.');
  }
  project.provide('e2eBaseUrl', `http://127.0.0.1:${address.port}/`);

  return async () => {
    await server.close();
  };
}
