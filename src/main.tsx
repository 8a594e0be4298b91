import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import './views/styles.css';
import { App } from './views/App';
import { ErrorBoundary } from './views/ErrorBoundary';
import { startBridge, type WorkerLike } from './store/bridge';
import { useConfigStore } from './store/configStore';
import { startPersistence } from './store/persistence';
import { useUiStore } from './store/uiStore';

// The shared link (or the last visit) decides the first network, before the worker starts.
startPersistence();
if (useConfigStore.getState().compare) useUiStore.getState().setMode('compare');

// The worker is created here, at the edge of the app, so the store never names a file URL.
startBridge(() => new Worker(new URL('./worker/worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
