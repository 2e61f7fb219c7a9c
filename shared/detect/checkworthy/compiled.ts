// The model in the shape the app scores with: words get numbers, so a sentence is scored without building a string
// per feature. Gives exactly the raw score scoreFeatures gives for sentenceFeatures (a test holds them together).
import type { ClaimKind } from '../../model/claim';
import { visitFeatures, type FeatureVisitor } from './features';
import type { CheckworthyModel } from './model';

/** A model compiled for fast scoring (see compileModel). */
export interface CompiledModel {
  /** The raw score of a sentence given the kinds of span found in it. */
  raw(sentence: string, kinds: Iterable<ClaimKind>): number;
}

/** Compiles a model: word ids, unigram weights by id, pair weights by id pair, other features by name. */
export function compileModel(model: CheckworthyModel): CompiledModel {
  const vocab = new Map<string, number>();
  const id = (token: string): number => {
    let n = vocab.get(token);
    if (n === undefined) {
      n = vocab.size;
      vocab.set(token, n);
    }
    return n;
  };
  const entries = Object.entries(model.weights);
  for (const [name] of entries) {
    if (name.startsWith('w:')) id(name.slice(2));
    else if (name.startsWith('b:')) for (const t of name.slice(2).split(' ')) id(t);
  }
  const size = vocab.size;
  const words = new Float64Array(size);
  const pairs = new Map<number, number>();
  const others = new Map<string, number>();
  for (const [name, weight] of entries) {
    if (name.startsWith('w:')) words[id(name.slice(2))] = weight;
    else if (name.startsWith('b:')) {
      const [a = '', b = ''] = name.slice(2).split(' ');
      pairs.set(id(a) * size + id(b), weight);
    } else others.set(name, weight);
  }

  let sum = 0;
  const visitor: FeatureVisitor = {
    word(token, previous) {
      const b = vocab.get(token);
      if (b === undefined) return;
      sum += words[b] ?? 0;
      const a = vocab.get(previous);
      if (a !== undefined) sum += pairs.get(a * size + b) ?? 0;
    },
    other(name) {
      sum += others.get(name) ?? 0;
    },
  };
  return {
    raw(sentence, kinds) {
      sum = 0;
      const count = visitFeatures(sentence, kinds, visitor);
      return count === 0 ? model.bias : model.bias + sum / Math.sqrt(count);
    },
  };
}
