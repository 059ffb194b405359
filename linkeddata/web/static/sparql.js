// The query page works without this file; it adds Ctrl+Enter to run, and POSTs long queries
// (a GET URL is limited to about 8 KB by the server).
"use strict";
(function () {
  const form = document.getElementById("sparql-form");
  const editor = document.getElementById("query");
  if (!form || !editor) {
    return;
  }
  editor.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener("submit", function () {
    // The server reads at most 8190 bytes of request line: count the URL-encoded query.
    form.method = encodeURIComponent(editor.value).length > 7000 ? "post" : "get";
  });
})();
