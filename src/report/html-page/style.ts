// The report page's stylesheet, inlined (no request to any network); its hash goes into the CSP.
export const STYLE = `:root{--fail:#b00020;--error:#8e24aa;--warn:#a66b00;--pass:#2e7d32;--muted:#666;--line:#d0d0d0;--bg:#f6f6f6}
*{box-sizing:border-box}body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;padding:1.5rem 2rem;max-width:1400px;color:#1d1d1d;line-height:1.4}
h1{margin:.2rem 0 .5rem}h2{margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em}
table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:var(--bg)}#findings-table th,#targets-table th{position:sticky;top:0}td.num,th.num{text-align:right}
.fail{color:var(--fail);font-weight:600}.error,.unreachable{color:var(--error)}.warn,.partial{color:var(--warn)}.pass,.ok{color:var(--pass)}.not_applicable,.excepted,.skipped{color:var(--muted)}
.sev-critical{color:var(--fail);font-weight:700}.sev-high{color:var(--fail)}.sev-medium{color:var(--warn)}.sev-low{color:var(--muted)}
.gate-passed{color:var(--pass);font-weight:600}.gate-failed{color:var(--fail);font-weight:600}.gate-incomplete{color:var(--error);font-weight:600}
.cards{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}.card{background:var(--bg);border-radius:6px;padding:.6rem 1rem;min-width:9rem}.card b{display:block;font-size:1.6rem}
.charts{display:flex;flex-wrap:wrap;gap:2rem;align-items:flex-start}svg text{font-size:12px;fill:#333}
svg .bar.score{fill:#3b6fb6}svg .bar.coverage{fill:#9bbbe0}svg .axis{stroke:#999;stroke-width:1}svg .grid{stroke:#e4e4e4;stroke-width:1}
svg .trend-line{fill:none;stroke-width:2}svg .trend-line.overall{stroke:#3b6fb6}svg .trend-line.coverage{stroke:#e08a00;stroke-dasharray:5 3}svg .dot{fill:#3b6fb6}
.legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem;vertical-align:middle}.legend .k-score{background:#3b6fb6}.legend .k-coverage{background:#9bbbe0}.legend .k-trend-coverage{background:#e08a00}
.filters{display:flex;flex-wrap:wrap;gap:.6rem;align-items:end;margin:.5rem 0;background:var(--bg);padding:.6rem;border-radius:6px}
.filters label{display:flex;flex-direction:column;font-size:.8rem;color:var(--muted)}.filters input,.filters select{font-size:.95rem;padding:.2rem}
.pager{display:flex;gap:.6rem;align-items:center;margin:.4rem 0}.pager button{padding:.2rem .8rem}
.msg small{display:block;color:var(--muted)}details{margin-top:.3rem}details p{margin:.2rem 0}summary{cursor:pointer;color:#3b6fb6}
.reason{color:var(--error)}.note{color:var(--muted);font-size:.9rem}button.link{background:none;border:none;color:#3b6fb6;cursor:pointer;padding:0;font:inherit;text-decoration:underline;text-align:left}`;
