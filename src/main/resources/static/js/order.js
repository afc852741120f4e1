// The order form (#17.4): a small proof of work before the form is sent, instead of a third-party CAPTCHA.
// Finds a nonce so that SHA-256(challenge + nonce) starts with the server's number of zero bits, in slices so
// the page stays responsive. SHA-256 is written out here (FIPS 180-4) so it also runs where crypto.subtle does not
// (a plain-http address); the challenge and nonce are ASCII.
(function () {
    "use strict";

    var K = new Uint32Array(64);
    var H0 = new Uint32Array(8);
    (function constants() {
        // the first 32 bits of the fractional parts of the cube roots (K) and square roots (H0) of the first primes
        var primes = [], n = 2;
        while (primes.length < 64) {
            var prime = true;
            for (var i = 0; i < primes.length && primes[i] * primes[i] <= n; i++) {
                if (n % primes[i] === 0) { prime = false; break; }
            }
            if (prime) { primes.push(n); }
            n++;
        }
        function frac(x) { return ((x - Math.floor(x)) * 4294967296) >>> 0; }
        for (var j = 0; j < 64; j++) {
            var r = Math.cbrt(primes[j]);
            K[j] = frac(r);
            if (j < 8) { H0[j] = frac(Math.sqrt(primes[j])); }
        }
    })();

    function rotr(x, n) { return (x >>> n) | (x << (32 - n)); }

    /** SHA-256 of an ASCII string, as 32 bytes. */
    function sha256(text) {
        var length = text.length;
        var blocks = ((length + 9 + 63) >> 6);
        var words = new Uint32Array(blocks * 16);
        for (var i = 0; i < length; i++) {
            words[i >> 2] |= (text.charCodeAt(i) & 0xff) << (24 - (i % 4) * 8);
        }
        words[length >> 2] |= 0x80 << (24 - (length % 4) * 8);
        words[blocks * 16 - 1] = length * 8;
        var h = new Uint32Array(H0);
        var w = new Uint32Array(64);
        for (var b = 0; b < blocks; b++) {
            for (var t = 0; t < 64; t++) {
                if (t < 16) {
                    w[t] = words[b * 16 + t];
                } else {
                    var s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
                    var s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
                    w[t] = (w[t - 16] + s0 + w[t - 7] + s1) >>> 0;
                }
            }
            var a = h[0], c1 = h[1], c2 = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
            for (var r = 0; r < 64; r++) {
                var S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
                var ch = (e & f) ^ (~e & g);
                var temp1 = (hh + S1 + ch + K[r] + w[r]) >>> 0;
                var S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
                var maj = (a & c1) ^ (a & c2) ^ (c1 & c2);
                var temp2 = (S0 + maj) >>> 0;
                hh = g; g = f; f = e; e = (d + temp1) >>> 0; d = c2; c2 = c1; c1 = a; a = (temp1 + temp2) >>> 0;
            }
            h[0] = (h[0] + a) >>> 0; h[1] = (h[1] + c1) >>> 0; h[2] = (h[2] + c2) >>> 0; h[3] = (h[3] + d) >>> 0;
            h[4] = (h[4] + e) >>> 0; h[5] = (h[5] + f) >>> 0; h[6] = (h[6] + g) >>> 0; h[7] = (h[7] + hh) >>> 0;
        }
        return h;
    }

    function leadingZeroBits(hash, bits) {
        for (var i = 0; i < bits; i++) {
            if ((hash[i >> 5] >>> (31 - (i % 32))) & 1) { return false; }
        }
        return true;
    }

    /** Finds the nonce in slices of a few thousand hashes; calls done(nonce). */
    function solve(challenge, bits, done) {
        var nonce = 0;
        (function slice() {
            var end = nonce + 5000;
            for (; nonce < end; nonce++) {
                if (leadingZeroBits(sha256(challenge + nonce), bits)) {
                    done(String(nonce));
                    return;
                }
            }
            setTimeout(slice, 0);
        })();
    }

    window.bedriftsportalSha256 = sha256; // for the browser test's check against known vectors

    var form = document.querySelector("form[data-pow-challenge]");
    if (!form) {
        return;
    }
    var nonceField = form.querySelector("input[name=nonce]");
    var status = document.getElementById("pow-status");
    var solving = false;
    form.addEventListener("submit", function (event) {
        if (nonceField.value) {
            return; // solved: the form goes
        }
        event.preventDefault();
        if (solving) {
            return;
        }
        solving = true;
        var button = form.querySelector("button[type=submit]");
        button.setAttribute("aria-disabled", "true");
        status.textContent = form.dataset.powWorking;
        solve(form.dataset.powChallenge, parseInt(form.dataset.powBits, 10), function (nonce) {
            nonceField.value = nonce;
            status.textContent = form.dataset.powDone;
            form.submit();
        });
    });
})();
