import { countScale, formatCount, round } from './chartScale'

export type CategoryChartInput = {
  id: string
  title: string
  description: string
  /** The table's column headings: "Theme", "Declarations". */
  categoryLabel: string
  valueLabel: string
  /** Shown in this order (the caller sorts). */
  items: { label: string; value: number }[]
}

const WIDTH = 640
const ROW = 48
const LABEL_HEIGHT = 20
const BAR_HEIGHT = 16
/** Room after the longest bar for its number. */
const VALUE_ROOM = 72

/**
 * The geometry of a horizontal bar chart of categories: each category's name on a line of its
 * own above its bar, so a long theme or region name is never cut, and the count after the bar.
 * Pure; views/components/app/categoryChart.ejs draws it.
 */
export function presentCategoryChart({ id, title, description, categoryLabel, valueLabel, items }: CategoryChartInput) {
  const scale = countScale(items.map(item => item.value))
  const room = WIDTH - VALUE_ROOM
  return {
    id,
    title,
    description,
    width: WIDTH,
    height: Math.max(ROW, items.length * ROW),
    empty: items.length === 0,
    rows: items.map((item, index) => {
      const top = index * ROW
      const width = round((item.value / scale.max) * room)
      return {
        label: item.label,
        labelY: top + LABEL_HEIGHT - 4,
        barY: top + LABEL_HEIGHT + 2,
        barHeight: BAR_HEIGHT,
        width,
        valueX: round(width + 6),
        valueY: top + LABEL_HEIGHT + BAR_HEIGHT - 2,
        value: formatCount(item.value),
      }
    }),
    table: {
      head: [categoryLabel, valueLabel],
      rows: items.map(item => [item.label, formatCount(item.value)]),
    },
  }
}

export type CategoryChart = ReturnType<typeof presentCategoryChart>
