// D5: the month's mobile data per day as stacked bars in MB — within the package, within extra
// packages, outside any package — toggled by the card's checkboxes. Also the user list's detail
// panel: the selected row is marked, the panel closes with its button or Escape, and focus goes
// back to the row it was opened from; paging moves focus to the list's count.
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
