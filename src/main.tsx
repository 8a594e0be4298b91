/**
 * The edge of the app: reads the link, the saved session or the last visit for the first
 * set-up, creates the one app with its worker (the store never names a file URL), keeps the
 * link and the session up to date, and renders the views with the app in context.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import { loadKatex } from './views/kit/katexLoader';
import './views/app/styles.css';
import { createApp } from './store/createApp';
import { keepLessonMemory, loadLessonMemory } from './store/lessonMemory';
import { browserPage, startPersistence, type Persistence } from './store/persistence';
import { readStart, type Start } from './store/persistenceStart';
import { indexedDbStore } from './store/sessionStore';
import { createTrainingWorker } from './trainingWorker';
import { PRESENTER_CHANNEL } from './store/presenter/messages';
import { createMirrorApp } from './store/presenter/mirror';
import { browserTimers, servePresenter } from './store/presenter/projected';
import { App } from './views/app/App';
import { ErrorBoundary } from './views/app/ErrorBoundary';
import { AppProvider } from './views/kit/appContext';
import { EmbedApp } from './views/embed/EmbedApp';
import { PresenterApp } from './views/lecture/PresenterApp';

function browserIndexedDb(): IDBFactory | null {
  try {
    return window.indexedDB ?? null;
  } catch {
    return null; // some privacy settings throw on merely reading it
  }
}

async function boot(): Promise<void> {
  const page = browserPage();
  const sessions = indexedDbStore(browserIndexedDb());
  // readStart never throws by design; this is the last guard against a blank page.
  const start: Start = await readStart(page, sessions).catch(() => ({
    initial: {},
    restored: null,
    notice: null,
    storageFailed: false,
    linkInAddress: false,
  }));
  const memory = loadLessonMemory(page.storage());
  let persistence: Persistence | null = null;
  const app = createApp({
    // Someone opening a shared set-up came for it: no welcome in the way.
    lessons: page.location.hash.length > 1 ? { ...memory, welcomed: true } : memory,
    createWorker: createTrainingWorker,
    initial: start.initial,
    restored: start.restored,
    notice: start.notice,
    onStartFresh: () => void persistence?.clear(),
  });
  persistence = startPersistence(app, page, sessions, start);
  keepLessonMemory(app.lessons, page.storage());
  // A presenter window (?presenter=1) may drive this one; closing this window tells it so.
  if (typeof BroadcastChannel !== 'undefined') {
    const stop = servePresenter(app, new BroadcastChannel(PRESENTER_CHANNEL), browserTimers());
    window.addEventListener('pagehide', stop, { once: true });
  }

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <AppProvider app={app}>
          <App />
        </AppProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

/** The presenter window: no worker, no saving; it mirrors and drives the projected window. */
function bootPresenter(): void {
  const root = createRoot(document.getElementById('root')!);
  if (typeof BroadcastChannel === 'undefined') {
    root.render(<p role="alert">This browser cannot link two windows, so the presenter view cannot work here.</p>);
    return;
  }
  const app = createMirrorApp(new BroadcastChannel(PRESENTER_CHANNEL), browserTimers());
  window.addEventListener('pagehide', () => app.dispose(), { once: true });
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <AppProvider app={app}>
          <PresenterApp link={app.link} />
        </AppProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

/**
 * An embedded app (?embed=1, in a deck's iframe): set up by its link alone — no saved
 * session restored or written, nothing remembered — so several on one page never mix.
 */
async function bootEmbed(controls: boolean): Promise<void> {
  const page = { ...browserPage(), storage: () => null };
  const start = await readStart(page, null);
  const app = createApp({
    lessons: { welcomed: true },
    createWorker: createTrainingWorker,
    initial: start.initial,
    restored: start.restored,
    notice: start.notice,
  });
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <AppProvider app={app}>
          <EmbedApp controls={controls} />
        </AppProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}

const params = new URLSearchParams(window.location.search);
if (params.has('presenter')) bootPresenter();
else if (params.has('embed')) void bootEmbed(params.get('controls') !== '0');
else void boot();
// Formulas typeset with KaTeX, loaded apart (kit/katexLoader.ts): fetched now, while the app starts.
void loadKatex();
