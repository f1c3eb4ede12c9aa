// Progressive enhancement: the Pagefind search box, when JavaScript and the index are there.
window.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("search");
  if (!box || typeof PagefindUI === "undefined") return;
  new PagefindUI({ element: "#search", showSubResults: true, showImages: false });
});
