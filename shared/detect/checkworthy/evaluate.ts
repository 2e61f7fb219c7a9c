// How the CheckThat! lab scores a ranking of sentences: per transcript, sentences sorted by score (ties keep file
// order), then Average Precision, R-Precision and precision at 5 and 10; the mean of each over transcripts.

/** The lab's measures for one ranking. */
export interface RankingMeasures {
  averagePrecision: number;
  rPrecision: number;
  precisionAt5: number;
  precisionAt10: number;
}

/** Scores one transcript: `scores[i]` and `labels[i]` (true = check-worthy) belong to its i-th sentence. */
export function measureRanking(scores: readonly number[], labels: readonly boolean[]): RankingMeasures {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  const relevant = labels.filter(Boolean).length;
  let hits = 0;
  let sumPrecision = 0;
  let at5 = 0;
  let at10 = 0;
  let atR = 0;
  order.forEach((i, rank) => {
    if (!labels[i]) return;
    hits++;
    sumPrecision += hits / (rank + 1);
    if (rank < 5) at5++;
    if (rank < 10) at10++;
    if (rank < relevant) atR++;
  });
  return {
    averagePrecision: relevant ? sumPrecision / relevant : 0,
    rPrecision: relevant ? atR / relevant : 0,
    precisionAt5: at5 / 5,
    precisionAt10: at10 / 10,
  };
}

/** The mean of each measure over several rankings. */
export function meanMeasures(all: readonly RankingMeasures[]): RankingMeasures {
  const mean = (pick: (m: RankingMeasures) => number): number =>
    all.length ? all.reduce((s, m) => s + pick(m), 0) / all.length : 0;
  return {
    averagePrecision: mean((m) => m.averagePrecision),
    rPrecision: mean((m) => m.rPrecision),
    precisionAt5: mean((m) => m.precisionAt5),
    precisionAt10: mean((m) => m.precisionAt10),
  };
}
