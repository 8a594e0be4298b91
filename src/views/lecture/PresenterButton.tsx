/**
 * Opens the presenter window: the teacher's controls, the step or lesson text, a small
 * preview and speaker notes, on the laptop, driving this window on the projector.
 */
import { useState } from 'react';

export const PRESENTER_WINDOW = 'backprop-lab-presenter';

/** This page's address with `?presenter=1` (the presenter needs no link: it mirrors this window). */
export function presenterUrl(location: Pick<Location, 'pathname'> = window.location): string {
  return `${location.pathname}?presenter=1`;
}

export function PresenterButton() {
  const [blocked, setBlocked] = useState(false);
  const supported = typeof BroadcastChannel !== 'undefined';
  const open = () => {
    const opened = window.open(presenterUrl(), PRESENTER_WINDOW, 'popup=yes,width=1100,height=760');
    setBlocked(opened === null);
  };
  return (
    <>
      <button
        type="button"
        onClick={open}
        disabled={!supported}
        title={supported ? 'Open a second window that drives this one' : 'This browser cannot link two windows'}
      >
        Presenter view
      </button>
      {blocked && (
        <span className="lecture-blocked" role="alert">
          The browser blocked the window:{' '}
          <a href={presenterUrl()} target={PRESENTER_WINDOW}>
            open the presenter view
          </a>
          .
        </span>
      )}
    </>
  );
}
