#!/usr/bin/env node
// Builds src/main/resources/static/geo/world-110m.json (GeoJSON for
// echarts.registerMap('world', ...)) from the world-atlas TopoJSON of
// Natural Earth 1:110m admin-0 countries. See static/geo/README.md.
//
// Usage:
//   node tools/geo/build-world-map.mjs <countries-110m.json> <out.json>
//        [--topojson-client <dir or .js>] [--iso-codes <codes.json>]
//
// --topojson-client  topojson-client package dir (or its dist/topojson-client.js);
//                    default: resolved from ./node_modules of the current directory.
// --iso-codes        codes.json from the i18n-iso-countries package
//                    (rows: [alpha2, alpha3, numeric, ...]);
//                    default: ./node_modules/i18n-iso-countries/codes.json.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const DECIMALS = 2;

// Features dropped from the map (alpha-2 codes).
const DROP = new Set(['AQ']); // Antarctica: saves space and vertical screen height.

// Natural Earth features without an ISO 3166-1 numeric id, keyed by NE name.
// A value of the form "merge:XX" dissolves the feature into country XX.
const NO_ISO_ID = {
    'Kosovo': 'XK',             // user-assigned code in common use (EU, CLDR, Java).
    'N. Cyprus': 'merge:CY',    // not an ISO entity; part of Cyprus in ISO 3166-1.
    'Somaliland': 'merge:SO',   // not an ISO entity; part of Somalia in ISO 3166-1.
};

// Natural Earth display names are abbreviated or dated in places; nicer English names.
const NAME_EN = {
    BA: 'Bosnia and Herzegovina',
    CD: 'DR Congo',
    CF: 'Central African Republic',
    DO: 'Dominican Republic',
    EH: 'Western Sahara',
    FK: 'Falkland Islands',
    GQ: 'Equatorial Guinea',
    MK: 'North Macedonia',
    SB: 'Solomon Islands',
    SS: 'South Sudan',
    SZ: 'Eswatini',
    TF: 'French Southern Territories',
};

function parseArgs(argv) {
    const positional = [];
    const opts = {};
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a.startsWith('--')) {
            if (i + 1 >= argv.length) throw new Error(`Missing value for ${a}`);
            opts[a.slice(2)] = argv[++i];
        } else {
            positional.push(a);
        }
    }
    if (positional.length !== 2) {
        console.error('Usage: node build-world-map.mjs <countries-110m.json> <out.json> '
            + '[--topojson-client <path>] [--iso-codes <codes.json>]');
        process.exit(2);
    }
    return { input: positional[0], output: positional[1], opts };
}

function loadTopojsonClient(spec) {
    const require = createRequire(path.join(process.cwd(), 'noop.js'));
    return require(spec ? path.resolve(spec) : 'topojson-client');
}

function loadNumericToAlpha2(file) {
    const f = file ? path.resolve(file)
        : path.join(process.cwd(), 'node_modules', 'i18n-iso-countries', 'codes.json');
    const rows = JSON.parse(readFileSync(f, 'utf8'));
    const map = new Map();
    for (const [alpha2, , numeric] of rows) map.set(String(numeric).padStart(3, '0'), alpha2.toUpperCase());
    return map;
}

const round = (v) => {
    const f = 10 ** DECIMALS;
    const r = Math.round(v * f) / f;
    return r === 0 ? 0 : r; // avoid -0
};

// Round a ring, drop consecutive duplicates, keep it closed; null if degenerate.
function roundRing(ring) {
    const out = [];
    for (const [x, y] of ring) {
        const p = [round(x), round(y)];
        const last = out[out.length - 1];
        if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    const first = out[0];
    const last = out[out.length - 1];
    if (out.length > 1 && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0], first[1]]);
    return out.length >= 4 ? out : null;
}

function roundPolygon(rings) {
    const outer = roundRing(rings[0]);
    if (!outer) return null;
    return [outer, ...rings.slice(1).map(roundRing).filter(Boolean)];
}

function roundGeometry(geom) {
    const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
    const rounded = polys.map(roundPolygon).filter(Boolean);
    if (rounded.length === 0) return null;
    return rounded.length === 1
        ? { type: 'Polygon', coordinates: rounded[0] }
        : { type: 'MultiPolygon', coordinates: rounded };
}

function main() {
    const { input, output, opts } = parseArgs(process.argv.slice(2));
    const topojson = loadTopojsonClient(opts['topojson-client']);
    const numericToAlpha2 = loadNumericToAlpha2(opts['iso-codes']);
    const topology = JSON.parse(readFileSync(input, 'utf8'));
    const geometries = topology.objects.countries.geometries;

    // Group TopoJSON geometries by target alpha-2 code.
    const groups = new Map(); // code -> { primary, parts: [] }
    for (const g of geometries) {
        const neName = g.properties && g.properties.name;
        let code;
        let merged = false;
        if (g.id !== undefined && g.id !== null && numericToAlpha2.has(String(g.id).padStart(3, '0'))) {
            code = numericToAlpha2.get(String(g.id).padStart(3, '0'));
        } else if (NO_ISO_ID[neName]) {
            const target = NO_ISO_ID[neName];
            merged = target.startsWith('merge:');
            code = merged ? target.slice('merge:'.length) : target;
        } else {
            throw new Error(`No ISO 3166-1 mapping for feature id=${g.id} name=${neName}`);
        }
        if (DROP.has(code)) continue;
        if (!groups.has(code)) groups.set(code, { primary: null, parts: [] });
        const grp = groups.get(code);
        grp.parts.push(g);
        if (!merged) {
            if (grp.primary) throw new Error(`Duplicate feature for ${code}: ${grp.primary.properties.name}, ${neName}`);
            grp.primary = g;
        }
    }

    const features = [];
    for (const [code, { primary, parts }] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
        if (!primary) throw new Error(`Only merged parts for ${code}`);
        // topojson.merge dissolves the shared borders between the parts.
        const geom = parts.length > 1
            ? topojson.merge(topology, parts)
            : topojson.feature(topology, primary).geometry;
        const rounded = roundGeometry(geom);
        if (!rounded) throw new Error(`Geometry for ${code} vanished after rounding`);
        features.push({
            type: 'Feature',
            properties: { name: code, nameEn: NAME_EN[code] || primary.properties.name },
            geometry: rounded,
        });
    }

    const fc = { type: 'FeatureCollection', features };
    const json = JSON.stringify(fc);
    writeFileSync(output, json);
    console.log(`Wrote ${output}: ${features.length} features, ${Buffer.byteLength(json)} bytes`);
}

main();
