import { countScale, formatAxisValue } from '../../server/presenters/charts/chartScale'
import { presentCategoryChart } from '../../server/presenters/charts/categoryChartPresenter'
import { presentTimeChart, type TimeChartInput } from '../../server/presenters/charts/timeChartPresenter'

const chart = (overrides: Partial<TimeChartInput>) =>
  presentTimeChart({
    id: 'views',
    title: 'Page views',
    description: 'Views by week',
    periodLabel: 'Week beginning',
    periods: ['1 June', '8 June', '15 June'],
    series: [{ name: 'Views', values: [0, 5, 10] }],
    kind: 'bar',
    ...overrides,
  })

describe('the value axis', () => {
  it('runs from 0 to a nice top in whole steps', () => {
    expect(countScale([7])).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] })
    expect(countScale([10])).toEqual({ max: 10, ticks: [0, 5, 10] })
    expect(countScale([3])).toEqual({ max: 3, ticks: [0, 1, 2, 3] })
    expect(countScale([1234])).toEqual({ max: 1500, ticks: [0, 500, 1000, 1500] })
  })

  it('still has an axis for an empty or all-zero series', () => {
    expect(countScale([])).toEqual({ max: 1, ticks: [0, 1] })
    expect(countScale([0, 0])).toEqual({ max: 1, ticks: [0, 1] })
  })

  it('writes large values short on the axis', () => {
    expect([999, 1_500, 12_000, 2_500_000].map(formatAxisValue)).toEqual(['999', '1,500', '12k', '2.5m'])
  })
})

describe('a chart over time', () => {
  it('draws bars from the axis, the tallest to the top of the plot', () => {
    const { bars, plot } = chart({})
    const bottom = plot.y + plot.height
    expect(bars.map(bar => bar.height)).toEqual([0, plot.height / 2, plot.height])
    expect(bars.map(bar => bar.y + bar.height)).toEqual([bottom, bottom, bottom])
    expect(bars[2]!.y).toBe(plot.y)
  })

  it('labels the value axis and each period, and tabulates every figure', () => {
    const result = chart({})
    expect(result.yTicks.map(tick => tick.label)).toEqual(['0', '5', '10'])
    expect(result.yTicks[0]!.y).toBe(result.plot.y + result.plot.height)
    expect(result.xTicks.map(tick => tick.label)).toEqual(['1 June', '8 June', '15 June'])
    expect(result.table).toEqual({
      head: ['Week beginning', 'Views'],
      rows: [
        ['1 June', '0'],
        ['8 June', '5'],
        ['15 June', '10'],
      ],
    })
  })

  it('labels at most seven periods under the axis, always the latest, with short labels if given', () => {
    const periods = Array.from({ length: 26 }, (_, week) => `Week ${week + 1}`)
    const result = chart({
      periods,
      axisLabels: periods.map((_, week) => `W${week + 1}`),
      series: [{ name: 'Views', values: periods.map(() => 1) }],
    })
    expect(result.xTicks.length).toBeLessThanOrEqual(7)
    expect(result.xTicks.at(-1)!.label).toBe('W26')
    expect(result.table.rows).toHaveLength(26)
    expect(result.table.rows[0]![0]).toBe('Week 1')
  })

  it('handles no periods and an all-zero series: an axis, no bars of height, and says so', () => {
    const none = chart({ periods: [], series: [{ name: 'Views', values: [] }] })
    expect(none).toMatchObject({ empty: true, bars: [], xTicks: [], table: { rows: [] } })
    expect(none.yTicks.map(tick => tick.label)).toEqual(['0', '1'])
    expect(chart({ series: [{ name: 'Views', values: [0, 0, 0] }] }).empty).toBe(true)
    expect(chart({}).empty).toBe(false)
  })

  it('draws one point as a line of one point, in the middle of the plot', () => {
    const result = chart({ kind: 'line', periods: ['1 June'], series: [{ name: 'Views', values: [4] }] })
    const [line] = result.lines
    expect(line!.points).toEqual([{ x: result.plot.x + result.plot.width / 2, y: result.plot.y }])
    expect(result.xTicks).toHaveLength(1)
  })

  it('keeps large values inside the plot and writes them in full in the table', () => {
    const result = chart({ kind: 'line', series: [{ name: 'Views', values: [1_234_567, 10, 0] }] })
    for (const point of result.lines[0]!.points) {
      expect(point.y).toBeGreaterThanOrEqual(result.plot.y)
      expect(point.y).toBeLessThanOrEqual(result.plot.y + result.plot.height)
    }
    expect(result.yTicks.at(-1)!.label).toBe('1.5m')
    expect(result.table.rows[0]).toEqual(['1 June', '1,234,567'])
  })

  it('gives several series a legend, a line each, and a column each', () => {
    const result = chart({
      kind: 'line',
      series: [
        { name: 'Searches', values: [3, 2, 1] },
        { name: 'Found nothing', values: [1, 0, 0] },
      ],
    })
    expect(result.legend).toEqual([
      { name: 'Searches', index: 0 },
      { name: 'Found nothing', index: 1 },
    ])
    expect(result.lines.map(line => line.path.split(' ').length)).toEqual([3, 3])
    expect(result.table.head).toEqual(['Week beginning', 'Searches', 'Found nothing'])
  })
})

describe('a chart of categories', () => {
  const categories = (items: { label: string; value: number }[]) =>
    presentCategoryChart({
      id: 'themes',
      title: 'By theme',
      description: 'Declarations by theme',
      categoryLabel: 'Theme',
      valueLabel: 'Declarations',
      items,
    })

  it('draws a bar per category in proportion, its name above it and its count after it', () => {
    const { rows, table } = categories([
      { label: 'Housing and homelessness', value: 10 },
      { label: 'Transport', value: 5 },
    ])
    expect(rows[1]!.width).toBe(rows[0]!.width / 2)
    expect(rows[1]!.labelY).toBeGreaterThan(rows[0]!.barY + rows[0]!.barHeight)
    expect(rows[0]!.valueX).toBeGreaterThan(rows[0]!.width)
    expect(table.rows).toEqual([
      ['Housing and homelessness', '10'],
      ['Transport', '5'],
    ])
  })

  it('is empty with no categories, and a zero is a bar of no width', () => {
    expect(categories([])).toMatchObject({ empty: true, rows: [] })
    expect(categories([{ label: 'None yet', value: 0 }]).rows[0]!.width).toBe(0)
  })
})
