/**
 * Whole app states from outside: a link opened in a running tab (pasted into the address
 * bar), and "Start fresh". Both throw the trained network away, so when it has trained they
 * first ask (the question shows in the page, answered with answerQuestion).
 */
import type { TrainerResume } from '../../worker/protocol';
import { initialAppState } from '../appState';
import type { Ctx } from '../context';
import type { Link } from '../linkCodec';
import { linkStateOf } from '../schemaState';
import { configureResumed } from '../sessionRestore';
import { configure } from '../context';

export interface LinkCommands {
  /**
   * Opens a link's state (and its weights, if it has some): the networks are rebuilt and
   * the mode, phase and selection come back once the worker answers. With `ask`, a trained
   * network is only replaced after the user agrees; `onKept` runs if they decline.
   */
  openLink(link: Link, options?: { ask?: boolean; onKept?(): void }): void;
  /** Forgets the saved session and starts the default network (asks first if it has trained). */
  startFresh(): void;
  answerQuestion(yes: boolean): void;
}

export function linkCommands(ctx: Ctx): LinkCommands {
  let pending: { yes(): void; no(): void } | null = null;
  const trainedSteps = () => Math.max(0, ...ctx.run.getState().counters.map((c) => c.step));
  const ask = (text: string, yes: string, no: string, then: { yes(): void; no(): void }) => {
    pending?.no();
    pending = then;
    ctx.run.setState({ question: { text, yes, no } });
  };
  const apply = (link: Link) => {
    const s = ctx.state.getState();
    if (s.mode === 'step') ctx.send({ type: 'stepper-exit' });
    ctx.send({ type: 'pause' });
    ctx.run.setState({ problem: null });
    ctx.state.setState({ ...link.state, note: null });
    if (link.state.speed !== s.speed) ctx.send({ type: 'set-speed', speed: link.state.speed });
    // The answer re-asks for the selected weight if it still exists.
    ctx.send({ type: 'select-weight', weight: null });
    // The link says where the step-through stood: its phase survives the rebuild.
    if (!link.weights) return configure(ctx, { keepPhase: true });
    const resume = link.weights.map((w): TrainerResume =>
      w.counters ? { params: w.params, counters: w.counters } : { params: w.params },
    );
    configureResumed(ctx, resume, null, true);
  };
  return {
    openLink(link, options = {}) {
      const steps = trainedSteps();
      if (!options.ask || steps === 0) return apply(link);
      ask(
        `Open the link? It replaces the network you trained for ${steps.toLocaleString('en')} steps.`,
        'Open the link',
        'Keep my network',
        { yes: () => apply(link), no: () => options.onKept?.() },
      );
    },
    startFresh() {
      const fresh = () => {
        ctx.onStartFresh();
        const { lecture } = ctx.state.getState();
        apply({ state: linkStateOf(initialAppState({ lecture })), weights: null });
      };
      const steps = trainedSteps();
      if (steps === 0) return fresh();
      ask(
        `Start fresh? This forgets the saved session and the network trained for ${steps.toLocaleString('en')} steps.`,
        'Start fresh',
        'Keep my network',
        { yes: fresh, no: () => {} },
      );
    },
    answerQuestion(yes) {
      const then = pending;
      pending = null;
      ctx.run.setState({ question: null });
      if (then) (yes ? then.yes : then.no)();
    },
  };
}
