/** Every action a view (or a lesson, a shortcut, a test) can take, as one object of explicit commands. */
import type { Ctx } from '../context';
import { editingCommands, type EditingCommands } from './editing';
import { modeCommands, type ModeCommands } from './modes';
import { playbackCommands, type PlaybackCommands } from './playback';
import { recoveryCommands, type RecoveryCommands } from './recovery';
import { viewCommands, type ViewCommands } from './view';

export type Commands = EditingCommands & PlaybackCommands & ModeCommands & ViewCommands & RecoveryCommands;

export function createCommands(ctx: Ctx): Commands {
  const modes = modeCommands(ctx);
  const editing = editingCommands(ctx);
  const playback = playbackCommands(ctx, modes.leaveStepThrough);
  const recovery = recoveryCommands(ctx, { ...editing, ...modes, ...playback });
  return { ...editing, ...playback, ...modes, ...viewCommands(ctx), ...recovery };
}
