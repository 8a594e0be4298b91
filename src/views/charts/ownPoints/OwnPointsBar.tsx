/**
 * The own-points bar above the output map: a switch to edit the points on the map, the class
 * a click adds, Undo, and the points as CSV (import: every bad line reported with its number,
 * nothing changed unless the student takes the good lines, or the classes the file needs;
 * export: the same format back).
 */
import { useRef, useState } from 'react';
import type { LabelStyle } from '../../../engine';
import type { PointsImport } from '../../../store/commands/ownData';
import { saveFile } from '../../export/download';
import { useAppState, useCommands } from '../../kit/appContext';
import { ClassPicker } from './ClassPicker';

export interface OwnPointsBarProps {
  editing: boolean;
  onEditing(on: boolean): void;
  /** null for regression (a click adds the clicked y). */
  classIndex: number | null;
  onClassIndex(k: number): void;
  /** The classes a point may have (2–5). */
  classes: number;
  /** How the map draws and names them (one-hot under a softmax). */
  labels: LabelStyle;
}

const MAX_CSV_BYTES = 2_000_000;

export function OwnPointsBar({ editing, onEditing, classIndex, onClassIndex, classes, labels }: OwnPointsBarProps) {
  const commands = useCommands();
  const own = useAppState((s) => s.config.dataset.kind === 'custom');
  useAppState((s) => s.config.dataset); // re-read canUndoPoints after every edit
  const fileRef = useRef<HTMLInputElement>(null);
  const [report, setReport] = useState<PointsImport | null>(null);
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const text = file.size > MAX_CSV_BYTES ? '' : await file.text();
    const result = commands.importPoints(file.name, text);
    setReport(result.applied ? null : result);
    if (result.applied) onEditing(true);
  };
  const exportCsv = () => {
    const csv = commands.pointsCsv();
    if (csv) saveFile('backprop-lab-points.csv', csv, 'text/csv');
  };
  return (
    <div className="bl-own-points" data-export-skip="">
      <div className="bl-own-points-row">
        <button type="button" aria-pressed={editing} onClick={() => onEditing(!editing)}>
          ✎ Edit points
        </button>
        {editing && classIndex !== null && (
          <ClassPicker classes={classes} labels={labels} classIndex={classIndex} onClassIndex={onClassIndex} />
        )}
        {editing && (
          <button type="button" onClick={commands.undoPoints} disabled={!commands.canUndoPoints()}>
            Undo
          </button>
        )}
        <button type="button" onClick={() => fileRef.current?.click()}>
          Import CSV…
        </button>
        {own && (
          <button type="button" onClick={exportCsv}>
            Export CSV
          </button>
        )}
      </div>
      {editing && (
        <p className="hint">
          Click to add{classIndex === null ? ' a point (its height is y)' : ''} · drag to move · right-click or Delete
          to remove · Ctrl+Z to undo{classIndex === null ? '' : ' · on the map, a digit key picks the class'}.
        </p>
      )}
      <input
        ref={fileRef}
        type="file"
        accept=".csv,text/csv,text/plain"
        hidden
        aria-label="Import points from a CSV file"
        onChange={(e) => {
          void importFile(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {report && (
        <div className="bl-import-report" role="alert">
          <ul>
            {report.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          {report.good && (
            <button
              type="button"
              onClick={() => {
                commands.setPoints(report.good!, report.classes ?? undefined);
                setReport(null);
              }}
            >
              {report.classes
                ? `Use ${report.classes} classes (softmax output) and the ${report.good.rows.length} points`
                : `Use the ${report.good.rows.length} good points`}
            </button>
          )}
          <button type="button" onClick={() => setReport(null)}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
