import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { disposeApps } from '../helpers/testApp';
import { loadKatex } from '../../src/views/kit/katexLoader';

// The app loads KaTeX apart (kit/katexLoader.ts) as it starts; the tests' formulas find it there.
await loadKatex();

// Each test renders into its own app: unmount the views, then close the apps they used.
afterEach(() => {
  cleanup();
  disposeApps();
});
