/**
 * What the trace page adds to the report's stylesheet, and its script. Fixed text, as in
 * `assets.ts`: no document text is spliced in (rows carry their state in escaped attributes).
 */

export const TRACE_STYLE = `
.side-by-side{display:grid;grid-template-columns:minmax(0,1fr);gap:4px 24px;margin:0}
@media (min-width:700px){.side-by-side{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}}
.side-by-side .meta{display:block}.side-by-side .meta div{display:inline-flex;margin-right:12px}
.side-label{font-weight:600;margin:6px 0 2px}
.layout.single{grid-template-columns:minmax(0,1fr);max-width:1200px}
table.trace td.title{min-width:11em}
table.trace td.impl{min-width:16em}
ul.impl{list-style:none;margin:0;padding:0}
ul.impl>li+li{border-top:1px dashed var(--line);margin-top:4px;padding-top:4px}
.score{font-variant-numeric:tabular-nums;font-weight:700;color:var(--accent)}
.parts,.evidence,.deadlines,.nearest{color:var(--muted);font-size:.85rem}
.evidence .gram{display:inline-block;background:var(--task);border-radius:3px;padding:0 3px;margin:1px 2px 1px 0}
.evidence .unit-pair{display:inline-block;background:var(--unit);border-radius:3px;padding:0 3px;margin:1px 2px 1px 0}
.missing{color:var(--err);font-weight:700}
.units-of{color:var(--muted);font-size:.85rem}
table.goals td.figure{min-width:7em}
.v-stricter{color:#1b6e3a;font-weight:700}.v-looser{color:var(--err);font-weight:700}
.v-equal{font-weight:700}.v-not-comparable{color:var(--warn);font-weight:700}
.reason{display:block;color:var(--muted);font-size:.85rem;font-weight:400}
/* On a phone each row becomes a card, each cell labelled by its column, rather than a table scrolling sideways. */
@media (max-width:699px){
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;min-width:0!important;white-space:normal}
table.stack thead{display:none}
table.stack tr{border:1px solid var(--line);border-radius:6px;padding:4px 8px;margin-bottom:8px}
table.stack td{border:0;padding:2px 0}
table.stack td[data-label]::before{content:attr(data-label) "：";color:var(--muted);font-size:.85rem}
}
`;

/**
 * The one filter: `#f-uptake` shows all national-task rows, those taken up or those not
 * (each row's `data-uptake`), and `#f-count` says how many are shown.
 */
export const TRACE_SCRIPT = `(function () {
  'use strict';
  var select = document.getElementById('f-uptake');
  var count = document.getElementById('f-count');
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.trace tbody tr'));
  function filter() {
    var want = select ? select.value : '';
    var shown = 0;
    rows.forEach(function (row) {
      var show = !want || row.getAttribute('data-uptake') === want;
      row.hidden = !show;
      if (show) shown++;
    });
    if (count) count.textContent = (want ? '显示 ' + shown + ' / ' : '共 ') + rows.length + ' 项国家任务';
  }
  if (select) select.addEventListener('change', filter);
  filter();
})();
`;
