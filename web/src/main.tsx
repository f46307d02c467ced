import { render } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { Article } from "./pages/Article.tsx";
import { Compare } from "./pages/Compare.tsx";
import { Ingest } from "./pages/Ingest.tsx";
import { Search } from "./pages/Search.tsx";
import { Stories } from "./pages/Stories.tsx";
import { Story } from "./pages/Story.tsx";
import { Link, type Location, param, useLocation } from "./router.tsx";
import "./style.css";

function Page({ loc }: { loc: Location }) {
  const story = param(loc.path, "/stories/");
  if (story) return <Story key={story} id={story} />;
  const article = param(loc.path, "/articles/");
  if (article) return <Article key={article} id={article} />;
  if (loc.path === "/compare") {
    const a = loc.query.get("a");
    const b = loc.query.get("b");
    if (a && b) return <Compare key={`${a}|${b}`} a={a} b={b} />;
  }
  if (loc.path === "/ingest") return <Ingest />;
  if (loc.path === "/search") return <Search loc={loc} />;
  if (loc.path === "/" || loc.path === "/stories") return <Stories loc={loc} />;
  return (
    <>
      <h1 tabIndex={-1}>Not found</h1>
      <p>
        No page here. <Link href="/">Back to the stories</Link>.
      </p>
    </>
  );
}

const NAV = [
  ["/", "Stories"],
  ["/search", "Search"],
  ["/ingest", "Add articles"],
] as const;

function App() {
  const loc = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // After client-side navigation, move focus to the new page's heading for keyboard and screen readers.
    if (first.current) {
      first.current = false;
      return;
    }
    const h = main.current?.querySelector<HTMLElement>("h1");
    h?.focus({ preventScroll: true });
  }, [loc.path, loc.query.toString()]);
  const active = (href: string) =>
    href === "/" ? loc.path === "/" || loc.path.startsWith("/stories") : loc.path === href;
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="top">
        <Link href="/" class="brand">
          newsfuse
        </Link>
        <nav aria-label="Main">
          {NAV.map(([href, label]) => (
            <Link key={href} href={href} aria-current={active(href) ? "page" : undefined}>
              {label}
            </Link>
          ))}
        </nav>
      </header>
      <main id="main" ref={main}>
        <Page loc={loc} />
      </main>
    </>
  );
}

render(<App />, document.getElementById("app")!);
