// Small behaviours without inline script (the Content-Security-Policy allows scripts from 'self' only).
(function () {
    "use strict";

    // <form data-confirm="…">: ask before a destructive action.
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
            event.preventDefault();
        }
    });

    // [data-details-controls]: buttons that open or close every <details> of their section; hidden without script.
    document.querySelectorAll("[data-details-controls]").forEach(function (controls) {
        controls.hidden = false;
        controls.addEventListener("click", function (event) {
            var button = event.target.closest("button[data-details]");
            if (!button) {
                return;
            }
            var open = button.dataset.details === "open";
            controls.closest("section").querySelectorAll("details").forEach(function (details) {
                details.open = open;
            });
        });
    });

    // [data-flip-card]: a card with a front and a back side (D2, D3). Without script both sides show; with it,
    // the ⋮ button ([data-flip-toggle], aria-expanded) turns the card over and back, and Escape turns it back.
    // Cards that htmx brings in later are set up the same way (htmx:load).
    function setUpFlipCards(root) {
        root.querySelectorAll("[data-flip-card]:not(.flip-card--enhanced)").forEach(function (card) {
            var toggle = card.querySelector("[data-flip-toggle]");
            var back = card.querySelector(".flip-card__back");
            if (!toggle || !back) {
                return;
            }
            card.classList.add("flip-card--enhanced");
            toggle.hidden = false;
            back.hidden = true;
        });
    }

    function turn(card, backSide) {
        var toggle = card.querySelector("[data-flip-toggle]");
        var front = card.querySelector(".flip-card__front");
        var back = card.querySelector(".flip-card__back");
        toggle.setAttribute("aria-expanded", String(backSide));
        front.hidden = backSide;
        back.hidden = !backSide;
        var shown = backSide ? back : front;
        shown.classList.remove("flip-card__side--turning");
        void shown.offsetWidth; // restarts the animation
        shown.classList.add("flip-card__side--turning");
    }

    document.addEventListener("click", function (event) {
        var toggle = event.target.closest ? event.target.closest("[data-flip-toggle]") : null;
        if (toggle) {
            turn(toggle.closest("[data-flip-card]"), toggle.getAttribute("aria-expanded") !== "true");
        }
    });
    document.addEventListener("keydown", function (event) {
        var card = event.key === "Escape" && event.target.closest ? event.target.closest(".flip-card--enhanced") : null;
        var toggle = card ? card.querySelector("[data-flip-toggle]") : null;
        if (toggle && toggle.getAttribute("aria-expanded") === "true") {
            turn(card, false);
            toggle.focus();
        }
    });
    setUpFlipCards(document);
    document.addEventListener("htmx:load", function (event) {
        setUpFlipCards(event.target.parentNode || document);
    });

    // After an htmx swap, read the new content's summary ([data-announce]) out in the page's live region,
    // so that a filter applied as it changes is heard without moving the focus away from it.
    document.addEventListener("htmx:afterSwap", function (event) {
        var summary = event.target.querySelector("[data-announce]");
        var announcer = document.getElementById("announcer");
        if (summary && announcer) {
            announcer.textContent = summary.textContent.trim();
        }
    });

    // After an htmx swap, move focus to the new content's heading so screen readers hear the change.
    document.addEventListener("htmx:afterSwap", function (event) {
        var heading = event.target.querySelector("[data-focus-after-swap]");
        if (heading) {
            heading.setAttribute("tabindex", "-1");
            heading.focus();
        }
    });
})();
