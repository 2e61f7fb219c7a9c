// Predictions: the cue words, the sentence span cut at quotes, and nouns that look like cues.
import { describe, expect, it } from 'vitest';
import { findPredictions } from '../../../../shared/detect/predictions';
import { findQuotes } from '../../../../shared/detect/quotes';
import { SentenceIndex } from '../../../../shared/detect/text';

const find = (t: string) =>
  findPredictions(t, new SentenceIndex(t), findQuotes(t)).map((p) => ({
    text: t.slice(p.start, p.end),
    reason: p.reason,
  }));

describe('findPredictions', () => {
  it('gives the sentence with its cue', () => {
    expect(find('The vote is expected to pass Tuesday. Nothing else happened.')).toEqual([
      { text: 'The vote is expected to pass Tuesday.', reason: "Prediction: 'is expected to'" },
    ]);
    expect(find('The county plans to sell the lot.')[0]?.reason).toBe("Prediction: 'plans to'");
    expect(find('Rain could reach 3 inches.')[0]?.reason).toBe("Prediction: 'could'");
  });

  it('cuts the sentence at a quote and ignores cues inside quotes', () => {
    expect(find('“We will win,” she said, adding that prices will rise.')).toEqual([
      { text: 'she said, adding that prices will rise.', reason: "Prediction: 'will'" },
    ]);
    expect(find('“We will win.”')).toEqual([]);
  });

  it('skips "will" and "plan" used as nouns', () => {
    expect(find('It was the will of the voters. Judge blocks county’s plan to close shelter.')).toEqual([]);
  });
});
