// D5: the month's mobile data per day as stacked bars in MB — within the package, within extra
// packages, outside any package — toggled by the card's checkboxes. Also the user list's detail
// panel: the selected row is marked, the panel closes with its button or Escape, and focus goes
// back to the row it was opened from; paging moves focus to the list's count.
(function () {
    "use strict";

    Dashboard.register("data", function (data) {
        var colors = Dashboard.colors;
        var series = data.series.map(function (entry) {
            return {
                name: entry.name,
                type: "bar",
                stack: "data",
                barMaxWidth: 24,
                itemStyle: { color: colors[entry.key] },
                data: entry.values,
                emphasis: { focus: "series" }
            };
        });
        return {
            animationDuration: 300,
            textStyle: Dashboard.textStyle,
            legend: { show: false, data: data.series.map(function (entry) { return entry.name; }) },
            grid: { left: 8, right: 8, top: 28, bottom: 8, containLabel: true },
            tooltip: {
                trigger: "axis",
                axisPointer: { type: "shadow" },
                formatter: function (items) {
                    var total = 0;
                    var date = items.length ? data.dates[items[0].dataIndex] : "";
                    var lines = items.map(function (item) {
                        total += Number(item.value);
                        return item.marker + item.seriesName + ": " + Dashboard.number(item.value) + " MB";
                    });
                    return [date].concat(lines, ["<strong>" + data.total + ": " + Dashboard.number(total) + " MB</strong>"]).join("<br>");
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
                name: "MB",
                nameTextStyle: { color: colors.muted, align: "right" },
                axisLabel: { color: colors.muted, formatter: function (value) { return Dashboard.compact(value); } },
                splitLine: { lineStyle: { color: colors.grid } }
            },
            series: series
        };
    });

    var opener = null;

    function closePanel(panel) {
        panel.innerHTML = "";
        document.querySelectorAll("#data-users tr.is-selected").forEach(function (row) {
            row.classList.remove("is-selected");
        });
        if (opener && document.body.contains(opener)) {
            opener.focus();
        }
        opener = null;
    }

    document.addEventListener("click", function (event) {
        var close = event.target.closest ? event.target.closest("[data-close-panel]") : null;
        if (close) {
            closePanel(close.closest(".data-user-panel"));
        }
    });

    document.addEventListener("keydown", function (event) {
        var panel = event.key === "Escape" && event.target.closest ? event.target.closest(".data-user-panel") : null;
        if (panel && panel.firstElementChild) {
            closePanel(panel);
        }
    });

    document.addEventListener("htmx:afterSwap", function (event) {
        var config = event.detail.requestConfig;
        var element = config ? config.elt : null;
        if (!element) {
            return;
        }
        if (event.detail.target.id === "data-user-panel" && element.matches("[data-user-button]")) {
            opener = element;
            document.querySelectorAll("#data-users tr.is-selected").forEach(function (row) {
                row.classList.remove("is-selected");
            });
            element.closest("tr").classList.add("is-selected");
        } else if (element.matches("[data-pager]")) {
            var count = document.getElementById("data-users-count");
            if (count) {
                count.focus();
            }
        }
    });
})();
