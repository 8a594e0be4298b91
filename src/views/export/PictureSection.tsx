/** Pictures of a panel: choose it, then PNG at screen resolution, PNG at 2× for slides, or SVG. */
import { useState } from 'react';
import { saveFile } from './download';
import { pictureOf, pictureTargets, pngOf } from './pictures';

export interface SectionProps {
  /** Reports what happened, in a sentence (shown in the panel's status line). */
  say(message: string, problem?: boolean): void;
}

const screenScale = () => (typeof window !== 'undefined' && window.devicePixelRatio > 0 ? window.devicePixelRatio : 1);

export function PictureSection({ say }: SectionProps) {
  const [targets] = useState(() => pictureTargets());
  const [chosen, setChosen] = useState(targets[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const save = async (kind: 'svg' | 'png' | 'png2') => {
    const target = targets.find((t) => t.id === chosen);
    if (!target) return say('Choose a picture first.', true);
    setBusy(true);
    try {
      const picture = pictureOf(target.id);
      const base = `backprop-lab-${target.id}`;
      if (kind === 'svg') {
        saveFile(`${base}.svg`, picture.svg, 'image/svg+xml');
        say(`Saved ${base}.svg (${picture.width}×${picture.height}, vector).`);
      } else {
        const scale = screenScale() * (kind === 'png2' ? 2 : 1);
        const name = `${base}@${scale}x.png`;
        saveFile(name, await pngOf(picture, scale));
        say(`Saved ${name} (${Math.round(picture.width * scale)}×${Math.round(picture.height * scale)} pixels).`);
      }
    } catch (e) {
      say(`The picture could not be made: ${e instanceof Error ? e.message : String(e)}.`, true);
    } finally {
      setBusy(false);
    }
  };
  if (targets.length === 0) return null;
  return (
    <fieldset className="export-section">
      <legend>Picture</legend>
      <label htmlFor="export-picture">Panel</label>
      <select id="export-picture" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        {targets.map((t) => (
          <option key={t.id} value={t.id}>
            {t.title}
          </option>
        ))}
      </select>
      <div className="row">
        <button type="button" disabled={busy} onClick={() => void save('png')}>
          PNG
        </button>
        <button type="button" disabled={busy} onClick={() => void save('png2')}>
          PNG 2× (slides)
        </button>
        <button type="button" disabled={busy} onClick={() => void save('svg')}>
          SVG
        </button>
      </div>
    </fieldset>
  );
}
