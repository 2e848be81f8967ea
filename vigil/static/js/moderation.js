// Moderator queue keyboard shortcuts: j/k move between cards, a approves, r rejects
// (with the reason chosen on the card), u undoes the action just done on the card,
// x selects for bulk actions, ? shows the help.
// Buttons are clicked, so the same forms run with htmx or as plain POSTs.
(() => {
  "use strict";
  const dialog = document.getElementById("mod-help");
  const cards = () => Array.from(document.querySelectorAll("[data-card]"));
  let currentId = null;

  function current() {
    const active = document.activeElement && document.activeElement.closest("[data-card]");
    return active || (currentId && document.getElementById(currentId)) || null;
  }

  function focusCard(card) {
    if (!card) return;
    cards().forEach((other) => other.classList.toggle("is-current", other === card));
    currentId = card.id;
    card.focus();
    card.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    const list = cards();
    if (!list.length) return;
    const index = list.indexOf(current());
    const next = index === -1 ? (step > 0 ? 0 : list.length - 1) : index + step;
    focusCard(list[Math.max(0, Math.min(list.length - 1, next))]);
  }

  function press(action) {
    const card = current();
    const button = card && card.querySelector(`button[name="action"][value="${action}"]`);
    if (button) button.click();
  }

  function undo() {
    const button = current() && current().querySelector("button[data-undo]");
    if (button) button.click();
  }

  function toggleSelect() {
    const box = current() && current().querySelector("[data-select]");
    if (box) box.checked = !box.checked;
  }

  function toggleHelp() {
    if (!dialog) return;
    if (dialog.open) dialog.close();
    else dialog.showModal();
  }

  const keys = { j: () => move(1), k: () => move(-1), a: () => press("approve"),
    r: () => press("reject"), u: undo, x: toggleSelect, "?": toggleHelp };

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (target.closest && target.closest("input:not([type=checkbox]), select, textarea, [contenteditable]")) return;
    if (dialog && dialog.open && event.key !== "?") return;
    const handler = keys[event.key];
    if (!handler) return;
    event.preventDefault();
    handler();
  });

  document.querySelectorAll(".mod-help-open").forEach((button) => {
    button.addEventListener("click", toggleHelp);
  });

  // htmx replaces the card it acted on: keep the keyboard on it.
  document.addEventListener("htmx:beforeRequest", (event) => {
    const card = event.detail.elt.closest("[data-card]");
    if (card) currentId = card.id;
  });
  document.addEventListener("htmx:afterSettle", () => {
    const card = currentId && document.getElementById(currentId);
    if (card) focusCard(card);
  });
})();
