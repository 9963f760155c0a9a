/**
 * useChart owns an ECharts instance for one element: tree-shaken
 * registration (only the charts and components used), re-render whenever the
 * option builder's reactive inputs change (data, language), re-init on theme
 * change, resize through a ResizeObserver, dispose on unmount. The
 * container gets role="img", an aria-label and data-series naming the
 * series in the UI language.
 */
import { onBeforeUnmount, onMounted, shallowRef, watch, type Ref } from 'vue'
import { use, init, type ComposeOption, type ECharts } from 'echarts/core'
import {
  BarChart,
  GaugeChart,
  LineChart,
  type BarSeriesOption,
  type GaugeSeriesOption,
  type LineSeriesOption,
} from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'
import { useAppStore } from '@/stores/app'

use([BarChart, GaugeChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer])

/** The option type covering exactly the registered pieces. */
export type ChartOption = ComposeOption<
  | BarSeriesOption
  | GaugeSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>

export function useChart(el: Ref<HTMLElement | null>, build: (dark: boolean) => ChartOption) {
  const app = useAppStore()
  const chart = shallowRef<ECharts | null>(null)
  let observer: ResizeObserver | null = null

  function create(): void {
    if (!el.value) return
    chart.value?.dispose()
    const dark = app.prefs.theme === 'dark'
    chart.value = init(el.value, dark ? 'dark' : undefined, { renderer: 'canvas' })
    render()
  }

  function render(option: ChartOption = build(app.prefs.theme === 'dark')): void {
    chart.value?.setOption({ backgroundColor: 'transparent', ...option }, { notMerge: true })
    describe(option)
  }

  /**
   * Names the chart for assistive technology (the canvas itself is mute) and
   * for tests: data-series lists the series names in the current language.
   */
  function describe(option: ChartOption): void {
    if (!el.value) return
    const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : []
    const names = series.map((x) => (typeof x?.name === 'string' ? x.name : '')).filter((n) => n !== '')
    el.value.setAttribute('data-series', names.join('|'))
    el.value.setAttribute('role', 'img')
    el.value.setAttribute('aria-label', names.join(', '))
  }

  onMounted(() => {
    create()
    if (el.value && typeof ResizeObserver !== 'undefined') {
      observer = new ResizeObserver(() => chart.value?.resize())
      observer.observe(el.value)
    }
  })

  // Re-render when the builder's reactive inputs change (data, locale).
  watch(
    () => build(app.prefs.theme === 'dark'),
    (option) => render(option),
  )
  // ECharts themes apply at init, so a theme switch re-creates the instance.
  watch(() => app.prefs.theme, create)

  onBeforeUnmount(() => {
    observer?.disconnect()
    observer = null
    chart.value?.dispose()
    chart.value = null
  })

  return { chart }
}
