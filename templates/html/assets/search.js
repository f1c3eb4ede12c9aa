// Progressive enhancement: the Pagefind search box, when JavaScript and the index are there.
window.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("search");
  if (!box || typeof PagefindUI === "undefined") return;
  new PagefindUI({ element: "#search", showSubResults: true, showImages: false });
  // Pagefind's input carries only a placeholder: name it by the section's visible heading.
  var tries = 0;
  (function label() {
    var input = box.querySelector("input");
    if (input) {
      input.setAttribute("aria-labelledby", "search-title");
      input.removeAttribute("title");
    } else if (tries++ < 50) {
      window.requestAnimationFrame(label);
    }
  })();
});
