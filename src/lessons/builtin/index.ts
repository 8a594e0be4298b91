/** The built-in lessons, in the order a student takes them. */
import type { Lesson } from '../types';
import { BACKPROPAGATION, CHAIN_RULE_PATHS } from './backprop';
import { FORWARD_TO_LOSS, ONE_NEURON_FORWARD } from './forward';
import { OPTIMIZERS } from './optimizers';
import { UPDATE_AND_SLOPE } from './update';
import { THE_CURES } from './cures';
import { EXPLODING_GRADIENTS, VANISHING_GRADIENTS } from './vanishing';

export const BUILT_IN_LESSONS: readonly Lesson[] = [
  ONE_NEURON_FORWARD,
  FORWARD_TO_LOSS,
  UPDATE_AND_SLOPE,
  BACKPROPAGATION,
  CHAIN_RULE_PATHS,
  VANISHING_GRADIENTS,
  THE_CURES,
  EXPLODING_GRADIENTS,
  OPTIMIZERS,
];
