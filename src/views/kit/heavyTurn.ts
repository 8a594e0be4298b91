/**
 * The animation frame (its rAF timestamp) in which a costly piece of work last ran, page-wide:
 * while training plays, a heavy painter (useFrameDraw.ts) or a heavy chart render (useFrame.ts)
 * leaves a frame another one has taken and runs in the next, so their costs do not add up in
 * one frame.
 */
const turn = { takenAt: -1 };

/** Takes animation frame `at` for a costly piece of work; false when another took it already. */
export function takeHeavyTurn(at: number): boolean {
  if (turn.takenAt === at) return false;
  turn.takenAt = at;
  return true;
}
