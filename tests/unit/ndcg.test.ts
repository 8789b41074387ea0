import { dcg, mean, ndcgAt } from '../../scripts/bench/relevance/ndcg'

// Hand-computed: gain 2^grade - 1, discount log2(rank + 1), so ranks 1, 2, 3 divide by 1, 1.585, 2.
const LOG2_3 = Math.log2(3)

describe('nDCG@k', () => {
  it('sums gains discounted by rank', () => {
    expect(dcg([3, 2, 1])).toBeCloseTo(7 + 3 / LOG2_3 + 1 / 2, 10)
    expect(dcg([0, 3])).toBeCloseTo(7 / LOG2_3, 10)
    expect(dcg([])).toBe(0)
  })

  it('is 1 for the best possible order and less for any other', () => {
    const judgments = { a: 3, b: 1 }
    expect(ndcgAt(10, ['a', 'b'], judgments)).toBe(1)
    // DCG (1 + 7/log2 3) = 5.4165 against the ideal (7 + 1/log2 3) = 7.6309.
    expect(ndcgAt(10, ['b', 'a'], judgments)).toBeCloseTo(0.70981, 5)
  })

  it('counts unjudged documents as grade 0 and documents found below rank k as not found', () => {
    expect(ndcgAt(10, ['x', 'a'], { a: 3 })).toBeCloseTo(1 / LOG2_3, 10)
    expect(ndcgAt(1, ['x', 'a'], { a: 3 })).toBe(0)
    expect(ndcgAt(10, [], { a: 3 })).toBe(0)
  })

  it('takes the ideal from the best k judgments only', () => {
    const judgments = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`d${index}`, 3]))
    expect(ndcgAt(10, Object.keys(judgments).slice(2), judgments)).toBeCloseTo(1, 10)
    // One grade-3 document and one grade-2: finding only the grade 2 at rank 1 scores 3/(7 + 3/log2 3).
    expect(ndcgAt(10, ['b'], { a: 3, b: 2 })).toBeCloseTo(3 / (7 + 3 / LOG2_3), 10)
  })

  it('scores 0 when nothing was judged relevant, and averages plainly', () => {
    expect(ndcgAt(10, ['a'], {})).toBe(0)
    expect(mean([1, 0, 0.5])).toBeCloseTo(0.5, 10)
    expect(mean([])).toBe(0)
  })
})
