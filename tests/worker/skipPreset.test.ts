/**
 * The third cure, as the preset shows it: ten sigmoid layers of 8 on the circle, with and
 * without skip connections, trained in lockstep by the worker over ten seeds. After a fixed
 * number of steps the network with skips classifies the circle (> 90%) while the one
 * without stays at chance, and its first layer's mean |∂L/∂W| is at least 100× larger.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAYER_STAT_FIELDS } from '../../src/engine';
import { DEEP_SIGMOID_SKIPS } from '../../src/lessons/presets';
import { variantOf } from '../../src/store/compare';
import type { TrainerFrame } from '../../src/worker/protocol';
import { FakePage } from './harness';

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** 75 epochs of 400 training points in batches of 10. */
const EPOCHS = 75;

vi.setConfig({ testTimeout: 240_000 });

let page: FakePage;
afterEach(() => page?.dispose());

const firstLayerGrad = (t: TrainerFrame): number => t.stats[LAYER_STAT_FIELDS.indexOf('meanAbsGrad')];

describe('deep sigmoid, with and without skips', () => {
  it('over ten seeds: with skips > 90% on the circle, without near chance, first-layer gradient ≥ 100× larger', async () => {
    const rows: string[] = [];
    for (const seed of SEEDS) {
      page = new FakePage();
      const left = { ...DEEP_SIGMOID_SKIPS.config, seed };
      const right = variantOf(left, DEEP_SIGMOID_SKIPS.compare!);
      const configured = await page.request({ type: 'configure', trainers: [left, right] });
      // Before any step: the first mini-batch's gradients.
      const before = configured.trainers.map(firstLayerGrad);
      for (let k = 0; k < EPOCHS; k++) await page.request({ type: 'step', unit: 'epoch' });
      const [plain, skips] = page.lastFrame().trainers;
      expect(plain.step).toBe(3000);
      expect(skips.step).toBe(3000);
      expect(skips.skips.filter(Boolean).length).toBe(9);
      expect(plain.skips.some(Boolean)).toBe(false);
      rows.push(
        `seed ${seed}: accuracy ${plain.trainAccuracy} vs ${skips.trainAccuracy}, ` +
          `first-layer |∂L/∂W| at the start ${before[0].toExponential(1)} vs ${before[1].toExponential(1)}, ` +
          `after ${firstLayerGrad(plain).toExponential(1)} vs ${firstLayerGrad(skips).toExponential(1)}`,
      );
      expect(skips.trainAccuracy!, rows.at(-1)).toBeGreaterThan(0.9);
      expect(skips.testAccuracy!, rows.at(-1)).toBeGreaterThan(0.9);
      expect(Math.abs(plain.trainAccuracy! - 0.5), rows.at(-1)).toBeLessThan(0.05);
      expect(before[1] / before[0], rows.at(-1)).toBeGreaterThan(100);
      expect(firstLayerGrad(skips) / firstLayerGrad(plain), rows.at(-1)).toBeGreaterThan(100);
      page.dispose();
    }
    if (process.env.SHOW_FIGURES) console.log(rows.join('\n'));
  });
});
