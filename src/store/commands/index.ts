/** Every action a view (or a lesson, a shortcut, a test) can take, as one object of explicit commands. */
import type { Ctx } from '../context';
import { editingCommands, type EditingCommands } from './editing';
import { linkCommands, type LinkCommands } from './links';
import { modeCommands, type ModeCommands } from './modes';
import { playbackCommands, type PlaybackCommands } from './playback';
import { viewCommands, type ViewCommands } from './view';

export type Commands = EditingCommands & PlaybackCommands & ModeCommands & ViewCommands & LinkCommands;

export function createCommands(ctx: Ctx): Commands {
  const modes = modeCommands(ctx);
  return {
    ...editingCommands(ctx),
    ...playbackCommands(ctx, modes.leaveStepThrough),
    ...modes,
    ...viewCommands(ctx),
    ...linkCommands(ctx),
  };
}
