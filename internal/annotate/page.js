// Keyboard navigation: j/k next/previous costly line in file order, n/p
// next/previous line of the "costliest lines" ranking, o or Enter opens and
// closes the focused line, e opens or closes every line (for browsers
// whose find-in-page does not look into closed lines), ? shows the keys. Opening #F3L12 links expands
// the line.
(function () {
  "use strict";
  var hot = Array.prototype.slice.call(document.querySelectorAll("details.l.hot"));
  var ranked = Array.prototype.slice.call(document.querySelectorAll("table.top a.go")).map(function (a) {
    return document.getElementById(a.getAttribute("href").slice(1));
  }).filter(Boolean);
  var cur = -1, rank = -1;
  function show(d, open) {
    if (!d) return;
    if (open) d.open = true;
    var s = d.querySelector("summary") || d;
    s.focus({ preventScroll: true });
    d.scrollIntoView({ block: "center" });
    if (history.replaceState) history.replaceState(null, "", "#" + d.id);
  }
  function focused() {
    var a = document.activeElement;
    return a && a.closest ? a.closest("details.l") : null;
  }
  function step(list, i, delta) {
    if (!list.length) return -1;
    var f = focused(), j = f ? list.indexOf(f) : -1;
    if (j >= 0) i = j;
    else if (f && delta > 0) {
      // continue from the focused line's place in the page
      for (j = 0; j < list.length; j++) {
        if (f.compareDocumentPosition(list[j]) & Node.DOCUMENT_POSITION_FOLLOWING) { return j; }
      }
    }
    return (i + delta + list.length) % list.length;
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    switch (e.key) {
      case "j": cur = step(hot, cur, +1); show(hot[cur], false); break;
      case "k": cur = step(hot, cur, -1); show(hot[cur], false); break;
      case "n": rank = (rank + 1) % Math.max(ranked.length, 1); show(ranked[rank], true); break;
      case "p": rank = (rank - 1 + ranked.length) % Math.max(ranked.length, 1); show(ranked[rank], true); break;
      case "o": var f = focused(); if (f) f.open = !f.open; break;
      case "e":
        var all = document.querySelectorAll("details.l"), open = !(all.length && all[0].open);
        for (var i = 0; i < all.length; i++) all[i].open = open;
        break;
      case "?": document.getElementById("help").classList.toggle("on"); break;
      case "Escape": document.getElementById("help").classList.remove("on"); break;
      default: return;
    }
    e.preventDefault();
  });
  function openHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.tagName === "DETAILS") show(el, true);
  }
  window.addEventListener("hashchange", openHash);
  // A link to a line opens it even when the address already names that
  // line (j and k write it there), where no hashchange would follow.
  document.addEventListener("click", function (e) {
    var a = e.target && e.target.closest ? e.target.closest('a[href^="#"]') : null;
    var el = a && document.getElementById(decodeURIComponent(a.getAttribute("href").slice(1)));
    if (el && el.tagName === "DETAILS") {
      e.preventDefault();
      show(el, true);
    }
  });
  openHash();
})();
