
(function () {
  'use strict';
  var list = document.getElementById('dlist');
  if (!list) return;
  var items = Array.prototype.slice.call(list.querySelectorAll('li'));
  var fk = document.getElementById('f-kind'), fs = document.getElementById('f-sev'), fr = document.getElementById('f-ren');
  var count = document.getElementById('f-count'), frows = document.getElementById('f-rows');
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.align tbody tr'));
  var main = document.querySelector('main'), radios = Array.prototype.slice.call(document.querySelectorAll('#view input'));
  var cur = -1;
  function visible(li) { return !li.hidden; }
  function apply() {
    var n = 0;
    items.forEach(function (li) {
      var ok = (!fk.value || li.dataset.kind === fk.value) &&
               (!fs.value || li.dataset.sev === fs.value) &&
               (!fr.value || li.dataset.r.indexOf(' ' + fr.value + ' ') >= 0);
      li.hidden = !ok;
      if (ok) n++;
    });
    count.textContent = n + ' of ' + items.length + ' shown';
    rows.forEach(function (tr) {
      tr.hidden = frows.checked && !(tr.dataset.ds || '').trim().split(' ').some(function (d) {
        var li = document.getElementById('d-' + d);
        return li && !li.hidden;
      });
    });
  }
  [fk, fs, fr, frows].forEach(function (s) { s.addEventListener('change', apply); });
  function view(v) {
    main.classList.remove('v-findings', 'v-diff');
    main.classList.add(v);
    radios.forEach(function (r) { r.checked = r.value === v; });
  }
  radios.forEach(function (r) { r.addEventListener('change', function () { view(r.value); }); });
  document.getElementById('view').hidden = false;
  frows.parentNode.hidden = false;
  function clear() {
    Array.prototype.forEach.call(document.querySelectorAll('.hl'), function (e) { e.classList.remove('hl'); });
  }
  function select(li) {
    clear();
    cur = items.indexOf(li);
    li.classList.add('hl');
    var d = li.dataset.d;
    var row = document.getElementById('row-' + li.dataset.row);
    if (row) row.classList.add('hl');
    var marks = document.querySelectorAll('.d' + d);
    Array.prototype.forEach.call(marks, function (e) { e.classList.add('hl'); });
    var target = marks.length ? marks[0] : row;
    if (target) target.scrollIntoView({block: 'center'});
    li.scrollIntoView({block: 'nearest'});
  }
  list.addEventListener('click', function (e) {
    var li = e.target.closest('li');
    if (!li) return;
    e.preventDefault();
    select(li);
  });
  document.addEventListener('click', function (e) {
    var b = e.target.closest('a.b');
    if (!b) return;
    var li = document.getElementById('d-' + b.dataset.d);
    if (!li) return;
    e.preventDefault();
    select(li);
  });
  function step(dir) {
    var vis = items.filter(visible);
    if (!vis.length) return;
    var pos = vis.indexOf(items[cur]);
    if (pos < 0) pos = dir > 0 ? -1 : vis.length;
    pos = Math.min(vis.length - 1, Math.max(0, pos + dir));
    select(vis[pos]);
  }
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target.tagName;
    if (t === 'INPUT' || t === 'SELECT' || t === 'TEXTAREA') return;
    if (e.key === 'n' || e.key === 'j') { step(1); e.preventDefault(); }
    else if (e.key === 'p' || e.key === 'k') { step(-1); e.preventDefault(); }
    else if (e.key === 'v') { view(main.classList.contains('v-findings') ? 'v-diff' : 'v-findings'); e.preventDefault(); }
  });
  apply();
})();
