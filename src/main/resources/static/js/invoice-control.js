// Fakturakontroll: "select all shown" for the user list's bulk changes, without a framework.
(function () {
    "use strict";
    document.querySelectorAll("input[data-select-all]").forEach(function (all) {
        var form = all.form || all.closest("form");
        var name = all.dataset.selectAll;
        function boxes() {
            return form.querySelectorAll("input[type=checkbox][name='" + name + "']");
        }
        function sync() {
            var list = boxes();
            var checked = Array.prototype.filter.call(list, function (box) { return box.checked; }).length;
            all.checked = list.length > 0 && checked === list.length;
            all.indeterminate = checked > 0 && checked < list.length;
        }
        all.hidden = false;
        all.addEventListener("change", function () {
            boxes().forEach(function (box) {
                box.checked = all.checked;
            });
        });
        form.addEventListener("change", function (event) {
            if (event.target !== all && event.target.name === name) {
                sync();
            }
        });
        sync();
    });
})();
