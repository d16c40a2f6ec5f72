// Boxes that scroll sideways (a wide formula or table on a phone) must be
// reachable by keyboard: give exactly those a tab stop, and update on resize
// and on Material's instant page changes (document$).
(function () {
  function mark() {
    document
      .querySelectorAll(".md-typeset .math-display, .md-typeset__scrollwrap, .jupyter-wrapper pre")
      .forEach(function (el) {
        if (el.scrollWidth > el.clientWidth) el.setAttribute("tabindex", "0");
        else if (el.getAttribute("tabindex") === "0") el.removeAttribute("tabindex");
      });
  }
  if (typeof document$ !== "undefined") document$.subscribe(mark);
  else document.addEventListener("DOMContentLoaded", mark);
  window.addEventListener("resize", mark);
})();
