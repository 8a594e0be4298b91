/**
 * The one door to zod. Every schema imports `z` from here (ESLint refuses a direct import
 * of 'zod' elsewhere), so the configuration below runs before any schema is built: zod
 * decides at construction whether an object schema may compile a fast parser with
 * `new Function`, and the page's Content-Security-Policy forbids that (no 'unsafe-eval').
 * Jitless parsing is a little slower, which does not matter for links, files and storage.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
