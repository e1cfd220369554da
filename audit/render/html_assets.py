"""The HTML report's inline style and script, kept apart from the markup builder.

The page must open from a USB stick or an e-mail attachment with no network, so
everything it needs is inline. The script only adds severity filters (it toggles a
`hide-<severity>` class on <body>); without it the page shows every finding. The
Content-Security-Policy allows this one script by its hash and nothing from the
network, so even text that escaped escaping could not load or run anything.
"""
from __future__ import annotations

import base64
import hashlib

STYLE = """
:root { --error: #b42318; --warning: #b54708; --info: #175cd3; --pass: #067647; --line: #d0d5dd; --muted: #475467; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #101828;
       margin: 0 auto; max-width: 1100px; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h2 .n { font-weight: normal; color: var(--muted); }
code { font: .92em ui-monospace, "Cascadia Mono", Consolas, monospace; }
.summary { border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; }
.verdict { font-size: 1.2rem; margin: .25rem 0 .5rem; }
.verdict strong { color: #fff; padding: .1rem .6rem; border-radius: 4px; }
.verdict.fail strong { background: var(--error); }
.verdict.pass strong { background: var(--pass); }
.counts { list-style: none; padding: 0; margin: 0 0 .75rem; display: flex; flex-wrap: wrap; gap: .4rem 1.25rem; }
.count-error { color: var(--error); font-weight: 600; }
.count-warning { color: var(--warning); font-weight: 600; }
.count-info { color: var(--info); font-weight: 600; }
.count-waived { color: var(--muted); }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
.meta dt, .finding dt { color: var(--muted); }
.meta dd, .finding dd { margin: 0; overflow-wrap: anywhere; }
.filters { margin: 1rem 0 0; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; align-items: center; }
.filters[hidden] { display: none; }
.chart table { border-collapse: collapse; width: 100%; }
.pictures figure { margin: 1rem 0; overflow-x: auto; }
.pictures svg { max-width: 100%; height: auto; }
.chart td { padding: .2rem .5rem .2rem 0; vertical-align: middle; }
.chart td.name { white-space: nowrap; width: 1%; }
.chart td.total { text-align: right; width: 1%; font-variant-numeric: tabular-nums; }
.chart .track { display: flex; height: 1.1rem; background: #f2f4f7; border-radius: 3px; overflow: hidden; }
.bar { display: block; height: 100%; }
.bar.sev-error { background: var(--error); }
.bar.sev-warning { background: var(--warning); }
.bar.sev-info { background: var(--info); }
.bar.waived { background: #98a2b3; }
.legend { color: var(--muted); font-size: .9em; display: flex; gap: 1rem; margin-top: .4rem; }
.key { display: inline-block; width: .8em; height: .8em; margin-right: .3em; border-radius: 2px; }
.finding { border: 1px solid var(--line); border-left: 5px solid var(--line); border-radius: 6px;
           padding: .6rem .9rem; margin: .6rem 0; break-inside: avoid; }
.finding.sev-error { border-left-color: var(--error); }
.finding.sev-warning { border-left-color: var(--warning); }
.finding.sev-info { border-left-color: var(--info); }
.finding.waived { border-left-color: #98a2b3; opacity: .75; }
.finding.waived .badge { color: var(--muted); }
.finding .head { margin: 0 0 .4rem; }
.badge { font-weight: 600; margin-right: .4rem; }
.sev-error .badge { color: var(--error); }
.sev-warning .badge { color: var(--warning); }
.sev-info .badge { color: var(--info); }
.rule { font-weight: 600; margin-right: .4rem; }
.finding dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: 0; }
.num { font-variant-numeric: tabular-nums; }
.hint { font-style: italic; }
.fix { color: var(--pass); }
details { margin: .3rem 0 0; }
details ul { margin: .3rem 0; }
.hide-error .sev-error, .hide-warning .sev-warning, .hide-info .sev-info, .group.empty { display: none; }
footer { color: var(--muted); font-size: .85em; margin-top: 2rem; }
@media print { .filters { display: none; } body { max-width: none; } }
"""

SCRIPT = """
(function () {
  var body = document.body;
  var filters = document.querySelector(".filters");
  function refresh() {
    var groups = document.querySelectorAll(".group");
    for (var i = 0; i < groups.length; i++) {
      var items = groups[i].querySelectorAll(".finding"), shown = false;
      for (var j = 0; j < items.length; j++) {
        if (!body.classList.contains("hide-" + items[j].getAttribute("data-sev"))) { shown = true; }
      }
      groups[i].classList.toggle("empty", !shown);
    }
  }
  if (filters) {
    filters.hidden = false;
    filters.addEventListener("change", function (event) {
      var box = event.target, sev = box.getAttribute("data-sev");
      if (sev) { body.classList.toggle("hide-" + sev, !box.checked); refresh(); }
    });
  }
  body.setAttribute("data-ready", "1");
})();
"""


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


# Nothing from the network; the one inline script by hash; inline styles (the bar widths).
CSP = f"default-src 'none'; style-src 'unsafe-inline'; script-src '{_hash(SCRIPT)}'; img-src data:"
