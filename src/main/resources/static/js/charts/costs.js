// D2: the company's monthly costs as stacked bars — Data, Traffic, Other — toggled by the card's checkboxes.
(function () {
    "use strict";

    Dashboard.register("costs", function (data) {
        var last = data.labels.length - 1;
        return Dashboard.stackedBars({
            labels: data.labels,
            series: data.series,
            barMaxWidth: 36,
            top: 16,
            value: Dashboard.kroner,
            axis: function (value) { return Dashboard.compact(value) + " kr"; },
            title: function (index) {
                return index === last ? data.labels[index] + " (" + data.partialLabel + ")" : data.labels[index];
            },
            total: Dashboard.kroner,
            // This month so far is drawn lighter: it is not over yet.
            point: function (value, index) {
                return index === last ? { value: value, itemStyle: { opacity: 0.55 } } : value;
            }
        });
    });
})();
