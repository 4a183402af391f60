// Inside the partner site's iframe (our page /s/<slug>/embed/): tell the parent page how tall this page
// is, so embed.js there can size the frame to fit, and learn from its answer which site embeds us.
(function () {
  "use strict";
  if (window.parent === window) {
    return; // opened on its own, not in a frame
  }
  var lastHeight = 0;

  function postHeight() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== lastHeight) {
      lastHeight = height;
      // Only the page height is sent; it is no secret, so any parent may read it.
      window.parent.postMessage({ type: "undersigned:height", height: height }, "*");
    }
  }

  // embed.js answers "undersigned:hello". The browser sets event.origin; the page cannot fake it, so it
  // is the partner site's true origin (the server still checks it against the statement's partners).
  window.addEventListener("message", function (event) {
    if (event.source !== window.parent || !event.data || event.data.type !== "undersigned:hello") {
      return;
    }
    var field = document.querySelector("[data-embed-site]");
    if (field) {
      field.value = event.origin;
    }
  });

  document.addEventListener("DOMContentLoaded", postHeight);
  window.addEventListener("load", postHeight);
  window.addEventListener("resize", postHeight);
  document.addEventListener("htmx:afterSettle", postHeight);
  document.addEventListener("change", postHeight); // choosing a kind shows other fields
  if ("ResizeObserver" in window) {
    new ResizeObserver(postHeight).observe(document.body);
  }
})();
