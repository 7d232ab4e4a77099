/** What a bar chart draws: categories along one axis, one bar per series in each. Types only: no chart library. */
export interface ChartSeries {
  label: string
  values: number[]
  color: string
}

export interface ChartSpec {
  labels: string[]
  series: ChartSeries[]
  /** Bars along the horizontal axis (a funnel, long category names). */
  horizontal?: boolean
  /** The values are shares 0–1, shown as percentages. */
  share?: boolean
}
