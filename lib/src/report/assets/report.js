(function () {
  'use strict';
  var list = document.getElementById('dlist');
  if (!list) return;
  var items = Array.prototype.slice.call(list.querySelectorAll('li'));
  var fk = document.getElementById('f-kind'), fs = document.getElementById('f-sev'), fr = document.getElementById('f-ren');
  var fm = document.getElementById('f-mark');
  var count = document.getElementById('f-count'), frows = document.getElementById('f-rows');
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.align tbody tr'));
  var marked = Array.prototype.slice.call(document.querySelectorAll('table.align .x, table.align a.b'));
  var main = document.querySelector('main'), radios = Array.prototype.slice.call(document.querySelectorAll('#view input'));
  var cur = -1;

  // Review marks, by stable discrepancy id, in localStorage: the same finding
  // in a later report of the same renderings keeps its mark. Without storage
  // (disabled, private mode) they last as long as the page.
  var KEY = 'parallax.review.v1';
  var marks = {};
  try { marks = JSON.parse(localStorage.getItem(KEY) || '{}') || {}; } catch (e) { marks = {}; }
  function save() {
    try {
      var all = JSON.parse(localStorage.getItem(KEY) || '{}') || {};
      items.forEach(function (li) { if (li.dataset.id) { if (marks[li.dataset.id]) all[li.dataset.id] = marks[li.dataset.id]; else delete all[li.dataset.id]; } });
      localStorage.setItem(KEY, JSON.stringify(all));
    } catch (e) { /* storage unavailable: marks stay in this page */ }
  }
  function markOf(li) { return (li.dataset.id && marks[li.dataset.id]) || ''; }
  function showMark(li) {
    var m = markOf(li);
    li.classList.toggle('m-reviewed', m === 'reviewed');
    li.classList.toggle('m-fine', m === 'fine');
    Array.prototype.forEach.call(li.querySelectorAll('.rv button'), function (b) { b.setAttribute('aria-pressed', String(b.dataset.m === m)); });
  }
  function setMark(li, m) {
    if (!li.dataset.id) return;
    if (markOf(li) === m) delete marks[li.dataset.id]; else marks[li.dataset.id] = m;
    save();
    showMark(li);
    apply();
  }

  function shownSet() {
    var shown = {};
    items.forEach(function (li) { if (!li.hidden) shown[li.dataset.d] = true; });
    return shown;
  }
  function apply() {
    var n = 0, nm = 0;
    items.forEach(function (li) {
      var m = markOf(li);
      if (m) nm++;
      var ok = (!fk.value || li.dataset.kind === fk.value) &&
               (!fs.value || li.dataset.sev === fs.value) &&
               (!fr.value || li.dataset.r.indexOf(' ' + fr.value + ' ') >= 0) &&
               (!fm.value || (fm.value === 'open' ? !m : m === fm.value));
      li.hidden = !ok;
      if (ok) n++;
    });
    count.textContent = n + ' of ' + items.length + ' shown';
    document.getElementById('m-count').textContent = nm + ' marked';
    // The filters choose table rows too: with any filter set (or the box
    // ticked) a row shows only if one of its discrepancies is shown.
    var filtering = !!(fk.value || fs.value || fr.value || fm.value) || frows.checked;
    var shown = shownSet();
    rows.forEach(function (tr) {
      tr.hidden = filtering && !(tr.dataset.ds || '').trim().split(' ').some(function (d) { return shown[d]; });
    });
    // and the marks in the cells: a finding left out loses its underline and badge
    marked.forEach(function (e) {
      var ds = e.classList.contains('b') ? [e.dataset.d] : Array.prototype.filter.call(e.classList, function (k) { return /^d\d+$/.test(k); })
        .map(function (k) { return k.slice(1); });
      e.classList.toggle('out', !ds.some(function (d) { return shown[d]; }));
    });
  }
  [fk, fs, fr, fm, frows].forEach(function (s) { s.addEventListener('change', apply); });

  function exportMarks() {
    var out = {parallax_review: 1, report: document.title, marks: []};
    items.forEach(function (li) {
      var m = markOf(li);
      if (!m) return;
      out.marks.push({id: li.dataset.id, mark: m === 'fine' ? 'not a problem' : 'reviewed', number: +li.dataset.d, kind: li.dataset.kind,
                      severity: li.dataset.sev, row: +li.dataset.row, message: li.querySelector('.msg').textContent});
    });
    var url = URL.createObjectURL(new Blob([JSON.stringify(out, null, 2) + '\n'], {type: 'application/json'}));
    var a = document.createElement('a');
    a.href = url;
    a.download = 'parallax-review.json';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }
  document.getElementById('m-export').addEventListener('click', exportMarks);

  function view(v) {
    main.classList.remove('v-findings', 'v-diff');
    main.classList.add(v);
    radios.forEach(function (r) { r.checked = r.value === v; });
  }
  radios.forEach(function (r) { r.addEventListener('change', function () { view(r.value); }); });

  // One column at a time on a phone (the CSS hides .off cells only there).
  var sw = document.getElementById('switch');
  var swb = Array.prototype.slice.call(sw.querySelectorAll('button'));
  function column(k) {
    swb.forEach(function (b) { b.setAttribute('aria-checked', String(+b.dataset.col === k)); });
    Array.prototype.forEach.call(document.querySelectorAll('table.align tr'), function (tr) {
      for (var i = 1; i < tr.cells.length; i++) tr.cells[i].classList.toggle('off', i - 1 !== k);
    });
  }
  swb.forEach(function (b) { b.addEventListener('click', function () { column(+b.dataset.col); }); });
  var start = swb.filter(function (b) { return b.getAttribute('aria-checked') === 'true'; })[0] || swb[0];
  if (start) column(+start.dataset.col);

  document.getElementById('view').hidden = false;
  frows.parentNode.hidden = false;
  sw.hidden = swb.length < 2;
  document.querySelector('.review').hidden = false;
  items.forEach(function (li) {
    var rv = li.querySelector('.rv');
    if (!rv) return;
    rv.hidden = false;
    showMark(li);
    rv.addEventListener('click', function (e) {
      var b = e.target.closest('button');
      e.stopPropagation();
      if (b) setMark(li, b.dataset.m);
    });
  });

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
    var ms = document.querySelectorAll('.d' + d);
    Array.prototype.forEach.call(ms, function (e) { e.classList.add('hl'); });
    // on a phone, show the column that holds the finding
    if (ms.length && ms[0].closest('td.off')) column(ms[0].closest('td').cellIndex - 1);
    var target = ms.length ? ms[0] : row;
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
    var vis = items.filter(function (li) { return !li.hidden; });
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
    else if ((e.key === 'r' || e.key === 'x') && items[cur]) { setMark(items[cur], e.key === 'r' ? 'reviewed' : 'fine'); e.preventDefault(); }
  });
  apply();
})();
