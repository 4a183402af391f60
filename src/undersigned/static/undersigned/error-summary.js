// After a server-side error, move focus to the summary at the top of the form, so keyboard and screen
// reader users start there (the page is already scrolled to it by the form's #error-summary anchor).
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
});
