package no.bedriftsportal.dashboard;

import tools.jackson.databind.json.JsonMapper;

/**
 * A chart's data as JSON for a {@code <script type="application/json">} block in a card, from
 * which {@code dashboard.js} draws the chart (the Content-Security-Policy allows no inline script).
 */
final class ChartJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ChartJson() {
    }

    /** The JSON of {@code data}, with {@code <} escaped so that no value can close the script element. */
    static String write(Object data) {
        return MAPPER.writeValueAsString(data).replace("<", "\\u003c");
    }
}
