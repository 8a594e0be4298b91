/**
 * Command-line options of `npm run bench:ui`: --reps N (3), --seconds S (10), --pauses N
 * (5 per repetition), --scenarios A,big,compare,largest,compare-largest, --no-build, --trace,
 * --profile; the long run: --long-minutes N (10; 0 skips it), --minute-seconds S (60).
 */
import { SCENARIOS, type Scenario } from './scenarios';

export interface Options {
  reps: number;
  seconds: number;
  pauses: number;
  scenarios: Scenario[];
  build: boolean;
  trace: boolean;
  /** CPU-profile the page's main thread in the first repetition (unminified build, function names kept). */
  profile: boolean;
  /** The long run (longRun.ts): how many minutes, and how long a "minute" is (60 s; shorter for a quick look). */
  longMinutes: number;
  minuteSeconds: number;
}

export function parseOptions(): Options {
  const arg = (name: string) => {
    const k = process.argv.indexOf(name);
    return k >= 0 ? process.argv[k + 1] : undefined;
  };
  const int = (name: string, dflt: number) => {
    const v = Number(arg(name) ?? dflt);
    if (!(v > 0 && Number.isFinite(v))) throw new RangeError(`${name} takes a positive number`);
    return v;
  };
  const ids = arg('--scenarios')?.split(',') ?? SCENARIOS.map((s) => s.id);
  const scenarios = ids.map((id) => {
    const s = SCENARIOS.find((x) => x.id === id);
    if (!s) throw new RangeError(`unknown scenario ${id} (have ${SCENARIOS.map((x) => x.id).join(', ')})`);
    return s;
  });
  return {
    reps: int('--reps', 3),
    seconds: int('--seconds', 10),
    pauses: int('--pauses', 5),
    scenarios,
    build: !process.argv.includes('--no-build'),
    trace: process.argv.includes('--trace'),
    profile: process.argv.includes('--profile'),
    longMinutes: arg('--long-minutes') === '0' ? 0 : int('--long-minutes', 10),
    minuteSeconds: int('--minute-seconds', 60),
  };
}
