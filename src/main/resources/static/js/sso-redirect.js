// Single sign-on (#18.5): the hand-over page moves on to the company's provider by itself; its link does the same without script.
document.addEventListener('DOMContentLoaded', function () {
    var link = document.querySelector('a[data-sso-continue]');
    if (link) {
        window.location.replace(link.href);
    }
});
