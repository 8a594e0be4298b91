/** The last line of defence: a student sees a calm message and a way back, never a stack trace. */
import { Component, type ReactNode } from 'react';

interface State {
  message: string | null;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override render() {
    if (this.state.message === null) return this.props.children;
    return (
      <div className="fatal" role="alert">
        <h1>Backprop Lab</h1>
        <p>Something went wrong while drawing the page. Your settings are kept in the address bar.</p>
        <p className="fatal-detail">{this.state.message}</p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
