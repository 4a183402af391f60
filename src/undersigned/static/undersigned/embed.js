// On a partner site, next to <iframe data-undersigned-embed src=".../s/<slug>/embed/">: sizes the frame to
// the height its page reports, and tells the page which site it is on. Messages are taken only from the
// site this script comes from, and only from one of its frames.
(function () {
  "use strict";
  var ours = new URL(document.currentScript.src).origin;

  function frameOf(source) {
    var frames = document.querySelectorAll("iframe[data-undersigned-embed]");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) {
        return frames[i];
      }
    }
    return null;
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== ours || !event.data || event.data.type !== "undersigned:height") {
      return;
    }
    var frame = frameOf(event.source);
    var height = Number(event.data.height);
    if (!frame || !isFinite(height)) {
      return;
    }
    frame.style.height = Math.min(Math.max(height, 150), 20000) + "px";
    // Every page the frame loads (the form, its errors, the thanks) learns where it is.
    event.source.postMessage({ type: "undersigned:hello" }, ours);
  });
})();
