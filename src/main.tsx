/**
 * The edge of the app: reads the link (or the last visit) for the first set-up, creates
 * the one app with its worker (the store never names a file URL), keeps the link up to
 * date, and renders the views with the app in context.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import './views/app/styles.css';
import { createApp } from './store/createApp';
import { keepLessonMemory, loadLessonMemory } from './store/lessonMemory';
import { browserPage, readInitialSetup, startPersistence } from './store/persistence';
import { createTrainingWorker } from './trainingWorker';
import { App } from './views/app/App';
import { ErrorBoundary } from './views/app/ErrorBoundary';
import { AppProvider } from './views/kit/appContext';

const page = browserPage();
const { initial, notice } = readInitialSetup(page);
const memory = loadLessonMemory(page.storage());
const app = createApp({
  // Someone opening a shared set-up came for it: no welcome in the way.
  lessons: page.location.hash.length > 1 ? { ...memory, welcomed: true } : memory,
  createWorker: createTrainingWorker,
  initial,
  notice,
});
startPersistence(app, page);
keepLessonMemory(app.lessons, page.storage());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary>
      <AppProvider app={app}>
        <App />
      </AppProvider>
    </ErrorBoundary>
  </StrictMode>,
);
