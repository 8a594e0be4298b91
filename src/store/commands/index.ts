/** Every action a view (or a lesson, a shortcut, a test) can take, as one object of explicit commands. */
import type { StoreApi } from 'zustand/vanilla';
import type { Ctx } from '../context';
import type { LessonsState } from '../lessonState';
import { editingCommands, type EditingCommands } from './editing';
import { lessonCommands, type LessonCommands } from './lessons';
import { fileCommands, type FileCommands } from './files';
import { linkCommands, type LinkCommands } from './links';
import { modeCommands, type ModeCommands } from './modes';
import { ownDataCommands, type OwnDataCommands } from './ownData';
import { playbackCommands, type PlaybackCommands } from './playback';
import { recoveryCommands, type RecoveryCommands } from './recovery';
import { viewCommands, type ViewCommands } from './view';

export type Commands = EditingCommands &
  PlaybackCommands &
  ModeCommands &
  ViewCommands &
  LessonCommands &
  OwnDataCommands &
  FileCommands &
  LinkCommands &
  RecoveryCommands;

export function createCommands(ctx: Ctx, lessons: StoreApi<LessonsState>): Commands {
  const modes = modeCommands(ctx);
  const view = viewCommands(ctx);
  const editing = editingCommands(ctx);
  const playback = playbackCommands(ctx, modes.leaveStepThrough);
  return {
    ...editing,
    ...playback,
    ...modes,
    ...view,
    ...lessonCommands(ctx, lessons, { ...modes, ...view }),
    ...ownDataCommands(ctx),
    ...fileCommands(ctx),
    ...linkCommands(ctx),
    ...recoveryCommands(ctx, { ...editing, ...modes, ...playback }),
  };
}
