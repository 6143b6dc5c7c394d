// The review page's own behaviour (htmx does the requests): mark the selected item, bring
// its first marked evidence into view, and step through items with j / k.
"use strict";

document.addEventListener("htmx:beforeRequest", (event) => {
  const button = event.detail.elt;
  if (!button.classList || !button.classList.contains("select")) return;
  document.querySelectorAll(".item.selected").forEach((item) => item.classList.remove("selected"));
  button.closest(".item").classList.add("selected");
});

document.addEventListener("htmx:afterSwap", (event) => {
  if (event.detail.target.id === "evidence") {
    // each article's text scrolls in its own box: bring its first mark into view there
    event.detail.target.querySelectorAll(".article-text").forEach((box) => {
      const mark = box.querySelector("mark");
      if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 3);
    });
  }
});

document.addEventListener("keydown", (event) => {
  if (event.target.closest("input, textarea, select") || event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key !== "j" && event.key !== "k") return;
  const items = [...document.querySelectorAll("button.select")];
  const at = items.indexOf(document.activeElement);
  const step = event.key === "j" ? 1 : -1;
  const next = items[Math.min(items.length - 1, Math.max(0, at < 0 ? 0 : at + step))];
  if (next) {
    event.preventDefault();
    next.focus();
    next.click();
  }
});
