/**
 * Points as CSV, both ways. Read: `x1,x2,label` (label = class index 0 … K−1, K up to 5)
 * or `x,y` (regression), with or without that header line, separated by commas,
 * semicolons or tabs; other named columns (the data set export's `split`, `prediction`)
 * are ignored; a `# classes: K` comment keeps a class with no points yet. Every bad line
 * gets its own message (line number, column, value), and the good lines are kept so the
 * caller can offer them. Write: the same format back.
 */
import type { CustomPoints } from '../../worker/protocol';
import { MAX_CLASS_INDEX, POINT_LIMITS, roundCoordinate } from './points';

export interface LineProblem {
  /** 1-based line of the file. */
  line: number;
  message: string;
}

export interface PointsCsv {
  /** Null when no line could be read as points at all. */
  points: CustomPoints | null;
  problems: LineProblem[];
  /** The classes a `# classes: K` comment names (2–5), or null. */
  classes: number | null;
}

const CLASSES_COMMENT = /^#\s*classes\s*[:=]\s*([2-5])\s*$/i;

const COLUMNS = {
  classification: ['x1', 'x2', 'label'],
  regression: ['x', 'y'],
} as const;

type Task = keyof typeof COLUMNS;

const cells = (line: string) => line.split(/[,;\t]/).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
const isNumber = (cell: string) => cell !== '' && Number.isFinite(Number(cell));

/** Which columns hold the values, from a header line (or null when the line is data). */
function headerOf(row: string[]): { task: Task; at: number[] } | null {
  if (row.every(isNumber)) return null;
  const names = row.map((c) => c.toLowerCase().replace(/[\s_]/g, ''));
  const find = (name: string) => names.indexOf(name === 'label' && !names.includes('label') ? 'class' : name);
  for (const task of ['classification', 'regression'] as const) {
    const at = COLUMNS[task].map(find);
    if (at.every((k) => k >= 0)) return { task, at };
  }
  return { task: 'classification', at: [] };
}

export function parsePointsCsv(text: string, expected?: Task): PointsCsv {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: LineProblem[] = [];
  const rows: number[][] = [];
  let layout: { task: Task; at: number[] } | null = null;
  let classes: number | null = null;
  lines.forEach((raw, k) => {
    const line = k + 1;
    const comment = CLASSES_COMMENT.exec(raw.trim());
    if (comment) classes = Number(comment[1]);
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    const row = cells(raw);
    if (layout === null && rows.length === 0 && problems.length === 0) {
      const header = headerOf(row);
      if (header && header.at.length === 0) {
        problems.push({
          line,
          message: `the header names no known columns (use x1,x2,label or x,y), found "${raw.trim()}"`,
        });
        layout = { task: expected ?? 'classification', at: [0, 1, 2] };
        return;
      }
      if (header) return void (layout = header);
      const task: Task = expected ?? (row.length === 2 ? 'regression' : 'classification');
      layout = { task, at: COLUMNS[task].map((_, i) => i) };
    }
    const { task, at } = layout!;
    const names = COLUMNS[task];
    if (row.length <= Math.max(...at)) {
      problems.push({ line, message: `expected ${names.length} values (${names.join(', ')}), found ${row.length}` });
      return;
    }
    const values: number[] = [];
    for (let i = 0; i < names.length; i++) {
      const problem = checkCell(task, names[i], row[at[i]]);
      if (problem) return void problems.push({ line, message: problem });
      values.push(Number(row[at[i]]));
    }
    if (rows.length >= POINT_LIMITS.maxPoints) {
      problems.push({ line, message: `only ${POINT_LIMITS.maxPoints} points fit; this and later lines were left out` });
      return;
    }
    rows.push(
      task === 'classification'
        ? [values[0], values[1], values[2]].map(roundIfCoordinate)
        : values.map(roundCoordinate),
    );
  });
  const task = (layout as { task: Task } | null)?.task ?? expected ?? 'classification';
  if (expected && task !== expected && rows.length > 0) {
    return {
      points: null,
      problems: [
        {
          line: 1,
          message: `these are ${task} points (${COLUMNS[task].join(',')}); this data needs ${COLUMNS[expected].join(',')}`,
        },
      ],
      classes: null,
    };
  }
  return { points: rows.length > 0 ? { task, rows } : null, problems, classes: task === 'regression' ? null : classes };
}

function roundIfCoordinate(v: number, i: number): number {
  return i < 2 ? roundCoordinate(v) : v;
}

function checkCell(task: Task, name: string, cell: string): string | null {
  if (!isNumber(cell)) return `${name} is "${cell}", not a number`;
  const v = Number(cell);
  if (name === 'label') {
    return Number.isInteger(v) && v >= 0 && v <= MAX_CLASS_INDEX
      ? null
      : `label is ${cell}; a label is a class index, a whole number from 0 to ${MAX_CLASS_INDEX}`;
  }
  const limit = task === 'regression' && name === 'y' ? POINT_LIMITS.target : POINT_LIMITS.coordinate;
  return Math.abs(v) <= limit ? null : `${name} = ${cell} is outside −${limit} to ${limit}`;
}

/** The points as CSV with a header, in the format parsePointsCsv reads; `classes` above 2 is kept in a comment. */
export function pointsToCsv(points: CustomPoints, classes = 2): string {
  const header = COLUMNS[points.task].join(',');
  const note = points.task === 'classification' && classes > 2 ? [`# classes: ${classes}`] : [];
  return [...note, header, ...points.rows.map((r) => r.join(','))].join('\n') + '\n';
}

/** One sentence per bad line, for a list; at most `max`, then how many more. */
export function describeProblems(problems: readonly LineProblem[], max = 12): string[] {
  const shown = problems.slice(0, max).map((p) => `Line ${p.line}: ${p.message}.`);
  if (problems.length > max) shown.push(`… and ${problems.length - max} more lines with problems.`);
  return shown;
}
