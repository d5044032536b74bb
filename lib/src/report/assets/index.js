
(function () {
  var tbody = document.querySelector("tbody");
  var heads = document.querySelectorAll("th[data-col]");
  heads.forEach(function (th) {
    th.querySelector("button").addEventListener("click", function () {
      var col = +th.getAttribute("data-col");
      var now = th.getAttribute("aria-sort");
      var dir = now ? (now === "ascending" ? -1 : 1) : (th.getAttribute("data-first") === "descending" ? -1 : 1);
      heads.forEach(function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
      var rows = Array.prototype.slice.call(tbody.rows);
      rows.sort(function (a, b) {
        var x = a.cells[col].getAttribute("data-k"), y = b.cells[col].getAttribute("data-k");
        var c = x < y ? -1 : x > y ? 1 : 0;
        return c * dir || (+a.getAttribute("data-i") - +b.getAttribute("data-i"));
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
    });
  });
})();
