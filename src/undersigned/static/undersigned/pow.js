// The sign form's anti-bot puzzle (ALTCHA's protocol, v1; the server side is common/pow.py). The server
// hands out SHA-256(salt + n) for a secret n up to maxNumber; this finds n with the browser's own Web
// Crypto and puts the answer, base64 JSON, in the form's hidden "altcha" field. It starts once the visitor
// begins to fill in the form (readers who do not sign spend nothing) and the form waits for it when sent.
(function () {
  "use strict";
  var box = document.querySelector("[data-pow-challenge]");
  if (!box) {
    return;
  }
  var form = box.closest("form");
  var input = box.querySelector("input[name=altcha]");
  var status = box.querySelector("[data-pow-status]");
  // The server's challenges last ten minutes; an older answer is replaced before the form is sent.
  var FRESH_MS = 8 * 60 * 1000;
  var BATCH = 1000;
  var solving = null;
  var solvedAt = 0;
  var sending = false;

  function sameBytes(buffer, target) {
    var bytes = new Uint8Array(buffer);
    for (var i = 0; i < target.length; i++) {
      if (bytes[i] !== target[i]) {
        return false;
      }
    }
    return true;
  }

  function hexBytes(hex) {
    var bytes = new Uint8Array(hex.length / 2);
    for (var i = 0; i < bytes.length; i++) {
      bytes[i] = parseInt(hex.substr(i * 2, 2), 16);
    }
    return bytes;
  }

  async function solve() {
    var response = await fetch(box.dataset.powChallenge, { cache: "no-store", credentials: "same-origin" });
    if (!response.ok) {
      throw new Error("no challenge: " + response.status);
    }
    var challenge = await response.json();
    var target = hexBytes(challenge.challenge);
    var encoder = new TextEncoder();
    // Hashes run in batches: Web Crypto works off the main thread, so the page stays responsive.
    for (var start = 0; start <= challenge.maxNumber; start += BATCH) {
      var end = Math.min(start + BATCH, challenge.maxNumber + 1);
      var hashes = [];
      for (var n = start; n < end; n++) {
        hashes.push(crypto.subtle.digest("SHA-256", encoder.encode(challenge.salt + n)));
      }
      var digests = await Promise.all(hashes);
      for (var i = 0; i < digests.length; i++) {
        if (sameBytes(digests[i], target)) {
          return btoa(JSON.stringify({
            algorithm: challenge.algorithm,
            challenge: challenge.challenge,
            number: start + i,
            salt: challenge.salt,
            signature: challenge.signature,
          }));
        }
      }
    }
    throw new Error("no number solves the challenge");
  }

  function answer() {
    if (!solving || Date.now() - solvedAt > FRESH_MS) {
      input.value = "";
      solving = solve().then(function (solution) {
        input.value = solution;
        solvedAt = Date.now();
        return solution;
      });
      solving.catch(function () {
        solving = null;
      });
    }
    return solving;
  }

  form.addEventListener("focusin", function () {
    answer().catch(function () {});
  });

  form.addEventListener("submit", function (event) {
    // A second click would send the same answer again, which the server refuses as used: once is enough.
    if (sending) {
      event.preventDefault();
      return;
    }
    sending = true;
    if (input.value && Date.now() - solvedAt < FRESH_MS) {
      return;
    }
    event.preventDefault();
    status.textContent = status.dataset.working;
    answer().then(
      function () {
        status.textContent = "";
        // submit() sends the form without firing this handler again.
        form.submit();
      },
      function () {
        sending = false;
        status.textContent = status.dataset.failed;
      }
    );
  });

  // Back from the next page (the browser may keep this one as it was): the answer has been used.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      sending = false;
      solving = null;
      input.value = "";
    }
  });
})();
