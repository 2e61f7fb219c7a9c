// Leave-one-transcript-out evaluation: for each transcript, a model trained on all the others ranks its sentences,
// and the lab's measures are taken on that ranking. Uses trainModel, so what is measured is how the model is made.
import type { Example } from './dataset';
import { meanMeasures, measureRanking, type RankingMeasures } from './evaluate';
import { scoreFeatures } from './model';
import { trainModel, type TrainOptions } from './train';

/** One held-out transcript's measures. */
export interface HeldOut extends RankingMeasures {
  name: string;
  sentences: number;
  checkworthy: number;
  /** The held-out model's raw score of each sentence, in file order. */
  scores: number[];
}

/** Runs leave-one-transcript-out over `transcripts` (name -> examples in file order); returns each and the mean. */
export function leaveOneTranscriptOut(
  transcripts: ReadonlyArray<{ name: string; examples: readonly Example[] }>,
  options: Partial<TrainOptions> = {},
): { perTranscript: HeldOut[]; mean: RankingMeasures } {
  const perTranscript = transcripts.map((held) => {
    const training = transcripts.filter((t) => t !== held).flatMap((t) => t.examples);
    const model = trainModel(training, `held out: ${held.name}`, options);
    const scores = held.examples.map((e) => scoreFeatures(model, e.features));
    const labels = held.examples.map((e) => e.checkworthy);
    return {
      name: held.name,
      sentences: held.examples.length,
      checkworthy: labels.filter(Boolean).length,
      scores,
      ...measureRanking(scores, labels),
    };
  });
  return { perTranscript, mean: meanMeasures(perTranscript) };
}
