/**
 * Clicking anywhere in a category chart's plot area picks that month: the
 * ECharts instance is re-created on a theme switch, so the handler is
 * attached to each new instance.
 */
import { watch, type ShallowRef } from 'vue'
import type { ECharts } from 'echarts/core'

export function useMonthClick(chart: ShallowRef<ECharts | null>, onMonth: (index: number) => void): void {
  watch(
    chart,
    (c) => {
      if (!c) return
      c.getZr().on('click', (e: { offsetX: number; offsetY: number }) => {
        const at = [e.offsetX, e.offsetY]
        if (!c.containPixel('grid', at)) return
        const x = c.convertFromPixel({ gridIndex: 0 }, at) as unknown
        const i = Math.round(Array.isArray(x) ? Number(x[0]) : Number(x))
        if (Number.isFinite(i) && i >= 0) onMonth(i)
      })
    },
    { immediate: true },
  )
}
