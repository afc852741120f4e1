// Budsjett (#18.3, X3): the month's running cost — actual to today, the forecast to month end with its interval at
// the last day, and the budget as a level line — for the chosen department or all of them.
(function () {
    "use strict";

    Dashboard.register("budget", function (data) {
        var colors = Dashboard.colors;
        var last = data.labels.length - 1;
        var series = [
            {
                name: data.names.actual, type: "line", data: data.actual, showSymbol: false,
                lineStyle: { width: 3, color: colors.data }, itemStyle: { color: colors.data },
                areaStyle: { color: colors.data, opacity: 0.08 }
            },
            {
                name: data.names.forecast, type: "line", data: data.forecast, showSymbol: false, connectNulls: false,
                lineStyle: { width: 2, type: "dashed", color: colors.other }, itemStyle: { color: colors.other },
                markLine: data.high === null ? undefined : {
                    silent: true, symbol: "none", label: { show: false },
                    lineStyle: { color: colors.other, width: 6, opacity: 0.35, type: "solid" },
                    data: [[{ coord: [last, Number(data.low)] }, { coord: [last, Number(data.high)] }]]
                }
            }
        ];
        if (data.budget !== null) {
            series.push({
                name: data.names.budget, type: "line", showSymbol: false,
                data: data.labels.map(function () { return data.budget; }),
                lineStyle: { width: 2, color: colors.outsidePackage }, itemStyle: { color: colors.outsidePackage }
            });
        }
        return {
            animationDuration: 300,
            textStyle: Dashboard.textStyle,
            legend: { top: 0, textStyle: { color: colors.text } },
            grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
            tooltip: {
                trigger: "axis",
                valueFormatter: function (value) { return value === null || value === undefined ? "–" : Dashboard.kroner(value); }
            },
            xAxis: { type: "category", data: data.labels, boundaryGap: false, axisLabel: { color: colors.muted, hideOverlap: true } },
            yAxis: {
                type: "value",
                axisLabel: { color: colors.muted, formatter: function (value) { return Dashboard.compact(value) + " kr"; } },
                splitLine: { lineStyle: { color: colors.grid } }
            },
            series: series
        };
    });
})();
