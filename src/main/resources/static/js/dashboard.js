// The dashboard's charts and cards. Each chart is drawn with ECharts from the JSON block its card
// carries (<script type="application/json">), by a builder that the chart's own file registers:
// Dashboard.register("costs", function (data, element) { return echartsOption; }). Flip cards are portal.js's.
// Cards re-rendered by htmx get their charts drawn again; the old ones are disposed first.
(function () {
    "use strict";

    var builders = {};
    var locale = document.documentElement.lang === "en" ? "en-GB" : "nb-NO";
    var kroner = new Intl.NumberFormat(locale, { style: "currency", currency: "NOK", maximumFractionDigits: 0 });
    var kronerExact = new Intl.NumberFormat(locale, { style: "currency", currency: "NOK", minimumFractionDigits: 2 });
    var number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    var whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    // Axis units in the page's language: Norwegian never mixes an English "k" with a decimal comma.
    var units = locale === "nb-NO" ? { thousand: "\u00a0tusen", million: "\u00a0mill." } : { thousand: "k", million: "\u00a0m" };

    /** An axis figure: 3 500 in full; 35 tusen and 3,5 mill. (35k, 3.5 m in English) from ten thousand. */
    function compact(value) {
        var size = Math.abs(value);
        if (size >= 1e6) {
            return number.format(value / 1e6) + units.million;
        }
        if (size >= 1e4) {
            return number.format(value / 1e3) + units.thousand;
        }
        return whole.format(value);
    }

    /** Megabytes on an axis: 500 MB, and GB (10^3 MB, as the price list counts) from a thousand. */
    function megabytes(value) {
        return Math.abs(value) >= 1000 ? number.format(value / 1000) + "\u00a0GB" : whole.format(value) + "\u00a0MB";
    }

    // Colours with at least 3:1 contrast against white (WCAG 1.4.11), shared with the CSS swatches.
    var colors = {
        data: "#0b4f6c", traffic: "#1f7a6d", other: "#a35d00",
        withinPackage: "#0b4f6c", extraPackage: "#6a3d9a", outsidePackage: "#b3261e",
        abovePackage: "#8fc7e3", packageLine: "#1c2430", text: "#1c2430", muted: "#56606e", grid: "#e3e8ee"
    };

    function drawCharts(root) {
        root.querySelectorAll("[data-chart]").forEach(function (element) {
            var builder = builders[element.dataset.chart];
            if (!builder || element.dataset.chartReady || typeof echarts === "undefined") {
                return;
            }
            var source = document.getElementById(element.dataset.chartSource);
            var data = JSON.parse(source.textContent);
            var chart = echarts.init(element, null, { renderer: "svg" });
            chart.setOption(builder(data, element, chart));
            element.dataset.chartReady = "true";
        });
    }

    function disposeCharts(root) {
        root.querySelectorAll("[data-chart-ready]").forEach(function (element) {
            var chart = echarts.getInstanceByDom(element);
            if (chart) {
                chart.dispose();
            }
        });
    }

    function chartOf(id) {
        var element = document.getElementById(id);
        return element && typeof echarts !== "undefined" ? echarts.getInstanceByDom(element) : null;
    }

    // Series toggles: <fieldset data-chart-toggles="chart-id"> with checkboxes whose value is a series name.
    document.addEventListener("change", function (event) {
        var input = event.target;
        var toggles = input.closest ? input.closest("[data-chart-toggles]") : null;
        if (!toggles || input.type !== "checkbox") {
            return;
        }
        var chart = chartOf(toggles.dataset.chartToggles);
        if (chart) {
            chart.dispatchAction({ type: input.checked ? "legendSelect" : "legendUnSelect", name: input.value });
        }
    });

    // The selected user's row stays marked while its panel is shown.
    document.addEventListener("click", function (event) {
        var link = event.target.closest ? event.target.closest("[data-select-user]") : null;
        if (!link) {
            return;
        }
        var row = link.closest("tr");
        row.parentNode.querySelectorAll("tr.is-selected").forEach(function (selected) {
            selected.classList.remove("is-selected");
            selected.removeAttribute("aria-current");
        });
        row.classList.add("is-selected");
        row.setAttribute("aria-current", "true");
    });

    // Stacked bars whose series the card's checkboxes toggle (the legend itself is hidden), with a
    // tooltip that lists each series and their sum (D2's costs, D5's data). chart: {labels, series:
    // [{key, name, values}], barMaxWidth, top, axisName?, value(v), axis(v), title(index), total(sum),
    // point?(value, index)}.
    function stackedBars(chart) {
        return {
            animationDuration: 300,
            textStyle: window.Dashboard.textStyle,
            legend: { show: false, data: chart.series.map(function (entry) { return entry.name; }) },
            grid: { left: 8, right: 8, top: chart.top, bottom: 8, containLabel: true },
            tooltip: {
                trigger: "axis",
                axisPointer: { type: "shadow" },
                formatter: function (items) {
                    var sum = 0;
                    var lines = items.map(function (item) {
                        sum += Number(item.value);
                        return item.marker + item.seriesName + ": " + chart.value(item.value);
                    });
                    var title = items.length ? chart.title(items[0].dataIndex) : "";
                    return [title].concat(lines, ["<strong>" + chart.total(sum) + "</strong>"]).join("<br>");
                }
            },
            xAxis: { type: "category", data: chart.labels, axisTick: { show: false }, axisLabel: { color: colors.muted, hideOverlap: true } },
            yAxis: {
                type: "value",
                name: chart.axisName,
                nameTextStyle: { color: colors.muted, align: "right" },
                axisLabel: { color: colors.muted, formatter: chart.axis },
                splitLine: { lineStyle: { color: colors.grid } }
            },
            series: chart.series.map(function (entry) {
                return {
                    name: entry.name,
                    type: "bar",
                    stack: "total",
                    barMaxWidth: chart.barMaxWidth,
                    itemStyle: { color: colors[entry.key] },
                    data: chart.point ? entry.values.map(chart.point) : entry.values,
                    emphasis: { focus: "series" }
                };
            })
        };
    }

    var resizeTimer = null;
    window.addEventListener("resize", function () {
        window.clearTimeout(resizeTimer);
        resizeTimer = window.setTimeout(function () {
            document.querySelectorAll("[data-chart-ready]").forEach(function (element) {
                var chart = echarts.getInstanceByDom(element);
                if (chart) {
                    chart.resize();
                }
            });
        }, 150);
    });

    document.addEventListener("htmx:beforeSwap", function (event) {
        if (typeof echarts !== "undefined") {
            disposeCharts(event.detail.target);
        }
    });
    document.addEventListener("htmx:afterSettle", function () {
        drawCharts(document);
    });
    document.addEventListener("DOMContentLoaded", function () {
        drawCharts(document);
    });

    window.Dashboard = {
        register: function (name, builder) {
            builders[name] = builder;
        },
        chartOf: chartOf,
        colors: colors,
        kroner: function (value) {
            return kroner.format(value);
        },
        kronerExact: function (value) {
            return kronerExact.format(value);
        },
        number: function (value) {
            return number.format(value);
        },
        compact: compact,
        megabytes: megabytes,
        // Axis and tooltip defaults shared by the bar charts.
        textStyle: { fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif", color: colors.text },
        stackedBars: stackedBars
    };
})();
