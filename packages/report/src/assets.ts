/**
 * The report's stylesheet and script, inline so the file works offline and alone. Both are fixed
 * text: no document text is ever spliced in (the page's data lives in escaped attributes).
 */

export const STYLE = `
:root{--ink:#1d2433;--muted:#5b6577;--line:#d9dee7;--bg:#f6f7f9;--card:#fff;--accent:#1f5fbf;
--task:#e3edff;--unit:#dff5e6;--target:#fff0c9;--mark:#ffd54a;--err:#b3261e;--warn:#8a5a00}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);line-height:1.6;
font-family:system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif;
overflow-wrap:anywhere}
header.top{background:var(--card);border-bottom:1px solid var(--line);padding:12px 16px}
header.top h1{font-size:1.3rem;margin:0 0 4px}
.meta{display:flex;flex-wrap:wrap;gap:4px 16px;margin:0;color:var(--muted);font-size:.9rem}
.meta div{display:flex;gap:4px}.meta dt{font-weight:600}.meta dd{margin:0}
.counts-line{margin:6px 0 0;font-size:.9rem}
nav.jump{display:flex;flex-wrap:wrap;gap:4px 12px;margin-top:8px;font-size:.9rem}
a{color:var(--accent);text-decoration:none}a:hover,a:focus{text-decoration:underline}
.layout{display:grid;grid-template-columns:minmax(0,1fr);gap:16px;padding:16px;max-width:1600px;margin:0 auto}
.part{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 14px;margin-bottom:16px;min-width:0}
.part h2{font-size:1.1rem;margin:0 0 8px}
.empty{color:var(--muted);margin:0}.ok{color:#1b6e3a}
.outline ul{margin:0;padding-left:1.2em;list-style:none}.outline>ul{padding-left:0;columns:17em;column-gap:24px}
.outline li{break-inside:avoid-column}.outline>ul>li{margin-bottom:4px}
.filter{display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;margin-bottom:8px}
.filter select{font:inherit;padding:4px;max-width:100%}
.filter label{max-width:100%}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%}
table{border-collapse:collapse;font-size:.9rem;min-width:100%}
th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
thead th{background:#eef1f6;position:sticky;top:0;white-space:nowrap}
td.path,td.place,td.rule,td.counts{white-space:nowrap;color:var(--muted)}
table.tasks td.title{min-width:12em}
table.tasks td.units{min-width:9em}
table.tasks td.targets{min-width:7em}
table.tasks td.deadline{min-width:5em}
table.matrix{min-width:0}
table.matrix th.unit{position:sticky;left:0;background:var(--card);white-space:nowrap;z-index:1}
table.matrix thead th.unit{background:#eef1f6;z-index:2}
table.matrix td{text-align:center;min-width:2.2em}
td.r-lead{background:#ffd9c2;font-weight:700}td.r-assist{background:#d9e7ff}td.r-responsible{background:#e4f3d9}
tr.sel>*{background:#fff6d6}
.sev-error td:first-child{color:var(--err);font-weight:700}.sev-warning td:first-child{color:var(--warn);font-weight:700}
.source .text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:inherit;font-size:.95rem;margin:0;line-height:1.8}
.legend{display:flex;flex-wrap:wrap;gap:8px;font-size:.85rem;margin:0 0 8px;padding:0;list-style:none}
.legend li{padding:0 6px;border-radius:4px}
.hl-task{background:var(--task)}
.hl-target{background:var(--target);border-bottom:2px solid #e0a800}
.hl-unit{background:var(--unit);border-bottom:2px solid #3a9d5d}
.hl-problem{text-decoration:underline wavy var(--err)}
.text .on{background:var(--mark);box-shadow:0 2px 0 #e0a800}
.anchor{scroll-margin-top:40vh}
[hidden]{display:none!important}
@media (min-width:1100px){
.layout{grid-template-columns:minmax(0,3fr) minmax(0,2fr)}
.source{position:sticky;top:16px;max-height:calc(100vh - 32px);overflow:auto;margin-bottom:0}
}
@media print{.source{position:static;max-height:none;overflow:visible}.filter{display:none}}
`;

/**
 * Links with `data-go` mark a span of the policy text and scroll it into view; the two selects
 * filter the task rows by the unit keys in their `data-<role>` attributes.
 */
export const SCRIPT = `(function () {
  'use strict';
  var marked = [];
  var selected = null;
  function go(key, from) {
    if (!/^[a-z][0-9]+$/.test(key)) return false;
    for (var i = 0; i < marked.length; i++) marked[i].classList.remove('on');
    marked = Array.prototype.slice.call(document.querySelectorAll('.text .x-' + key));
    for (var j = 0; j < marked.length; j++) marked[j].classList.add('on');
    if (selected) selected.classList.remove('sel');
    selected = from && from.closest ? from.closest('tr') : null;
    if (selected) selected.classList.add('sel');
    var target = marked[0] || document.getElementById('src-' + key);
    if (!target) return false;
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
    return true;
  }
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('[data-go]') : null;
    if (link && go(link.getAttribute('data-go'), link)) event.preventDefault();
  });
  var unit = document.getElementById('f-unit');
  var role = document.getElementById('f-role');
  var count = document.getElementById('f-count');
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.tasks tbody tr'));
  function has(row, name, key) {
    var value = row.getAttribute('data-' + name) || '';
    var keys = value ? value.split(' ') : [];
    return key ? keys.indexOf(key) >= 0 : keys.length > 0;
  }
  function filter() {
    var u = unit ? unit.value : '';
    var r = role ? role.value : '';
    var shown = 0;
    rows.forEach(function (row) {
      var show = !u && !r ? true
        : r ? has(row, r, u)
        : has(row, 'lead', u) || has(row, 'assist', u) || has(row, 'responsible', u);
      row.hidden = !show;
      if (show) shown++;
    });
    if (count) count.textContent = (u || r ? '显示 ' + shown + ' / ' : '共 ') + rows.length + ' 项任务';
  }
  if (unit) unit.addEventListener('change', filter);
  if (role) role.addEventListener('change', filter);
  filter();
})();
`;
