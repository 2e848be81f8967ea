// Client-side sorting for tables marked data-sortable whose header links carry data-sort.
// Without JavaScript the same links sort on the server (?sort=…).
(function () {
  "use strict";
  var DESCENDING = { score: true, change: true };

  function value(row, key) {
    var raw = row.getAttribute("data-" + key) || "";
    var number = parseFloat(raw);
    return isNaN(number) ? raw.toLocaleLowerCase() : number;
  }

  function sortBy(table, link) {
    var key = link.getAttribute("data-sort");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var sign = DESCENDING[key] ? -1 : 1;
    rows.sort(function (a, b) {
      var x = value(a, key), y = value(b, key);
      if (x === y) return value(a, "rank") - value(b, "rank");
      return (x < y ? -1 : 1) * sign;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    table.querySelectorAll("th[aria-sort]").forEach(function (th) { th.removeAttribute("aria-sort"); });
    link.parentNode.setAttribute("aria-sort", sign < 0 ? "descending" : "ascending");
    var url = new URL(link.href, window.location.href);
    window.history.replaceState(null, "", url.search);
  }

  document.querySelectorAll("table[data-sortable]").forEach(function (table) {
    table.addEventListener("click", function (event) {
      var link = event.target.closest("a[data-sort]");
      if (!link) return;
      event.preventDefault();
      sortBy(table, link);
    });
  });
})();
