// D5: the month's mobile data per day as stacked bars in MB — within the package, within extra
// packages, outside any package — toggled by the card's checkboxes. Paging the user list moves focus
// to the list's count; the user's panel is a side panel of portal.js.
(function () {
    "use strict";

    Dashboard.register("data", function (data) {
        return Dashboard.stackedBars({
            labels: data.labels,
            series: data.series,
            barMaxWidth: 24,
            top: 28,
            value: function (value) { return Dashboard.number(value) + " MB"; },
            axis: Dashboard.megabytes,
            title: function (index) { return data.dates[index]; },
            total: function (sum) { return data.total + ": " + Dashboard.number(sum) + " MB"; }
        });
    });

    // Paging the user list moves focus to its count (the panel itself is portal.js's side panel).
    document.addEventListener("htmx:afterSwap", function (event) {
        var config = event.detail.requestConfig;
        var element = config ? config.elt : null;
        if (element && element.matches("[data-pager]")) {
            var count = document.getElementById("data-users-count");
            if (count) {
                count.focus();
            }
        }
    });
})();
