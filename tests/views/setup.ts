import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { disposeApps } from '../helpers/testApp';

// Each test renders into its own app: unmount the views, then close the apps they used.
afterEach(() => {
  cleanup();
  disposeApps();
});
