// D2: the company's monthly costs as stacked bars — Data, Traffic, Other — toggled by the card's checkboxes.
(function () {
    "use strict";

    Dashboard.register("costs", function (data) {
        var colors = Dashboard.colors;
        var last = data.labels.length - 1;
        var series = data.series.map(function (entry) {
            return {
                name: entry.name,
                type: "bar",
                stack: "cost",
                barMaxWidth: 36,
                itemStyle: { color: colors[entry.key] },
                // This month so far is drawn lighter: it is not over yet.
                data: entry.values.map(function (value, index) {
                    return index === last ? { value: value, itemStyle: { opacity: 0.55 } } : value;
                }),
                emphasis: { focus: "series" }
            };
        });
        return {
            animationDuration: 300,
            textStyle: Dashboard.textStyle,
            legend: { show: false, data: data.series.map(function (entry) { return entry.name; }) },
            grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
            tooltip: {
                trigger: "axis",
                axisPointer: { type: "shadow" },
                formatter: function (items) {
                    var total = 0;
                    var label = items.length ? items[0].axisValueLabel : "";
                    var lines = items.map(function (item) {
                        total += Number(item.value);
                        return item.marker + item.seriesName + ": " + Dashboard.kroner(item.value);
                    });
                    if (items.length && items[0].dataIndex === last) {
                        label += " (" + data.partialLabel + ")";
                    }
                    return [label].concat(lines, ["<strong>" + Dashboard.kroner(total) + "</strong>"]).join("<br>");
                }
            },
            xAxis: {
                type: "category",
                data: data.labels,
                axisTick: { show: false },
                axisLabel: { color: colors.muted, hideOverlap: true }
            },
            yAxis: {
                type: "value",
                axisLabel: { color: colors.muted, formatter: function (value) { return Dashboard.compact(value) + " kr"; } },
                splitLine: { lineStyle: { color: colors.grid } }
            },
            series: series
        };
    });
})();
