// After htmx swaps part of a prayer wall, move focus to its message (a notice or
// the errors of a refused post) so screen readers announce it and keyboard users
// keep their place. Each message is focused once.
function focusWallMessage() {
  const focus = document.querySelector("[data-focus]");
  if (focus) {
    focus.removeAttribute("data-focus");
    focus.focus();
  }
}

document.addEventListener("htmx:afterSettle", focusWallMessage);

// Without htmx, a post redirects to the message's anchor: focus it the same way.
document.addEventListener("DOMContentLoaded", () => {
  if (window.location.hash.endsWith("-notice") || window.location.hash.endsWith("-prayed")) {
    focusWallMessage();
  }
});

// "Copy link" next to an author's private link (the button is hidden without JavaScript).
function showCopyButtons() {
  document.querySelectorAll("button[data-copy]").forEach((button) => {
    button.hidden = !navigator.clipboard;
  });
}

document.addEventListener("DOMContentLoaded", showCopyButtons);
document.addEventListener("htmx:afterSettle", showCopyButtons);

document.addEventListener("click", (event) => {
  const button = event.target.closest ? event.target.closest("button[data-copy]") : null;
  const link = button && document.getElementById(button.dataset.copy);
  if (!link) {
    return;
  }
  const status = button.parentElement.querySelector(".copy-status");
  navigator.clipboard.writeText(link.href).then(
    () => {
      if (status) status.textContent = button.dataset.copied || "Copied.";
    },
    () => {
      if (status) {
        status.textContent =
          button.dataset.copyFailed || "Could not copy: select the link and copy it.";
      }
    },
  );
});

// The list of prayers is the same for every visitor (it is cached), so its "Pray with"
// forms carry no CSRF token: htmx sends the token the wall's live part brought (or the
// CSRF cookie that part set) in the X-CSRFToken header.
function csrfToken() {
  const input = document.querySelector("input[name=csrfmiddlewaretoken]");
  if (input) {
    return input.value;
  }
  const cookie = document.cookie.split("; ").find((row) => row.startsWith("csrftoken="));
  return cookie ? cookie.slice("csrftoken=".length) : "";
}

document.addEventListener("htmx:configRequest", (event) => {
  const token = event.detail.verb === "get" ? "" : csrfToken();
  if (token) {
    event.detail.headers["X-CSRFToken"] = token;
  }
});
