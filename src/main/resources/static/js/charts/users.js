// D6: one user's data over six months against the package — the part above the package light blue.
(function () {
    "use strict";

    Dashboard.register("user-trend", function (data) {
        var colors = Dashboard.colors;
        return {
            animationDuration: 300,
            textStyle: Dashboard.textStyle,
            grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
            tooltip: {
                trigger: "axis",
                axisPointer: { type: "shadow" },
                valueFormatter: function (value) {
                    return value === null || value === undefined ? "–" : Dashboard.number(value) + " MB";
                }
            },
            xAxis: { type: "category", data: data.labels, axisTick: { show: false }, axisLabel: { color: colors.muted } },
            yAxis: {
                type: "value",
                axisLabel: { color: colors.muted, formatter: Dashboard.megabytes },
                splitLine: { lineStyle: { color: colors.grid } }
            },
            series: [
                { name: data.names.within, type: "bar", stack: "data", barMaxWidth: 32, data: data.within,
                    itemStyle: { color: colors.withinPackage } },
                // Light blue as the seed asks; the darker outline keeps the bar visible (WCAG 1.4.11).
                { name: data.names.above, type: "bar", stack: "data", barMaxWidth: 32, data: data.above,
                    itemStyle: { color: colors.abovePackage, borderColor: "#2b6f99", borderWidth: 1 } },
                { name: data.names["package"], type: "line", step: "middle", data: data["package"], symbol: "none",
                    lineStyle: { color: colors.packageLine, type: "dashed", width: 2 }, z: 5 }
            ]
        };
    });
})();
