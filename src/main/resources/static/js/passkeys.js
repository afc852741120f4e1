// Passkeys (#18.4, X5): the login page's "Logg inn med passnøkkel" and the registration on
// /account/passkeys, through Spring Security's WebAuthn endpoints. Binary fields travel as base64url.
(function () {
    'use strict';

    function toBytes(base64url) {
        var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
        var text = window.atob(base64);
        var bytes = new Uint8Array(text.length);
        for (var i = 0; i < text.length; i++) {
            bytes[i] = text.charCodeAt(i);
        }
        return bytes.buffer;
    }

    function toBase64url(buffer) {
        var bytes = new Uint8Array(buffer);
        var text = '';
        for (var i = 0; i < bytes.length; i++) {
            text += String.fromCharCode(bytes[i]);
        }
        return window.btoa(text).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
    }

    function post(url, box, body) {
        var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
        headers[box.dataset.csrfHeader] = box.dataset.csrfToken;
        return fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body) }).then(function (response) {
            if (!response.ok) {
                throw new Error('HTTP ' + response.status);
            }
            return response.json();
        });
    }

    function show(error, key) {
        error.textContent = error.dataset[key];
        error.hidden = false;
    }

    function supported() {
        return !!(window.PublicKeyCredential && navigator.credentials);
    }

    function logIn(box) {
        var error = document.getElementById('passkey-login-error');
        error.hidden = true;
        if (!supported()) {
            show(error, 'unsupported');
            return;
        }
        post('/webauthn/authenticate/options', box).then(function (options) {
            options.challenge = toBytes(options.challenge);
            options.allowCredentials = (options.allowCredentials || []).map(function (credential) {
                return Object.assign({}, credential, { id: toBytes(credential.id) });
            });
            return navigator.credentials.get({ publicKey: options });
        }).then(function (credential) {
            var response = credential.response;
            return post('/login/webauthn', box, {
                id: credential.id,
                rawId: toBase64url(credential.rawId),
                response: {
                    authenticatorData: toBase64url(response.authenticatorData),
                    clientDataJSON: toBase64url(response.clientDataJSON),
                    signature: toBase64url(response.signature),
                    userHandle: response.userHandle ? toBase64url(response.userHandle) : undefined
                },
                type: credential.type,
                clientExtensionResults: credential.getClientExtensionResults(),
                authenticatorAttachment: credential.authenticatorAttachment
            });
        }).then(function (answer) {
            if (!answer || !answer.authenticated || !answer.redirectUrl) {
                throw new Error('not signed in');
            }
            window.location.assign(answer.redirectUrl);
        }).catch(function () {
            show(error, 'failed');
        });
    }

    function register(box) {
        var error = document.getElementById('passkey-register-error');
        var label = document.getElementById('passkey-label').value.trim();
        error.hidden = true;
        if (!supported()) {
            show(error, 'unsupported');
            return;
        }
        post('/webauthn/register/options', box).then(function (options) {
            options.challenge = toBytes(options.challenge);
            options.user = Object.assign({}, options.user, { id: toBytes(options.user.id) });
            options.excludeCredentials = (options.excludeCredentials || []).map(function (credential) {
                return Object.assign({}, credential, { id: toBytes(credential.id) });
            });
            return navigator.credentials.create({ publicKey: options });
        }).then(function (credential) {
            var response = credential.response;
            return post('/webauthn/register', box, { publicKey: { label: label || 'Passnøkkel', credential: {
                id: credential.id,
                rawId: toBase64url(credential.rawId),
                response: {
                    attestationObject: toBase64url(response.attestationObject),
                    clientDataJSON: toBase64url(response.clientDataJSON),
                    transports: response.getTransports ? response.getTransports() : []
                },
                type: credential.type,
                clientExtensionResults: credential.getClientExtensionResults(),
                authenticatorAttachment: credential.authenticatorAttachment
            } } });
        }).then(function (answer) {
            if (!answer || !answer.success) {
                throw new Error('not registered');
            }
            window.location.assign('/account/passkeys');
        }).catch(function () {
            show(error, 'failed');
        });
    }

    var login = document.querySelector('[data-passkey-login]');
    if (login) {
        if (/[?&]passkeyRequired(&|=|$)/.test(window.location.search)) {
            document.getElementById('passkey-required-notice').hidden = false;
        }
        document.getElementById('passkey-login-button').addEventListener('click', function () {
            logIn(login);
        });
    }
    var registration = document.querySelector('[data-passkey-register]');
    if (registration) {
        document.getElementById('passkey-register-button').addEventListener('click', function () {
            register(registration);
        });
    }
}());
