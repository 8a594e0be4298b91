/**
 * The presenter window (`?presenter=1`), on the teacher's laptop: the controls, the phase
 * or the lesson, speaker notes and a small preview of what the class sees. It drives the
 * projected window through the presenter link (store/presenter); when that window closes,
 * it offers to carry on here with the same set-up.
 */
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Link } from '../../store/presenter/mirror';
import { encodeLinkPlain } from '../../store/linkCodec';
import { linkStateOf } from '../../store/schemaState';
import { GraphPanel } from '../graph/GraphPanel';
import { useApp, useAppState } from '../kit/appContext';
import { PanelBoundary } from '../kit/PanelBoundary';
import { LessonMenu } from '../lessons/LessonMenu';
import { LessonPanel } from '../lessons/LessonPanel';
import { useTheme } from '../app/useTheme';
import { LectureBar } from './LectureBar';
import { LectureCounters } from './LectureCounters';
import { LecturePhase } from './LecturePhase';
import { SpeakerNotes } from './SpeakerNotes';
import './lecture.css';

const WORDS: Record<Link, string> = {
  waiting: 'Looking for the Backprop Lab window to drive… (keep it open; it answers once loaded)',
  connected: 'Driving the projected window.',
  gone: 'The projected window was closed.',
};

function LinkStatus({ link }: { link: Link }) {
  const app = useApp();
  const goOnHere = () => {
    const fragment = encodeLinkPlain({ state: linkStateOf(app.state.getState()), weights: null });
    window.location.replace(`${window.location.pathname}#${fragment}`);
  };
  return (
    <p className={`presenter-status presenter-${link}`} role="status">
      {WORDS[link]}
      {link === 'gone' && (
        <button type="button" className="primary" onClick={goOnHere}>
          Go on in this window
        </button>
      )}
    </p>
  );
}

export function PresenterApp({ link }: { link: StoreApi<{ link: Link }> }) {
  const status = useStore(link, (s) => s.link);
  const mode = useAppState((s) => s.mode);
  const lesson = useAppState((s) => s.lesson !== null);
  useTheme();
  return (
    <div className="app presenter">
      <header className="presenter-header">
        <h1>Presenter view</h1>
        <LinkStatus link={status} />
        {status === 'connected' && <LessonMenu />}
      </header>
      {status === 'connected' && (
        <>
          <PanelBoundary name="The controls">
            <LectureBar presenter />
          </PanelBoundary>
          <main className="presenter-main">
            <div className="presenter-now">
              <LectureCounters />
              {lesson && (
                <PanelBoundary name="The lesson">
                  <LessonPanel />
                </PanelBoundary>
              )}
              {mode === 'step' && (
                <PanelBoundary name="The step-through card">
                  <LecturePhase />
                </PanelBoundary>
              )}
              <SpeakerNotes />
            </div>
            <section className="card presenter-preview" aria-label="What the class sees">
              <h2>On the projector</h2>
              <PanelBoundary name="The preview">
                <GraphPanel stepThrough={mode === 'step'} trainer={0} compactLegend />
              </PanelBoundary>
            </section>
          </main>
        </>
      )}
    </div>
  );
}
