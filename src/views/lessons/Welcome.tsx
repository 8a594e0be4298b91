/** The first visit's welcome: start the first lesson or explore freely; the answer is remembered. */
import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import { BUILT_IN_LESSONS } from '../../lessons/builtin';
import { useApp, useAppState, useCommands } from '../kit/appContext';

export function Welcome() {
  const app = useApp();
  const welcomed = useStore(app.lessons, (s) => s.welcomed);
  const inLesson = useAppState((s) => s.lesson !== null);
  const { startLesson, dismissWelcome } = useCommands();
  const first = useRef<HTMLButtonElement>(null);
  const show = !welcomed && !inLesson;
  useEffect(() => {
    if (show) first.current?.focus();
  }, [show]);
  if (!show) return null;
  const explore = () => dismissWelcome();
  return (
    <div className="welcome" role="presentation">
      <section
        className="welcome-card"
        role="dialog"
        aria-modal="true"
        aria-labelledby="welcome-title"
        onKeyDown={(e) => e.key === 'Escape' && explore()}
      >
        <h2 id="welcome-title">Welcome to Backprop Lab</h2>
        <p>
          Watch a neural network learn: every neuron’s numbers on the forward pass, every weight’s gradient on the way
          back, and why the first layers of a deep network can stop learning.
        </p>
        <p>
          New here? Nine short guided lessons walk you through it, asking you to predict each number before the network
          shows it.
        </p>
        <div className="welcome-actions">
          <button
            ref={first}
            type="button"
            className="primary"
            onClick={() => {
              dismissWelcome();
              startLesson(BUILT_IN_LESSONS[0].id);
            }}
          >
            Start the first lesson
          </button>
          <button type="button" onClick={explore}>
            Explore freely
          </button>
        </div>
      </section>
    </div>
  );
}
