// Learns a check-worthiness model from labelled examples: L2-regularised logistic regression trained by stochastic
// gradient descent with a seeded shuffle, so the same examples and options always give the same model.
import type { Example } from './dataset';
import { scoreFeatures, type CheckworthyModel } from './model';
import { seededRandom } from '../../text/seeded-random';

/** Training options; the defaults are the ones the committed model was trained with. */
export interface TrainOptions {
  seed: number;
  epochs: number;
  /** Initial learning rate. */
  rate: number;
  /** L2 penalty per step. */
  lambda: number;
  /** A feature must occur in at least this many training sentences to get a weight. */
  minCount: number;
  /** How much more a check-worthy sentence counts than another (they are about 1 in 37). */
  positiveWeight: number;
  /** Weights smaller than this (in absolute value) are left out of the model file. */
  prune: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  seed: 2019,
  epochs: 15,
  rate: 0.5,
  lambda: 1e-4,
  minCount: 3,
  positiveWeight: 2,
  prune: 0.05,
};

function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** The 0th to 100th percentile of a list of numbers. */
function percentiles(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (let p = 0; p <= 100; p++) {
    const at = Math.round((p / 100) * (sorted.length - 1));
    out.push(sorted[at] ?? 0);
  }
  return out;
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;

/** Trains a model on `examples`. Deterministic: the same examples in the same order and options give the same model. */
export function trainModel(
  examples: readonly Example[],
  about: string,
  options: Partial<TrainOptions> = {},
): CheckworthyModel {
  const o = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts.keys()].filter((f) => (counts.get(f) ?? 0) >= o.minCount).sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({
    ids: e.features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0),
    scale: e.features.length ? 1 / Math.sqrt(e.features.length) : 0,
    y: e.checkworthy ? 1 : 0,
    weight: e.checkworthy ? o.positiveWeight : 1,
  }));

  const random = seededRandom(o.seed);
  const w = new Float64Array(names.length);
  let wScale = 1;
  let bias = 0;
  let t = 0;
  const order = rows.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const k of order) {
      const r = rows[k];
      if (!r) continue;
      const rate = o.rate / (1 + o.rate * o.lambda * t++);
      let dot = 0;
      for (const id of r.ids) dot += w[id] ?? 0;
      const g = (sigmoid(bias + dot * wScale * r.scale) - r.y) * r.weight;
      wScale *= 1 - rate * o.lambda;
      const step = (rate * g * r.scale) / wScale;
      for (const id of r.ids) w[id] = (w[id] ?? 0) - step;
      bias -= rate * g * 0.1;
      if (wScale < 1e-6) {
        for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) * wScale;
        wScale = 1;
      }
    }
  }

  const weights: Record<string, number> = {};
  names.forEach((f, i) => {
    const v = (w[i] ?? 0) * wScale;
    if (Math.abs(v) >= o.prune) weights[f] = round(v);
  });
  const model: CheckworthyModel = { about, bias: round(bias), weights, percentiles: [] };
  model.percentiles = percentiles(
    examples.filter((e) => e.checkworthy).map((e) => scoreFeatures(model, e.features)),
  ).map(round);
  return model;
}
