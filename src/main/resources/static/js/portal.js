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
    // the ⋮ button ([data-flip-toggle], aria-expanded) turns the card over and back, and Escape turns it back;
    // each turn is told as a "portal:flip" event on the card.
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
        card.dispatchEvent(new CustomEvent("portal:flip", { bubbles: true, detail: { back: backSide } }));
    }

    // For pages that keep the turned cards in their address (dashboard.js): turn a card without a click.
    window.Portal = {
        turn: function (card, backSide) {
            if (card && card.classList.contains("flip-card--enhanced")) {
                turn(card, backSide);
            }
        }
    };

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

    // An htmx request refused as invalid input (a 400 problem with errors [{field, message}], e.g. a
    // control character pasted into a search): nothing is swapped, so the message stands next to the
    // field that sent it, as a page form shows it, and is read out. The next answer that succeeds clears it.
    document.addEventListener("htmx:responseError", function (event) {
        var xhr = event.detail.xhr;
        var problem = null;
        if (!xhr || xhr.status !== 400) {
            return;
        }
        try {
            problem = JSON.parse(xhr.responseText);
        } catch (notJson) {
            return;
        }
        var scope = event.detail.elt.form || event.detail.elt;
        var announcer = document.getElementById("announcer");
        (problem.errors || []).forEach(function (error) {
            var field = scope.querySelector ? scope.querySelector("[name='" + CSS.escape(error.field) + "']") : null;
            if (!field) {
                return;
            }
            var id = field.id + "-request-error";
            var note = document.getElementById(id);
            if (!note) {
                note = document.createElement("p");
                note.className = "field__error";
                note.id = id;
                note.setAttribute("data-request-error", "");
                field.insertAdjacentElement("afterend", note);
                field.setAttribute("aria-describedby", ((field.getAttribute("aria-describedby") || "") + " " + id).trim());
            }
            note.textContent = "\u26a0 " + error.message;
            field.setAttribute("aria-invalid", "true");
            if (announcer) {
                announcer.textContent = error.message;
            }
        });
    });
    document.addEventListener("htmx:afterRequest", function (event) {
        var scope = event.detail.elt.form || event.detail.elt;
        if (!event.detail.successful || !scope.querySelectorAll) {
            return;
        }
        scope.querySelectorAll("[data-request-error]").forEach(function (note) {
            var field = document.querySelector("[aria-describedby~='" + note.id + "']");
            if (field) {
                field.removeAttribute("aria-invalid");
                field.setAttribute("aria-describedby", field.getAttribute("aria-describedby").replace(note.id, "").trim());
            }
            note.remove();
        });
    });

    // Side panels ([data-sheet-panel], a sheet on a phone): the row whose button or link filled the
    // panel is marked; the panel's close button or Escape empties it (or puts back its
    // data-placeholder template), unmarks the row, gives focus back to the row's button and tells
    // the page (portal:panelclose, for the address).
    var panelOpeners = new WeakMap();

    function markRow(panel, opener) {
        var row = opener && opener.closest ? opener.closest("tr") : null;
        if (row && row.parentNode) {
            row.parentNode.querySelectorAll("tr.is-selected").forEach(function (selected) {
                selected.classList.remove("is-selected");
                selected.removeAttribute("aria-current");
            });
        }
        if (panel && row) {
            row.classList.add("is-selected");
            row.setAttribute("aria-current", "true");
        }
    }

    function closePanel(panel) {
        var placeholder = panel.dataset.placeholder ? document.getElementById(panel.dataset.placeholder) : null;
        var scope = panel.closest(".card") || document;
        var opener = panelOpeners.get(panel);
        if (!opener || !document.body.contains(opener)) { // opened from the address: the marked row's own button
            opener = scope.querySelector("tr.is-selected a[href], tr.is-selected button");
        }
        panelOpeners.delete(panel);
        panel.innerHTML = placeholder ? placeholder.innerHTML : "";
        scope.querySelectorAll("tr.is-selected").forEach(function (row) {
            row.classList.remove("is-selected");
            row.removeAttribute("aria-current");
        });
        (opener || panel).focus();
        panel.dispatchEvent(new CustomEvent("portal:panelclose", { bubbles: true }));
    }

    document.addEventListener("click", function (event) {
        var close = event.target.closest ? event.target.closest("[data-sheet-panel] [data-close-panel]") : null;
        if (close) {
            closePanel(close.closest("[data-sheet-panel]"));
        }
    });

    document.addEventListener("keydown", function (event) {
        var panel = event.key === "Escape" && event.target.closest ? event.target.closest("[data-sheet-panel]") : null;
        if (panel && panel.querySelector("[data-close-panel]")) {
            event.preventDefault();
            closePanel(panel);
        }
    });

    document.addEventListener("htmx:afterSwap", function (event) {
        var panel = event.detail.target;
        var config = event.detail.requestConfig;
        var opener = config ? config.elt : null;
        if (panel && panel.matches && panel.matches("[data-sheet-panel]") && opener && !panel.contains(opener)) {
            panelOpeners.set(panel, opener);
            markRow(panel, opener);
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
