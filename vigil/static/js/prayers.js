// After htmx swaps part of a prayer wall, move focus to its message so screen
// readers announce it and keyboard users keep their place.
document.addEventListener("htmx:afterSwap", (event) => {
  const target = event.detail.elt && event.detail.elt.isConnected ? event.detail.elt : document;
  const scope = target.closest ? target.closest(".prayer-wall") || document : document;
  const focus = scope.querySelector("[data-focus]");
  if (focus) {
    focus.focus();
  }
});
