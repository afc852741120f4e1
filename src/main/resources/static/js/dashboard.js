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

    // At the page's load a chart is drawn when it comes near the screen, each in a task of its own,
    // and ECharts itself is fetched with the first one: a phone that opens the dashboard runs no
    // chart code for the cards below its screen (Lighthouse's blocking time, #12.6). Printing draws
    // them all first.
    var echartsLoading = null;
    var nearScreen = typeof IntersectionObserver === "function" ? new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
            if (entry.isIntersecting) {
                nearScreen.unobserve(entry.target);
                window.setTimeout(function () { draw(entry.target); }, 0);
            }
        });
    }, { rootMargin: "200px 0px" }) : null;

    /**
     * Draws the charts in root: at the page's load (lazy) each when it nears the screen; a chart
     * that a card or panel brings in answer to the reader (an htmx swap) at once.
     */
    function drawCharts(root, lazy) {
        root.querySelectorAll("[data-chart]").forEach(function (element) {
            if (element.dataset.chartReady || element.dataset.chartWaiting) {
                return;
            }
            if (lazy && nearScreen) {
                element.dataset.chartWaiting = "true";
                nearScreen.observe(element);
            } else {
                window.setTimeout(function () { draw(element); }, 0);
            }
        });
    }

    /** Draws every chart now, wherever it is on the page (before printing, and for tests). */
    function drawAll() {
        return Promise.all(Array.prototype.map.call(document.querySelectorAll("[data-chart]"), function (element) {
            if (nearScreen) {
                nearScreen.unobserve(element);
            }
            return draw(element);
        }));
    }

    /** ECharts, fetched once by the first chart drawn (its fingerprinted URL is on the dashboard). */
    function loadECharts() {
        if (typeof echarts !== "undefined") {
            return Promise.resolve();
        }
        if (!echartsLoading) {
            var holder = document.querySelector("[data-echarts]");
            echartsLoading = new Promise(function (resolve, reject) {
                var script = document.createElement("script");
                script.src = holder ? holder.dataset.echarts : "/js/echarts.js";
                script.onload = resolve;
                script.onerror = function () {
                    echartsLoading = null; // the next chart tries again
                    reject(new Error("ECharts could not be loaded"));
                };
                document.head.appendChild(script);
            });
        }
        return echartsLoading;
    }

    function draw(element) {
        delete element.dataset.chartWaiting;
        var builder = builders[element.dataset.chart];
        if (!builder || element.dataset.chartReady || !element.isConnected) {
            return Promise.resolve();
        }
        return loadECharts().then(function () {
            if (element.dataset.chartReady || !element.isConnected) {
                return;
            }
            var source = document.getElementById(element.dataset.chartSource);
            var data = JSON.parse(source.textContent);
            var chart = echarts.init(element, null, { renderer: "svg" });
            chart.setOption(builder(data, element, chart));
            element.dataset.chartReady = "true";
            hideUntickedSeries(element, chart);
        }, function () {
            element.dataset.chartFailed = "true";
        });
    }

    /** A series whose box was unticked before its chart was drawn (a restored address) starts hidden. */
    function hideUntickedSeries(element, chart) {
        document.querySelectorAll("[data-chart-toggles='" + element.id + "'] input[type=checkbox]").forEach(function (box) {
            if (!box.checked) {
                chart.dispatchAction({ type: "legendUnSelect", name: box.value });
            }
        });
    }

    function disposeCharts(root) {
        if (nearScreen) {
            root.querySelectorAll("[data-chart-waiting]").forEach(function (element) {
                nearScreen.unobserve(element);
            });
        }
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
    document.addEventListener("htmx:afterSettle", function (event) {
        drawCharts(document);
        DashboardState.restore(event.target);
    });
    document.addEventListener("DOMContentLoaded", function () {
        drawCharts(document, true);
        DashboardState.restore(document);
    });

    window.addEventListener("beforeprint", drawAll);

    window.Dashboard = {
        register: function (name, builder) {
            builders[name] = builder;
        },
        drawAll: drawAll,
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

// State that stays (#12.3): what the reader set on the dashboard — each card's period, the chart
// toggles, D5's filter and page, D7's search, sort, minimum and page, the turned cards and the open
// panels (D4's country, D5's and D6's user by subscription id) — lives in the page's address, one
// query string for the whole dashboard (history.replaceState). "/" renders the periods, D5's filter
// and D7 from it on the server; the rest is put back here after the page or a card is loaded.
// A card re-rendered for a new period is asked for with its own state from the address, so that
// it keeps its search, sort and toggles. Without script the plain GET forms work as before.
//
// Loading and errors (#12.4): every card request marks the card aria-busy with its figures dimmed
// and "Laster …" beside a spinner (read out through #announcer); a request that fails (HTTP error
// or no network) hides the card's body behind a message and a "Prøv igjen" button that repeats it.
var DashboardState = (function () {
    "use strict";

    var PERIODS = ["subscriptions", "costs", "world", "data", "users"];
    var DATA_FILTER = ["name", "number", "department", "plan", "minMb", "maxMb", "minPercent", "maxPercent", "extra", "sort"];
    var USERS_LIST = ["userSearch", "userSort", "userOrder", "userMinOf", "userMin", "userPage", "userShow"];
    // The state each card's own endpoint takes, so that a re-render keeps it (and nothing else, for its cache).
    var CARD_STATE = {
        subscriptions: ["subscriptions"],
        costs: ["costs"],
        world: ["world"],
        data: ["data"].concat(DATA_FILTER),
        users: ["users"].concat(USERS_LIST, ["user"])
    };
    var DEFAULTS = { userShow: "ALL", sort: "MB_DESC" };
    var restoring = false;

    function current() {
        return new URLSearchParams(window.location.search);
    }

    function dashboard() {
        return document.querySelector("[data-dashboard]");
    }

    function write(change) {
        if (!dashboard()) {
            return;
        }
        var params = current();
        change(params);
        Object.keys(DEFAULTS).forEach(function (key) {
            if (params.get(key) === DEFAULTS[key]) {
                params.delete(key); // what the server shows anyway: a shorter address
            }
        });
        if (!params.get("userMin")) {
            params.delete("userMinOf");
        }
        var query = params.toString();
        window.history.replaceState(window.history.state, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    }

    function setAll(params, keys, from) {
        keys.forEach(function (key) {
            var value = from.get(key);
            if (value === null || value === "") {
                params.delete(key);
            } else {
                params.set(key, value);
            }
        });
    }

    function listOf(params, key) {
        var value = params.get(key);
        return value ? value.split(",").filter(Boolean) : [];
    }

    function setList(params, key, values) {
        if (values.length) {
            params.set(key, values.join(","));
        } else {
            params.delete(key);
        }
    }

    // What a successful request says about the state, by its address.
    function record(address) {
        var url = new URL(address, window.location.href);
        var query = url.searchParams;
        var path = url.pathname;
        var match;
        write(function (params) {
            if ((match = path.match(/^\/dashboard\/(subscriptions|costs|world|data|users)$/))) {
                setAll(params, CARD_STATE[match[1]].filter(function (key) { return query.has(key); }), query);
                if (match[1] === "users" && !query.has("user")) {
                    params.delete("user");
                }
            } else if (path === "/dashboard/users/list") {
                setAll(params, ["users"].concat(USERS_LIST), query);
            } else if ((match = path.match(/^\/dashboard\/users\/(\d+)$/))) {
                params.set("user", match[1]);
            } else if (path === "/dashboard/data/users") {
                setAll(params, DATA_FILTER, query);
                if (query.get("page") && query.get("page") !== "0") {
                    params.set("dataPage", query.get("page"));
                } else {
                    params.delete("dataPage");
                }
            } else if ((match = path.match(/^\/dashboard\/data\/users\/(\d+)$/))) {
                params.set("dataUser", match[1]);
            } else if ((match = path.match(/^\/dashboard\/world\/countries\/([A-Za-z]{2})$/))) {
                params.set("country", match[1].toUpperCase());
            }
        });
    }

    function cardOf(element) {
        return element && element.closest ? element.closest(".dashboard .card") : null;
    }

    function cardName(card) {
        return card && card.id ? card.id.replace(/^card-/, "") : null;
    }

    // A card's re-render asks for the card's state in the address that its form does not send itself.
    document.addEventListener("htmx:configRequest", function (event) {
        var target = event.detail.target;
        var name = target && target.classList && target.classList.contains("card") ? cardName(target) : null;
        if (!name || !CARD_STATE[name] || !dashboard()) {
            return;
        }
        var inPath = new URL(event.detail.path, window.location.href).searchParams;
        var params = current();
        CARD_STATE[name].forEach(function (key) {
            var value = params.get(key);
            if (value !== null && value !== "" && !event.detail.parameters.has(key) && !inPath.has(key)) {
                event.detail.parameters[key] = value;
            }
        });
    });

    // Chart toggles: <card>Hide lists the series keys switched off.
    document.addEventListener("change", function (event) {
        var input = event.target;
        var toggles = input.closest ? input.closest("[data-chart-toggles]") : null;
        if (!toggles || input.type !== "checkbox" || restoring) {
            return;
        }
        var key = toggles.dataset.chartToggles.replace(/^chart-/, "") + "Hide";
        var hidden = Array.prototype.filter.call(toggles.querySelectorAll("input[type=checkbox]"), function (box) {
            return !box.checked;
        }).map(function (box) {
            return box.dataset.seriesKey;
        });
        write(function (params) {
            setList(params, key, hidden);
        });
    });

    // A side panel closed (portal.js): its user is out of the address too (D5's dataUser, D6's user).
    document.addEventListener("portal:panelclose", function (event) {
        var key = event.target.dataset ? event.target.dataset.stateKey : null;
        if (key) {
            write(function (params) {
                params.delete(key);
            });
        }
    });

    // Turned cards: flip lists the ids of the cards shown from the back.
    document.addEventListener("portal:flip", function (event) {
        var id = event.target.id;
        if (!id || restoring) {
            return;
        }
        write(function (params) {
            var flipped = listOf(params, "flip").filter(function (other) { return other !== id; });
            if (event.detail.back) {
                flipped.push(id);
            }
            setList(params, "flip", flipped);
        });
    });

    function restoreToggles(root, params) {
        root.querySelectorAll("[data-chart-toggles]").forEach(function (toggles) {
            var hidden = listOf(params, toggles.dataset.chartToggles.replace(/^chart-/, "") + "Hide");
            var chart = window.Dashboard ? window.Dashboard.chartOf(toggles.dataset.chartToggles) : null;
            toggles.querySelectorAll("input[type=checkbox]").forEach(function (box) {
                var show = hidden.indexOf(box.dataset.seriesKey) < 0;
                if (box.checked !== show) {
                    box.checked = show;
                }
                if (chart) {
                    chart.dispatchAction({ type: show ? "legendSelect" : "legendUnSelect", name: box.value });
                }
            });
        });
    }

    function restoreFlips(root, params) {
        listOf(params, "flip").forEach(function (id) {
            var card = document.getElementById(id);
            if (!card || (root !== document && !root.contains(card))) {
                return;
            }
            var toggle = card ? card.querySelector("[data-flip-toggle]") : null;
            if (toggle && toggle.getAttribute("aria-expanded") !== "true" && window.Portal) {
                window.Portal.turn(card, true);
            }
        });
    }

    // A panel is loaded when the address names it and the card shows none yet (its placeholder has no data-loaded).
    function restorePanel(root, targetId, url) {
        var target = document.getElementById(targetId);
        if (!target || (root !== document && !root.contains(target)) || target.dataset.restored === url || typeof htmx === "undefined") {
            return;
        }
        target.dataset.restored = url;
        htmx.ajax("GET", url, { target: target, swap: "innerHTML" });
    }

    function restorePanels(root, params) {
        var country = params.get("country");
        if (country && /^[A-Z]{2}$/.test(country) && document.getElementById("world-users")) {
            restorePanel(root, "world-users", "/dashboard/world/countries/" + country + "?world=" + encodeURIComponent(params.get("world") || "DAYS_30"));
        }
        var period = "?data=" + encodeURIComponent(params.get("data") || "THIS_MONTH");
        var dataPage = params.get("dataPage");
        if (dataPage && /^\d+$/.test(dataPage) && document.getElementById("data-users")) {
            var filter = new URLSearchParams();
            setAll(filter, DATA_FILTER, params);
            restorePanel(root, "data-users", "/dashboard/data/users" + period + "&" + filter.toString() + "&page=" + dataPage);
        }
        var dataUser = params.get("dataUser");
        if (dataUser && /^\d+$/.test(dataUser) && document.getElementById("data-user-panel")) {
            restorePanel(root, "data-user-panel", "/dashboard/data/users/" + dataUser + period);
        }
    }

    // Puts the state back into the page (root: the document) or into a card htmx has just brought in;
    // a list or panel swapped into a card leaves the rest alone. After htmx's own set-up (flip cards).
    function restore(root) {
        var scope = root === document ? document : cardOf(root) === root ? root : null;
        if (!dashboard() || !scope) {
            return;
        }
        window.setTimeout(function () {
            var params = current();
            restoring = true;
            try {
                restoreToggles(scope, params);
                restoreFlips(scope, params);
                restorePanels(scope, params);
            } finally {
                restoring = false;
            }
        }, 0);
    }

    // ---- Loading and errors ----

    function say(text) {
        var announcer = document.getElementById("announcer");
        if (announcer) {
            announcer.textContent = text;
        }
    }

    function titleOf(card) {
        var heading = card.querySelector("h2");
        return heading ? heading.textContent.trim() : "";
    }

    function text(key, card) {
        var holder = dashboard();
        return holder ? (holder.dataset[key] || "").replace("{0}", titleOf(card)) : "";
    }

    function busy(card, delta) {
        var count = Math.max(0, (Number(card.dataset.busyCount) || 0) + delta);
        card.dataset.busyCount = String(count);
        var indicator = card.querySelector(":scope > .card__loading");
        if (count > 0) {
            card.setAttribute("aria-busy", "true");
            if (!indicator) {
                indicator = document.createElement("div");
                indicator.className = "card__loading";
                indicator.setAttribute("aria-hidden", "true");
                indicator.innerHTML = "<span class=\"card__spinner\"></span><span class=\"card__loading-text\"></span>";
                indicator.querySelector(".card__loading-text").textContent = text("loading", card);
                card.appendChild(indicator);
            }
        } else {
            card.removeAttribute("aria-busy");
            if (indicator) {
                indicator.remove();
            }
        }
    }

    // Each request marks its card busy once and unmarks it once, when it ends in any way (loaded,
    // failed, aborted by a newer one); afterRequest may fire twice for one request, loadend does not.
    document.addEventListener("htmx:beforeRequest", function (event) {
        var card = cardOf(event.detail.target);
        var xhr = event.detail.xhr;
        if (!card || !xhr || xhr.portalCard) {
            return;
        }
        xhr.portalCard = card;
        clearError(card);
        busy(card, 1);
        say(text("loading", card));
        xhr.addEventListener("loadend", function () {
            busy(card, -1);
        });
    });

    document.addEventListener("htmx:afterRequest", function (event) {
        var xhr = event.detail.xhr;
        if (event.detail.successful && event.detail.pathInfo && dashboard() && xhr && !xhr.portalRecorded) {
            xhr.portalRecorded = true;
            record(event.detail.pathInfo.finalRequestPath);
        }
    });

    function clearError(card) {
        var error = card.querySelector(":scope > .card__error");
        if (error) {
            error.remove();
            Array.prototype.forEach.call(card.querySelectorAll(":scope > [data-hidden-by-error]"), function (child) {
                child.hidden = false;
                child.removeAttribute("data-hidden-by-error");
            });
        }
    }

    function showError(event, offline) {
        var target = event.detail.target;
        var card = cardOf(target);
        if (!card) {
            return;
        }
        var xhr = event.detail.xhr;
        var type = xhr && xhr.getResponseHeader ? xhr.getResponseHeader("Content-Type") || "" : "";
        if (!offline && xhr && xhr.status === 400 && type.indexOf("json") >= 0) {
            return; // refused input: portal.js shows why next to the field
        }
        var hadFocus = card.contains(document.activeElement);
        clearError(card);
        Array.prototype.forEach.call(card.children, function (child) {
            if (!child.classList.contains("card__head") && !child.hidden && !child.classList.contains("card__loading")) {
                child.hidden = true;
                child.setAttribute("data-hidden-by-error", "");
            }
        });
        var message = offline ? text("offline", card) : text("failed", card);
        var box = document.createElement("div");
        box.className = "card__error";
        box.setAttribute("role", "alert");
        box.innerHTML = "<p></p><button type=\"button\" class=\"button button--small\" data-card-retry></button>";
        box.querySelector("p").textContent = message;
        var retry = box.querySelector("button");
        retry.textContent = text("retry", card);
        var head = card.querySelector(":scope > .card__head");
        if (head) {
            head.insertAdjacentElement("afterend", box);
        } else {
            card.prepend(box);
        }
        var source = event.detail.elt;
        var swapHolder = source && source.closest ? source.closest("[hx-swap]") : null;
        var again = {
            path: event.detail.pathInfo.finalRequestPath,
            target: target,
            swap: swapHolder ? swapHolder.getAttribute("hx-swap") : "innerHTML"
        };
        retry.addEventListener("click", function () {
            clearError(card);
            htmx.ajax("GET", again.path, { target: again.target, swap: again.swap });
        });
        if (hadFocus || document.activeElement === document.body) {
            retry.focus();
        }
    }

    document.addEventListener("htmx:responseError", function (event) {
        showError(event, false);
    });
    document.addEventListener("htmx:sendError", function (event) {
        showError(event, true);
    });

    return { restore: restore, record: record };
})();
