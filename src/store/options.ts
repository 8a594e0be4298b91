/**
 * What a set-up may contain, for the controls that offer it: the names the engine knows
 * (activations, losses, initialisers, optimisers, datasets) and the one limits table.
 * Re-exported here so views reach them through the store, never the engine's values.
 */
export {
  ACTIVATION_NAMES,
  DATASET_NAMES,
  INIT_NAMES,
  LIMITS,
  LOSS_NAMES,
  OPTIMIZER_NAMES,
  OUTPUT_ACTIVATION_NAMES,
  UNIT_STATUSES,
} from '../engine';
export { LAYER_STAT_FIELDS } from '../engine';
/** Half-width of the input square the 2-D datasets live in. */
export { DOMAIN } from '../engine';
