// "Copy the code" buttons: copy the text of the field named by data-copy-from and say so in the live region
// beside the button. Without script (or clipboard access) the button stays hidden; the text can be selected.
document.addEventListener("DOMContentLoaded", function () {
  if (!navigator.clipboard) {
    return;
  }
  document.querySelectorAll("[data-copy-from]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy-from"));
    var status = button.parentNode.querySelector("[data-copied-message]");
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.value).then(function () {
        status.textContent = status.getAttribute("data-copied-message");
      });
    });
  });
});
