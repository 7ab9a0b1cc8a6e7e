// The report page's script, inlined (its hash goes into the CSP). It reads the results from the
// page's <script type="application/json"> block and renders one page of rows at a time, so a
// report of 100,000 results stays usable. Text reaches the DOM through textContent only.
// Layout of the data block: see data.ts (rows are arrays, to keep a large report small).
export const SCRIPT = String.raw`(function () {
'use strict';
var D = JSON.parse(document.getElementById('ztaudit-data').textContent);
var C = D.checks, T = D.targets, R = D.results;
var PAGE = D.pageSize || 100;
function $(id) { return document.getElementById(id); }
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function td(text, cls) { return el('td', cls, text); }
// results: [check, target, status, severity, message, resource, evidence, location, exception]
function statusKey(r) { return r[8] ? 'excepted' : r[2]; }
function statusLabel(r) { return r[8] ? r[2] + ' (excepted)' : r[2]; }

var f = { pillar: $('f-pillar'), severity: $('f-severity'), status: $('f-status'), target: $('f-target'), text: $('f-text') };
var view = [], page = 0;
function applyFilters() {
  var pillar = f.pillar.value, sev = f.severity.value, st = f.status.value;
  var tgt = f.target.value.trim().toLowerCase(), q = f.text.value.trim().toLowerCase();
  view = [];
  for (var i = 0; i < R.length; i++) {
    var r = R[i], c = C[r[0]], t = T[r[1]];
    if (pillar && c[3] !== pillar) continue;
    if (sev && r[3] !== sev) continue;
    if (st && statusKey(r) !== st && !(st === 'open' && !r[8] && (r[2] === 'fail' || r[2] === 'error' || r[2] === 'warn'))) continue;
    if (tgt && t[0].toLowerCase() !== tgt && t[0].toLowerCase().indexOf(tgt) < 0) continue;
    if (q && (c[0] + '\n' + c[1] + '\n' + r[4] + '\n' + r[5] + '\n' + t[0] + '\n' + (r[6] || '')).toLowerCase().indexOf(q) < 0) continue;
    view.push(i);
  }
  page = 0;
  drawFindings();
}
function fixDetails(r, c) {
  var d = el('details');
  d.appendChild(el('summary', '', 'How to fix'));
  d.appendChild(el('p', '', c[4]));
  if (c[6]) { var why = el('p'); why.appendChild(el('b', '', 'Why: ')); why.appendChild(document.createTextNode(c[6])); d.appendChild(why); }
  if (c[5].length) {
    var refs = el('ul', 'refs');
    for (var k = 0; k < c[5].length; k++) {
      var li = el('li'), ref = c[5][k];
      if (/^https:\/\/[^\s"<>]+$/.test(ref)) { var a = el('a', '', ref); a.href = ref; a.rel = 'noopener noreferrer'; a.target = '_blank'; li.appendChild(a); }
      else li.textContent = ref;
      refs.appendChild(li);
    }
    d.appendChild(refs);
  }
  if (r[6]) { var ev = el('p'); ev.appendChild(el('b', '', 'Evidence: ')); ev.appendChild(el('code', '', r[6])); d.appendChild(ev); }
  if (r[7]) { var loc = el('p'); loc.appendChild(el('b', '', 'Where: ')); loc.appendChild(el('code', '', r[7])); d.appendChild(loc); }
  if (r[8]) { var ex = el('p'); ex.appendChild(el('b', '', 'Accepted risk: ')); ex.appendChild(document.createTextNode(r[8])); d.appendChild(ex); }
  return d;
}
function drawFindings() {
  var body = $('findings-body'), rows = [];
  var from = page * PAGE, to = Math.min(view.length, from + PAGE);
  for (var i = from; i < to; i++) {
    var r = R[view[i]], c = C[r[0]], t = T[r[1]];
    var tr = el('tr', 'finding');
    tr.setAttribute('data-status', statusKey(r));
    tr.appendChild(td(statusLabel(r), statusKey(r)));
    tr.appendChild(td(r[3], 'sev-' + r[3]));
    var check = td(''); check.appendChild(el('code', '', c[0])); check.title = c[1]; tr.appendChild(check);
    tr.appendChild(td(t[0]));
    tr.appendChild(td(r[5]));
    var msg = td('', 'msg'); msg.appendChild(document.createTextNode(r[4])); msg.appendChild(fixDetails(r, c)); tr.appendChild(msg);
    rows.push(tr);
  }
  body.replaceChildren.apply(body, rows);
  $('findings-count').textContent = view.length ? 'Showing ' + (from + 1) + '-' + to + ' of ' + view.length + ' results (' + R.length + ' in the report)' : 'No results match these filters (' + R.length + ' in the report).';
  $('findings-prev').disabled = page === 0;
  $('findings-next').disabled = to >= view.length;
}
$('findings-prev').addEventListener('click', function () { if (page > 0) { page--; drawFindings(); } });
$('findings-next').addEventListener('click', function () { if ((page + 1) * PAGE < view.length) { page++; drawFindings(); } });
var timer = 0;
function later() { clearTimeout(timer); timer = setTimeout(applyFilters, 120); }
f.pillar.addEventListener('change', applyFilters);
f.severity.addEventListener('change', applyFilters);
f.status.addEventListener('change', applyFilters);
f.target.addEventListener('input', later);
f.text.addEventListener('input', later);

// targets: counts per target in one pass, then one page of rows at a time
var counts = T.map(function () { return { fail: 0, error: 0, warn: 0, total: 0 }; });
for (var j = 0; j < R.length; j++) {
  var n = counts[R[j][1]]; n.total++;
  if (!R[j][8] && (R[j][2] === 'fail' || R[j][2] === 'error' || R[j][2] === 'warn')) n[R[j][2]]++;
}
var tview = [], tpage = 0, tf = { status: $('t-status'), text: $('t-text') };
function applyTargetFilters() {
  var st = tf.status.value, q = tf.text.value.trim().toLowerCase();
  tview = [];
  for (var i = 0; i < T.length; i++) {
    if (st && T[i][3] !== st) continue;
    if (q && (T[i][0] + '\n' + (T[i][4] || '')).toLowerCase().indexOf(q) < 0) continue;
    tview.push(i);
  }
  tpage = 0;
  drawTargets();
}
function drawTargets() {
  var body = $('targets-body'), rows = [];
  var from = tpage * PAGE, to = Math.min(tview.length, from + PAGE);
  for (var i = from; i < to; i++) {
    var t = T[tview[i]], n = counts[tview[i]];
    var tr = el('tr', 'target');
    tr.setAttribute('data-status', t[3]);
    var name = td(''); var b = el('button', 'link', t[0]); b.type = 'button'; b.setAttribute('data-target', t[0]); name.appendChild(b); tr.appendChild(name);
    tr.appendChild(td(t[1]));
    tr.appendChild(td(t[3], t[3]));
    tr.appendChild(td(t[4] || '', 'reason'));
    tr.appendChild(td(n.fail, 'num')); tr.appendChild(td(n.error, 'num')); tr.appendChild(td(n.warn, 'num')); tr.appendChild(td(n.total, 'num'));
    rows.push(tr);
  }
  body.replaceChildren.apply(body, rows);
  $('targets-count').textContent = tview.length ? 'Showing ' + (from + 1) + '-' + to + ' of ' + tview.length + ' targets' : 'No targets match.';
  $('targets-prev').disabled = tpage === 0;
  $('targets-next').disabled = to >= tview.length;
}
$('targets-body').addEventListener('click', function (e) {
  var b = e.target && e.target.closest ? e.target.closest('button[data-target]') : null;
  if (!b) return;
  f.target.value = b.getAttribute('data-target');
  applyFilters();
  $('findings').scrollIntoView();
});
$('targets-prev').addEventListener('click', function () { if (tpage > 0) { tpage--; drawTargets(); } });
$('targets-next').addEventListener('click', function () { if ((tpage + 1) * PAGE < tview.length) { tpage++; drawTargets(); } });
tf.status.addEventListener('change', applyTargetFilters);
tf.text.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(applyTargetFilters, 120); });

applyTargetFilters();
applyFilters();
document.documentElement.setAttribute('data-ready', '1');
})();`;
