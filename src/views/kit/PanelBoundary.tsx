/**
 * One panel's failure stays that panel's: an error while it renders, in one of its effects
 * or in one of its painters (useFrameDraw, useFrame) replaces only it with a small card —
 * what failed, that the rest works, and Retry, which mounts it afresh. Any panel can use it
 * (the graph, the inspector, the charts, the lens, the controls, the step bar, a lesson).
 */
import { Component, Fragment, type ReactNode } from 'react';

interface Props {
  /** The panel in words, for the card: "The network graph". */
  name: string;
  children: ReactNode;
  /** Class of the card, so it takes the panel's place in the layout. */
  className?: string;
}

interface State {
  error: string | null;
  /** Bumped by Retry: the children mount afresh. */
  attempt: number;
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  private readonly retry = () => this.setState((s) => ({ error: null, attempt: s.attempt + 1 }));

  override render() {
    const { error, attempt } = this.state;
    if (error === null) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <section
        className={`panel-failed ${this.props.className ?? ''}`}
        role="alert"
        aria-label={`${this.props.name} failed`}
      >
        <p>
          <strong>{this.props.name} failed</strong> ({error}). The rest of the app keeps working.
        </p>
        <button type="button" onClick={this.retry}>
          Retry
        </button>
      </section>
    );
  }
}

/**
 * A painter's error, kept to be thrown while rendering (where the panel's boundary catches
 * it): painters run outside React (animation frames, store subscriptions), where nothing would.
 */
export class PainterError extends Error {
  constructor(
    readonly what: string,
    cause: unknown,
  ) {
    super(`${what}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'PainterError';
  }
}
