// The part of ECharts the dashboard draws with, and nothing else: bar and line (step) charts, the
// world map with a continuous visual map, tooltips, the grid, the (hidden) legend that the series
// toggles drive, the text shown when the map fails, and the SVG renderer. The Maven build bundles
// this file with esbuild from the ECharts, ZRender and tslib WebJars into static/js/echarts.js
// (ADR 0011); a chart type used later is added here, in echarts.use([...]).
import * as echarts from "echarts/lib/export/core.js";
import { install as BarChart } from "echarts/lib/chart/bar/install.js";
import { install as LineChart } from "echarts/lib/chart/line/install.js";
import { install as MapChart } from "echarts/lib/chart/map/install.js";
import { install as GridComponent } from "echarts/lib/component/grid/install.js";
import { install as TooltipComponent } from "echarts/lib/component/tooltip/install.js";
import { install as LegendComponent } from "echarts/lib/component/legend/installLegendPlain.js";
import { install as VisualMapContinuousComponent } from "echarts/lib/component/visualMap/installVisualMapContinuous.js";
import { install as GraphicComponent } from "echarts/lib/component/graphic/install.js";
import { install as SVGRenderer } from "echarts/lib/renderer/installSVGRenderer.js";

echarts.use([BarChart, LineChart, MapChart, GridComponent, TooltipComponent, LegendComponent,
    VisualMapContinuousComponent, GraphicComponent, SVGRenderer]);

window.echarts = echarts;
