// Layout measurements for Layout.java: each function returns a list of readable problems.
var layout = (function () {
    var TOLERANCE = 1; // sub-pixel rounding

    function describe(el) {
        var name = el.tagName.toLowerCase();
        if (el.id) { name += '#' + el.id; }
        if (el.classList.length) { name += '.' + Array.prototype.join.call(el.classList, '.'); }
        var text = (el.textContent || '').trim().replace(/\s+/g, ' ');
        return name + (text ? ' "' + text.slice(0, 40) + '"' : '');
    }

    /** Not drawn, or hidden for the eye only (the visually-hidden pattern clips to 1 px). */
    function hidden(el) {
        if (el.getClientRects().length === 0 || el.closest('details:not([open]) > :not(summary)') !== null) { return true; }
        for (var node = el; node && node !== document.body; node = node.parentElement) {
            var style = getComputedStyle(node);
            if (style.visibility === 'hidden') { return true; }
            if (style.position === 'absolute' && style.clip && style.clip !== 'auto') { return true; }
        }
        return false;
    }

    function scrolls(style) {
        return style.overflowX === 'auto' || style.overflowX === 'scroll';
    }

    function scroller(el, root) {
        for (var node = el.parentElement; node && node !== root; node = node.parentElement) {
            if (scrolls(getComputedStyle(node))) { return node; }
        }
        return null;
    }

    function overflows(selector) {
        var problems = [];
        document.querySelectorAll(selector).forEach(function (root) {
            var rootBox = root.getBoundingClientRect();
            root.querySelectorAll('*').forEach(function (el) {
                if (el.closest('svg, [data-chart] *') !== null || hidden(el)) { return; } // a chart sizes its own drawing
                var style = getComputedStyle(el);
                var box = el.getBoundingClientRect();
                if (style.display !== 'inline' && !scrolls(style) && el.clientWidth > 0
                        && el.scrollWidth > el.clientWidth + TOLERANCE && style.position !== 'absolute') {
                    problems.push(selector + ': content of ' + describe(el) + ' is ' + el.scrollWidth + ' px wide in a box of ' + el.clientWidth + ' px');
                }
                var region = scroller(el, root);
                if (region === null && style.position !== 'absolute' && style.position !== 'fixed'
                        && (box.right > rootBox.right + TOLERANCE || box.left < rootBox.left - TOLERANCE)) {
                    problems.push(selector + ': ' + describe(el) + ' reaches ' + Math.round(box.left) + '–' + Math.round(box.right)
                            + ' px outside ' + Math.round(rootBox.left) + '–' + Math.round(rootBox.right) + ' px');
                }
                if (el.children.length === 0 && /\d\s*kr$/.test((el.textContent || '').trim())) {
                    var visible = region === null ? { left: 0, right: window.innerWidth } : region.getBoundingClientRect();
                    var left = Math.max(0, visible.left), right = Math.min(window.innerWidth, visible.right);
                    if (box.left < left - TOLERANCE || box.right > right + TOLERANCE) {
                        problems.push(selector + ': the amount ' + describe(el) + ' is at ' + Math.round(box.left) + '–' + Math.round(box.right)
                                + ' px, off screen (visible ' + Math.round(left) + '–' + Math.round(right) + ' px)');
                    }
                }
            });
        });
        if (document.querySelectorAll(selector).length === 0) { problems.push(selector + ': not on the page'); }
        return problems;
    }

    function horizontalPageScroll() {
        var doc = document.documentElement;
        return doc.scrollWidth > doc.clientWidth
            ? ['the page is ' + doc.scrollWidth + ' px wide in a window of ' + doc.clientWidth + ' px'] : [];
    }

    function gridHoles(selector) {
        var grid = document.querySelector(selector);
        if (grid === null) { return [selector + ': not on the page']; }
        var style = getComputedStyle(grid);
        var left = grid.getBoundingClientRect().left + parseFloat(style.paddingLeft);
        var right = grid.getBoundingClientRect().right - parseFloat(style.paddingRight);
        var rows = {};
        Array.prototype.forEach.call(grid.children, function (item) {
            if (item.getClientRects().length === 0) { return; }
            var box = item.getBoundingClientRect();
            var top = Math.round(box.top);
            (rows[top] = rows[top] || []).push(box);
        });
        var problems = [];
        Object.keys(rows).forEach(function (top) {
            var row = rows[top];
            var first = Math.min.apply(null, row.map(function (b) { return b.left; }));
            var last = Math.max.apply(null, row.map(function (b) { return b.right; }));
            if (first > left + TOLERANCE || last < right - TOLERANCE) {
                problems.push(selector + ': the row at ' + top + ' px spans ' + Math.round(first) + '–' + Math.round(last)
                        + ' px of ' + Math.round(left) + '–' + Math.round(right) + ' px');
            }
        });
        return problems;
    }

    return { overflows: overflows, horizontalPageScroll: horizontalPageScroll, gridHoles: gridHoles };
})();
