import { countScale, formatAxisValue, formatCount, round } from './chartScale'

export type ChartSeries = { name: string; values: number[] }

export type TimeChartInput = {
  /** The id its <title>, <desc> and table are named from: unique on the page. */
  id: string
  title: string
  /** What the chart shows, in words, for people who cannot see it (its <desc>). */
  description: string
  /** What each point is, for the table's first column: "Week beginning". */
  periodLabel: string
  /** One label per point, oldest first, for the table: "1 June 2026". */
  periods: string[]
  /** Shorter labels under the axis ("1 Jun"), if the table's are long. */
  axisLabels?: string[]
  series: ChartSeries[]
  kind: 'line' | 'bar'
}

const WIDTH = 640
const HEIGHT = 260
const TOP = 16
const RIGHT = 16
const BOTTOM = 44
/** Axis labels are drawn right-aligned in this margin: room for "1,000" or "12.5k". */
const LEFT = 60
/** At most this many period labels under the axis, so they never overlap; the table has them all. */
const PERIOD_TICKS_AT_MOST = 7

/**
 * The geometry of a chart of counts over time, as plain numbers for views/components/app/timeChart.ejs:
 * pure, so the chart is tested without a browser. Lines for several series; bars side by side in
 * each period for 'bar'. The table beside it gives every number.
 */
export function presentTimeChart({
  id,
  title,
  description,
  periodLabel,
  periods,
  axisLabels = periods,
  series,
  kind,
}: TimeChartInput) {
  const plot = { x: LEFT, y: TOP, width: WIDTH - LEFT - RIGHT, height: HEIGHT - TOP - BOTTOM }
  const scale = countScale(series.flatMap(each => each.values))
  const yOf = (value: number) => round(plot.y + plot.height - (value / scale.max) * plot.height)
  const band = plot.width / Math.max(1, periods.length)
  const centre = (index: number) => round(plot.x + band * index + band / 2)
  const labelEvery = Math.max(1, Math.ceil(periods.length / PERIOD_TICKS_AT_MOST))
  const barWidth = (band * 0.8) / Math.max(1, series.length)

  return {
    id,
    title,
    description,
    width: WIDTH,
    height: HEIGHT,
    plot,
    empty: periods.length === 0 || series.every(each => each.values.every(value => value === 0)),
    yTicks: scale.ticks.map(tick => ({ y: yOf(tick), label: formatAxisValue(tick) })),
    xTicks: periods
      .map((label, index) => ({ x: centre(index), label: axisLabels[index] ?? label, index }))
      .filter(({ index }) => (periods.length - 1 - index) % labelEvery === 0),
    lines:
      kind === 'line'
        ? series.map((each, index) => ({
            name: each.name,
            index,
            points: each.values.map((value, at) => ({ x: centre(at), y: yOf(value) })),
            path: each.values.map((value, at) => `${centre(at)},${yOf(value)}`).join(' '),
          }))
        : [],
    bars:
      kind === 'bar'
        ? series.flatMap((each, index) =>
            each.values.map((value, at) => ({
              index,
              x: round(plot.x + band * at + band * 0.1 + barWidth * index),
              y: yOf(value),
              width: round(Math.max(1, barWidth - 1)),
              height: round(plot.y + plot.height - yOf(value)),
            })),
          )
        : [],
    legend: series.length > 1 ? series.map((each, index) => ({ name: each.name, index })) : [],
    table: {
      head: [periodLabel, ...series.map(each => each.name)],
      rows: periods.map((label, at) => [label, ...series.map(each => formatCount(each.values[at] ?? 0))]),
    },
  }
}

export type TimeChart = ReturnType<typeof presentTimeChart>
