/**
 * Share and keep a set-up: copy a link to what is on screen (optionally with the trained
 * weights), start fresh, export the set-up to a file, import one back. An imported file is
 * parsed with the same schema as a link; a bad one is refused with a message and the
 * current network keeps running.
 */
import { useRef, useState } from 'react';
import { shareLink } from '../../store/linkShare';
import { MAX_LINK_PARAMS } from '../../store/linkWeights';
import { MAX_SETUP_BYTES, serialise } from '../../store/schema';
import { useApp, useCommands } from '../kit/appContext';

export function ShareControls() {
  const app = useApp();
  const { importSetup, startFresh } = useCommands();
  const fileRef = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState<string | null>(null);
  const saved = () => {
    const { config, compare } = app.state.getState();
    return { config, compare };
  };
  const copyLink = async (withWeights: boolean) => {
    // Encoded now: the address bar is updated a moment after each change.
    const link = await shareLink(app, withWeights);
    if (!link.ok) return setNote(link.message);
    const { origin, pathname, search } = window.location;
    try {
      await navigator.clipboard.writeText(`${origin}${pathname}${search}#${link.fragment}`);
      setNote(
        withWeights
          ? `Link copied with ${link.weights.toLocaleString('en')} trained weights (step ${link.step.toLocaleString('en')}): it opens this network as trained.`
          : 'Link copied: it opens this set-up, mode, phase and selection.',
      );
    } catch {
      setNote('Copy the address bar to share this set-up (the clipboard is not available here).');
    }
  };
  const exportFile = () => {
    const blob = new Blob([serialise(saved())], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'backprop-lab-setup.json';
    a.click();
    URL.revokeObjectURL(a.href);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const text = file.size > MAX_SETUP_BYTES ? '' : await file.text();
    // A refused file is reported in the message banner; the note only says what loaded.
    setNote(importSetup(file.name, text, file.size) ? `Loaded ${file.name}.` : null);
  };
  return (
    <fieldset className="panel-section">
      <legend>Share</legend>
      <div className="row">
        <button type="button" onClick={() => void copyLink(false)}>
          Copy link
        </button>
        <button
          type="button"
          onClick={() => void copyLink(true)}
          title={`The link also carries the trained weights (up to ${MAX_LINK_PARAMS.toLocaleString('en')})`}
        >
          Copy link with weights
        </button>
      </div>
      <div className="row">
        <button type="button" onClick={exportFile}>
          Export file
        </button>
        <button type="button" onClick={() => fileRef.current?.click()}>
          Import file
        </button>
        <button type="button" onClick={startFresh} title="Forget the saved session and start the default network">
          Start fresh
        </button>
      </div>
      <input
        ref={fileRef}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label="Import a set-up file"
        onChange={(e) => {
          void importFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {note && (
        <p className="hint" role="status">
          {note}
        </p>
      )}
    </fieldset>
  );
}
