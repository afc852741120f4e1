// Settings → API: the copy button of a new token's secret, without a framework.
(function () {
    "use strict";
    document.querySelectorAll("button[data-copy]").forEach(function (button) {
        var field = document.getElementById(button.dataset.copy);
        var status = document.getElementById(field.getAttribute("aria-describedby"));
        function told(text) {
            status.textContent = text;
        }
        function fallback() {
            field.focus();
            field.select();
            try {
                told(document.execCommand("copy") ? button.dataset.copied : button.dataset.copyFailed);
            } catch (e) {
                told(button.dataset.copyFailed);
            }
        }
        button.addEventListener("click", function () {
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(field.value).then(function () {
                    told(button.dataset.copied);
                }, fallback);
            } else {
                fallback();
            }
        });
    });
})();
