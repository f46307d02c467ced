/** Inline style for the HTML brief: phone-first, light and dark by `prefers-color-scheme`. */
export const BRIEF_CSS = `
:root{--bg:#fdfdfb;--fg:#1b1b1b;--muted:#5c5c5c;--line:#d9d9d4;--card:#f3f3ef;--bad:#a4161a;--badbg:#fde8e8;
--warn:#7a5200;--warnbg:#fff3d6;--ok:#1d6b37;--okbg:#e3f4e8;--ins:#d9f2dd;--del:#fbdada;--link:#1f4f99}
@media (prefers-color-scheme:dark){:root{--bg:#141414;--fg:#e8e8e4;--muted:#a3a3a0;--line:#3a3a37;
--card:#1f1f1d;--bad:#ff8a8a;--badbg:#3b1717;--warn:#ffd27a;--warnbg:#3a2c0c;--ok:#8be0a4;--okbg:#15311e;
--ins:#1d3d24;--del:#4a1f1f;--link:#8ab4ff}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:60rem;margin:0 auto;padding:1rem}
a{color:var(--link)}
h1{font-size:1.5rem;line-height:1.25;margin:1.5rem 0 .25rem}
h2{font-size:1.15rem;margin:1.75rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
h3{font-size:1rem;margin:1rem 0 .4rem}
.meta,.muted{color:var(--muted);font-size:.9rem}
article.brief{border-top:3px solid var(--line);margin-top:2rem}
ul{padding-left:1.2rem}li{margin:.3rem 0}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;margin:.5rem 0}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{border:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:var(--card)}
td.num{text-align:right;white-space:nowrap}
table.events td.num{white-space:normal;text-align:left}
.badge{display:inline-block;border-radius:.6rem;padding:0 .45rem;font-size:.8rem;margin-left:.3rem}
.b-conflict{background:var(--badbg);color:var(--bad)}
.b-disputed,.b-altered{background:var(--warnbg);color:var(--warn)}
.b-changed{background:var(--card);color:var(--muted)}
.b-ok{background:var(--okbg);color:var(--ok)}
.b-single{background:var(--card);color:var(--muted)}
tr.conflict td{background:var(--badbg)}
blockquote{margin:.3rem 0;padding:.3rem .7rem;border-left:3px solid var(--line);background:var(--card)}
ins{background:var(--ins);text-decoration:none}
del{background:var(--del)}
.version{margin:.3rem 0 .3rem 1rem;font-size:.92rem}
nav ul{list-style:none;padding:0}
td.date{white-space:nowrap}
@media (max-width:40rem){
main{padding:.75rem}
table.stack thead{display:none}
table.stack,table.stack tbody,table.stack tr,table.stack td,table.stack th{display:block;width:100%}
table.stack tr{border:1px solid var(--line);border-radius:.4rem;margin:.5rem 0;overflow:hidden}
table.stack th{border:none}
table.stack td{border:none;border-top:1px solid var(--line);padding:.25rem .6rem}
table.stack td.num{text-align:left}
table.stack td{display:flex;gap:.6rem}
table.stack td[data-label]::before{content:attr(data-label);flex:0 0 6.5rem;font-size:.8rem;color:var(--muted)}
}
`;
