// nDCG@k (Järvelin and Kekäläinen, 2002) in the form most IR evaluations use: gain 2^grade - 1, so
// a grade 3 counts more than three grade 1s, discounted by log2(rank + 1); normalised by the best
// ordering of the judged documents, so 1 means no better top k was possible.

const gain = (grade: number) => 2 ** grade - 1

/** Discounted cumulative gain of grades in ranked order (rank 1 first). */
export function dcg(grades: number[]): number {
  return grades.reduce((sum, grade, index) => sum + gain(grade) / Math.log2(index + 2), 0)
}

/** nDCG of the top `k` ids returned, against graded judgments (unjudged ids are grade 0). */
export function ndcgAt(k: number, rankedIds: string[], judgments: Record<string, number>): number {
  const ideal = dcg(
    Object.values(judgments)
      .sort((a, b) => b - a)
      .slice(0, k),
  )
  if (ideal === 0) return 0
  return dcg(rankedIds.slice(0, k).map(id => judgments[id] ?? 0)) / ideal
}

export const mean = (values: number[]) =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length
