/** What a lesson step waits for, in the words its Next button uses. */
import type { Await } from '../../lessons/types';
import type { Selection } from '../../store/appState';
import { formatStep } from '../kit/format';
import { ACTIVATION_LABELS } from '../kit/labels';
import { biasName, layerLongName, neuronName, weightName } from '../kit/names';

function selectionWords(s: Selection): string {
  switch (s.kind) {
    case 'neuron':
      return neuronName(s.layer, s.unit).replace(/_\{(\d+) (\d+)\}/, '$1$2');
    case 'weight':
      return weightName(s)
        .replace(/_\{(\d+) (\d+)\}/g, '$1$2')
        .replace(/_(\d+)/g, '$1');
    case 'bias':
      return biasName(s.layer, s.unit).replace(/_\{(\d+) (\d+)\}/, '$1$2');
    case 'layer':
      return `the ${layerLongName(s.layer, Infinity).toLowerCase()} layer`;
  }
}

export function awaitWords(a: Await): string {
  switch (a.kind) {
    case 'phase':
      return `Step through to phase ${a.atLeast} (Next →)`;
    case 'select':
      return `Select ${selectionWords(a.target)}`;
    case 'activation':
      return a.layer === undefined
        ? `Switch the hidden layers to ${ACTIVATION_LABELS[a.is]}`
        : `Switch hidden layer ${a.layer + 1} to ${ACTIVATION_LABELS[a.is]}`;
    case 'learning-rate':
      return a.min === a.max ? `Set η to ${a.min}` : `Set η between ${a.min} and ${a.max}`;
    case 'train': {
      const goals = [
        a.step !== undefined ? `step ${formatStep(a.step)}` : null,
        a.epoch !== undefined ? `epoch ${formatStep(a.epoch)}` : null,
        a.lossBelow !== undefined ? `a training loss below ${a.lossBelow}` : null,
      ].filter(Boolean);
      return `Train to ${goals.join(' and ')} (Play)`;
    }
    case 'mode':
      return a.is === 'compare' ? 'Open compare mode' : a.is === 'step' ? 'Open step-through' : 'Go back to Train mode';
  }
}
