/** Reading and writing own points as CSV: formats, headers, and one message per bad line. */
import { describe, expect, it } from 'vitest';
import { describeProblems, parsePointsCsv, pointsToCsv } from '../../../src/store/ownData/pointsCsv';

describe('parsePointsCsv', () => {
  it('reads x1,x2,label with a header, skipping blank lines and comments', () => {
    const r = parsePointsCsv('x1,x2,label\n1.5,-2,1\n\n# a comment\n0,0.25,0\n');
    expect(r.problems).toEqual([]);
    expect(r.points).toEqual({
      task: 'classification',
      rows: [
        [1.5, -2, 1],
        [0, 0.25, 0],
      ],
    });
  });

  it('reads x,y as regression, with or without a header, and semicolons or tabs as separators', () => {
    expect(parsePointsCsv('x,y\n1,2\n-3,0.5').points).toEqual({
      task: 'regression',
      rows: [
        [1, 2],
        [-3, 0.5],
      ],
    });
    expect(parsePointsCsv('1;2\n-3\t0.5').points).toEqual({
      task: 'regression',
      rows: [
        [1, 2],
        [-3, 0.5],
      ],
    });
  });

  it('finds the columns by name and ignores the others (the data set export reads back)', () => {
    const text = 'split,x2,x1,label,prediction\ntrain,2,1,1,0.93\ntest,-1,-2,0,0.1\n';
    expect(parsePointsCsv(text).points?.rows).toEqual([
      [1, 2, 1],
      [-2, -1, 0],
    ]);
  });

  it('reports each bad line with its number, column and value, and keeps the good lines', () => {
    const text = ['x1,x2,label', '1,1,1', '2,abc,0', '3,3,0', '4,4', '5,5,7', '9,0,1', '0,0,0'].join('\n');
    const r = parsePointsCsv(text);
    expect(r.problems).toEqual([
      { line: 3, message: 'x2 is "abc", not a number' },
      { line: 5, message: 'expected 3 values (x1, x2, label), found 2' },
      { line: 6, message: 'label is 7; a label is a class index, a whole number from 0 to 4' },
      { line: 7, message: 'x1 = 9 is outside −6 to 6' },
    ]);
    expect(r.points?.rows).toEqual([
      [1, 1, 1],
      [3, 3, 0],
      [0, 0, 0],
    ]);
    expect(describeProblems(r.problems)[0]).toBe('Line 3: x2 is "abc", not a number.');
  });

  it('refuses a header it does not know, and points of the wrong kind for the data', () => {
    expect(parsePointsCsv('a,b,c\n1,2,1').problems[0]).toMatchObject({ line: 1 });
    const wrong = parsePointsCsv('x,y\n1,2', 'classification');
    expect(wrong.points).toBeNull();
    expect(wrong.problems[0].message).toMatch(/regression points/);
  });

  it('rounds coordinates to 0.01 and lists at most a dozen problems, then how many more', () => {
    expect(parsePointsCsv('0.123456,1.98765,1').points?.rows).toEqual([[0.12, 1.99, 1]]);
    const bad = Array.from({ length: 20 }, () => 'x,y,z,w').join('\n');
    const lines = describeProblems(parsePointsCsv(`x1,x2,label\n${bad}`).problems);
    expect(lines).toHaveLength(13);
    expect(lines[12]).toBe('… and 8 more lines with problems.');
  });
});

describe('pointsToCsv', () => {
  it('writes what parsePointsCsv reads back', () => {
    for (const points of [
      {
        task: 'classification' as const,
        rows: [
          [1.5, -2, 1],
          [0, 0.25, 0],
        ],
      },
      {
        task: 'regression' as const,
        rows: [
          [-6, 10],
          [0.5, -0.25],
        ],
      },
    ]) {
      const back = parsePointsCsv(pointsToCsv(points));
      expect(back).toEqual({ points, problems: [], classes: null });
    }
  });
});
