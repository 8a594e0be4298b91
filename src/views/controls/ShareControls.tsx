/**
 * Share and keep a set-up: copy the link, export it to a file, import one back. An
 * imported file is parsed with the same schema as a link; a bad one is refused with a
 * message and the current network keeps running.
 */
import { useRef, useState } from 'react';
import { encodeHash } from '../../store/persistence';
import { serialise } from '../../store/schema';
import { useApp, useCommands } from '../kit/appContext';

/** A set-up file is a few hundred bytes; anything this large is not one. */
const MAX_FILE_BYTES = 100_000;

export function ShareControls() {
  const app = useApp();
  const { importSetup } = useCommands();
  const fileRef = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState<string | null>(null);
  const saved = () => {
    const { config, compare } = app.state.getState();
    return { config, compare };
  };
  const copyLink = async () => {
    try {
      // Encode the set-up now: the address bar is updated a moment after each change.
      const { origin, pathname } = window.location;
      await navigator.clipboard.writeText(`${origin}${pathname}#${encodeHash(saved())}`);
      setNote('Link copied: it opens this exact network and data.');
    } catch {
      setNote('Copy the address bar to share this set-up.');
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
    const text = file.size > MAX_FILE_BYTES ? '' : await file.text();
    // A refused file is reported in the message banner; the note only says what loaded.
    setNote(importSetup(file.name, text) ? `Loaded ${file.name}.` : null);
  };
  return (
    <fieldset className="panel-section">
      <legend>Share</legend>
      <div className="row">
        <button type="button" onClick={copyLink}>
          Copy link
        </button>
        <button type="button" onClick={exportFile}>
          Export file
        </button>
        <button type="button" onClick={() => fileRef.current?.click()}>
          Import file
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
