import { Button } from 'antd';
import { BarChart, type BarSeriesOption, LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { QIAO_THEME } from './theme';

// Only the parts drawn here enter the bundle: bar and line series on a category axis.
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

type ChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

export type EChartSeries = { name: string; type: 'bar' | 'line'; data: number[] };

export type EChartProps = {
  /** The chart's accessible name: what it shows and its main figures in a sentence. */
  summary: string;
  /** Caption of the data table that repeats the chart's numbers. */
  caption: string;
  /** Header of the table's first column (what the categories are, e.g. 月份). */
  categoryLabel: string;
  categories: string[];
  series: EChartSeries[];
  height?: number;
};

// Distinct hues that keep ≥ 3:1 against white (WCAG 1.4.11); the legend and table carry the names.
const PALETTE = ['#0b57d0', '#00838f', '#2e7d32', '#a15c00', '#8e24aa'];

/**
 * A bar/line chart over categories (ECharts), resized with its container. Screen readers get the
 * summary as the picture's name and a data table, which sighted users can open too.
 */
export function EChart({ summary, caption, categoryLabel, categories, series, height = 280 }: EChartProps) {
  const t = useT();
  const tableId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<ReturnType<typeof init> | null>(null);
  const [isTableShown, setTableShown] = useState(false);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;
    const chart = init(container, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const option: ChartOption = {
      color: PALETTE,
      textStyle: { fontFamily: QIAO_THEME.token?.fontFamily },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map((s) => ({ name: s.name, type: s.type, data: s.data, ...(s.type === 'bar' ? { barMaxWidth: 24 } : { symbolSize: 6 }) })) as ChartOption['series'],
    };
    chartRef.current?.setOption(option, { notMerge: true });
  }, [categories, series]);

  const cell = { padding: '4px 8px', borderBottom: '1px solid #f0f0f0', textAlign: 'right' as const };
  return (
    <figure style={{ margin: 0 }}>
      <div ref={containerRef} role="img" aria-label={summary} style={{ width: '100%', height }} />
      <Button size="small" type="link" aria-expanded={isTableShown} aria-controls={tableId} onClick={() => setTableShown((shown) => !shown)} style={{ paddingInline: 0 }}>
        {isTableShown ? t('chart.hideTable') : t('chart.showTable')}
      </Button>
      <div id={tableId} className={isTableShown ? undefined : 'sr-only'} style={isTableShown ? { overflowX: 'auto' } : undefined}>
        <table style={{ borderCollapse: 'collapse', width: '100%', fontSize: 14 }}>
          <caption style={{ textAlign: 'start', padding: '4px 0', fontWeight: 600 }}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col" style={{ ...cell, textAlign: 'start' }}>
                {categoryLabel}
              </th>
              {series.map((s) => (
                <th key={s.name} scope="col" style={cell}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {categories.map((category, row) => (
              <tr key={category}>
                <th scope="row" style={{ ...cell, textAlign: 'start', fontWeight: 400 }}>
                  {category}
                </th>
                {series.map((s) => (
                  <td key={s.name} style={cell}>
                    {s.data[row] ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
