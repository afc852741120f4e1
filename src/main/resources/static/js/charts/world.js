// D4: the company's usage abroad on a world map, each country shaded by what it cost (darker = more).
// Clicking a country with usage loads its top users into the card's panel with htmx, as the
// country buttons in the card's table do. The geometry (/geo/world-110m.json) is fetched once.
(function () {
    "use strict";

    // From the lightest shade with usage to the darkest; the lightest has 3:1 against NO_USAGE.
    var SHADES = ["#3f86a8", "#0b4f6c", "#03202e"];
    var NO_USAGE = "#e3e8ee";
    var HOVER = "#ffbf47";

    var geometry = null;

    /**
     * The map registered with ECharts, and each feature's English name by its code. The chart's
     * data-geometry gives the file's fingerprinted URL, which the browser keeps for a year.
     */
    function loadGeometry(url) {
        if (!geometry) {
            geometry = fetch(url || "/geo/world-110m.json", { credentials: "same-origin" })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error("world map: HTTP " + response.status);
                    }
                    return response.json();
                })
                .then(function (geojson) {
                    geojson.features.forEach(cutAtAntimeridian);
                    echarts.registerMap("world", geojson);
                    var names = {};
                    geojson.features.forEach(function (feature) {
                        names[feature.properties.name] = feature.properties.nameEn;
                    });
                    return names;
                });
            geometry.catch(function () {
                geometry = null; // the next chart tries again
            });
        }
        return geometry;
    }

    /**
     * Russia and Fiji have rings that cross 180° (from 179.9 to -180): drawn flat, such a ring
     * would stretch across the whole map. Its points beyond 180° are moved onto it instead.
     */
    function cutAtAntimeridian(feature) {
        var shape = feature.geometry;
        var polygons = shape.type === "MultiPolygon" ? shape.coordinates : [shape.coordinates];
        polygons.forEach(function (polygon) {
            polygon.forEach(function (ring) {
                var crosses = ring.some(function (point, index) {
                    return index > 0 && Math.abs(point[0] - ring[index - 1][0]) > 180;
                });
                if (crosses) {
                    ring.forEach(function (point) {
                        if (point[0] < 0) {
                            point[0] = 180;
                        }
                    });
                }
            });
        });
    }

    /** A country without usage has no name from the server: the browser's name in the page's language, else the English one. */
    function nameOf(code, englishNames) {
        try {
            var name = new Intl.DisplayNames([document.documentElement.lang || "nb"], { type: "region" }).of(code);
            if (name && name !== code) {
                return name;
            }
        } catch (ignored) {
            // an old browser, or a code it does not know
        }
        return englishNames[code] || code;
    }

    function escape(text) {
        var element = document.createElement("span");
        element.textContent = text;
        return element.innerHTML;
    }

    function option(data, englishNames) {
        var colors = Dashboard.colors;
        return {
            animation: false,
            textStyle: Dashboard.textStyle,
            tooltip: {
                trigger: "item",
                textStyle: { color: colors.text },
                formatter: function (params) {
                    var item = params.data;
                    if (item) {
                        return "<strong>" + escape(item.label) + "</strong><br>" + escape(item.amount) + " · " + escape(item.users);
                    }
                    var note = params.name === "NO" ? data.texts.home : data.texts.noUsage;
                    return "<strong>" + escape(nameOf(params.name, englishNames)) + "</strong><br>" + escape(note);
                }
            },
            visualMap: {
                type: "continuous",
                min: 0,
                max: Math.max(Number(data.max), 1),
                left: 0,
                bottom: 0,
                orient: "horizontal",
                itemWidth: 12,
                itemHeight: 140,
                calculable: false,
                realtime: false,
                text: [Dashboard.kroner(data.max), Dashboard.kroner(0)],
                textGap: 8,
                textStyle: { color: colors.muted },
                inRange: { color: SHADES }
            },
            series: [{
                type: "map",
                map: "world",
                roam: false,
                selectedMode: false,
                top: 4,
                bottom: 36,
                left: 0,
                right: 0,
                itemStyle: { areaColor: NO_USAGE, borderColor: "#ffffff", borderWidth: 0.6 },
                emphasis: { label: { show: false }, itemStyle: { areaColor: HOVER, borderColor: colors.text, borderWidth: 1 } },
                data: data.countries
            }]
        };
    }

    Dashboard.register("world", function (data, element, chart) {
        chart.showLoading("default", { text: data.texts.loading, color: Dashboard.colors.data, textColor: Dashboard.colors.text });
        loadGeometry(element.dataset.geometry).then(function (englishNames) {
            if (chart.isDisposed()) {
                return;
            }
            chart.hideLoading();
            chart.setOption(option(data, englishNames));
        }, function () {
            if (chart.isDisposed()) {
                return;
            }
            chart.hideLoading();
            chart.setOption({
                graphic: { type: "text", left: "center", top: "middle",
                    style: { text: data.texts.failed, fill: Dashboard.colors.text, font: "14px " + Dashboard.textStyle.fontFamily } }
            });
        });
        chart.on("click", function (params) {
            if (params.data && params.data.url && typeof htmx !== "undefined") {
                htmx.ajax("GET", params.data.url, { target: data.target, swap: "innerHTML" });
            }
        });
        return {};
    });

    // The map is drawn on the card's front: after the card flips back, fit it to its size again.
    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("#card-world [data-flip]") : null;
        var chart = button ? Dashboard.chartOf("chart-world") : null;
        if (chart) {
            window.setTimeout(function () {
                chart.resize();
            }, 0);
        }
    });
})();
