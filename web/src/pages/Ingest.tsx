import { useEffect, useRef, useState } from "preact/hooks";
import { paths } from "../api.ts";
import { useJson } from "../components/data.tsx";
import { plural } from "../components/format.tsx";
import { Link } from "../router.tsx";
import type { IngestResult } from "../types.ts";

type Phase =
  | { kind: "idle" }
  | { kind: "upload"; pct: number }
  | { kind: "analyze"; phase: "read" | "analyze" | "write"; done: number; total: number }
  | { kind: "done"; result: IngestResult; status: number }
  | { kind: "error"; message: string; result?: Partial<IngestResult> };

interface Line {
  progress?: { phase: "read" | "analyze" | "write"; done: number; total: number };
  status?: number;
  result?: IngestResult & { error?: { message: string } };
}

/**
 * Sends files with upload progress (XMLHttpRequest reports it; fetch does not), then reads the server's
 * streamed analysis progress line by line.
 */
function send(body: FormData, token: string, onPhase: (p: Phase) => void): void {
  const xhr = new XMLHttpRequest();
  xhr.open("POST", "/api/ingest");
  xhr.setRequestHeader("accept", "application/x-ndjson");
  if (token) xhr.setRequestHeader("authorization", `Bearer ${token}`);
  let seen = 0;
  let final: Line | null = null;
  const take = () => {
    const text = xhr.responseText;
    const end = text.lastIndexOf("\n");
    if (end < seen) return;
    for (const raw of text.slice(seen, end).split("\n")) {
      if (!raw.trim()) continue;
      const line = JSON.parse(raw) as Line;
      if (line.progress) onPhase({ kind: "analyze", ...line.progress });
      if (line.status) final = line;
    }
    seen = end + 1;
  };
  xhr.upload.onprogress = (e) =>
    onPhase({ kind: "upload", pct: e.lengthComputable ? (100 * e.loaded) / e.total : 0 });
  xhr.upload.onload = () => onPhase({ kind: "analyze", phase: "read", done: 0, total: 0 });
  xhr.onprogress = () => {
    if (xhr.status === 200) take();
  };
  xhr.onerror = () => onPhase({ kind: "error", message: "the server could not be reached" });
  xhr.onload = () => {
    if (xhr.status !== 200) {
      let r: Line["result"] | undefined;
      try {
        r = JSON.parse(xhr.responseText);
      } catch {
        r = undefined;
      }
      onPhase({ kind: "error", message: r?.error?.message ?? `HTTP ${xhr.status}`, result: r });
      return;
    }
    take();
    const f = final as Line | null;
    if (f?.result && f.status && f.status < 300)
      onPhase({ kind: "done", result: f.result, status: f.status });
    else
      onPhase({ kind: "error", message: f?.result?.error?.message ?? "analysis failed", result: f?.result });
  };
  xhr.send(body);
}

/** Drop files (text, HTML, JSONL, feeds, WARC; a manifest.json with them), watch progress, land on the stories. */
export function Ingest() {
  const health = useJson<{ writeToken: boolean }>("/api/health");
  const [files, setFiles] = useState<File[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [over, setOver] = useState(false);
  const [token, setToken] = useState("");
  const input = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    document.title = "Add articles · newsfuse";
  }, []);
  useEffect(() => {
    if (phase.kind === "done" || phase.kind === "error") resultRef.current?.focus();
  }, [phase.kind]);
  const add = (list: FileList | null) => setFiles((f) => [...f, ...Array.from(list ?? [])]);
  const busy = phase.kind === "upload" || phase.kind === "analyze";
  const submit = (e: Event) => {
    e.preventDefault();
    if (!files.length || busy) return;
    const body = new FormData();
    for (const f of files) body.append("files", f, f.name);
    setPhase({ kind: "upload", pct: 0 });
    send(body, token, setPhase);
  };
  const needToken = health.state === "ok" && health.data.writeToken;
  return (
    <>
      <h1 tabIndex={-1}>Add articles</h1>
      <form class="ingest" onSubmit={submit}>
        <label
          class={`dropzone${over ? " over" : ""}`}
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={(e) => {
            e.preventDefault();
            setOver(false);
            add(e.dataTransfer?.files ?? null);
          }}
        >
          <strong>Drop files here</strong> or choose them
          <span class="hint">
            .txt, .html, .jsonl, .rss/.atom, .warc (also .gz); add a manifest.json for outlets and dates
          </span>
          <input
            ref={input}
            type="file"
            name="files"
            multiple
            onChange={(e) => add((e.currentTarget as HTMLInputElement).files)}
          />
        </label>
        {files.length > 0 && (
          <div class="chosen">
            <p>
              {plural(files.length, "file")} chosen ({Math.ceil(files.reduce((n, f) => n + f.size, 0) / 1024)}{" "}
              KB){" "}
              <button type="button" class="link" onClick={() => setFiles([])} disabled={busy}>
                clear
              </button>
            </p>
            <ul>
              {files.slice(0, 50).map((f, i) => (
                <li key={i}>{f.name}</li>
              ))}
              {files.length > 50 && <li>… and {files.length - 50} more</li>}
            </ul>
          </div>
        )}
        {needToken && (
          <label class="token">
            <span>Write token</span>
            <input
              type="password"
              autocomplete="off"
              value={token}
              onInput={(e) => setToken(e.currentTarget.value)}
            />
          </label>
        )}
        <button type="submit" disabled={!files.length || busy}>
          Analyze {files.length ? plural(files.length, "file") : ""}
        </button>
      </form>
      <Progress phase={phase} />
      <div ref={resultRef} tabIndex={-1} aria-live="polite" class="ingest-result">
        {phase.kind === "done" && <Result r={phase.result} />}
        {phase.kind === "error" && (
          <div role="alert" class="status error">
            <p>Not stored: {phase.message}</p>
            {phase.result?.messages && <Messages list={phase.result.messages} />}
          </div>
        )}
      </div>
    </>
  );
}

function Progress({ phase }: { phase: Phase }) {
  if (phase.kind === "upload")
    return (
      <p class="progress">
        Uploading… <progress max={100} value={Math.round(phase.pct)} aria-label="upload progress" />
      </p>
    );
  if (phase.kind === "analyze")
    return (
      <p class="progress" role="status">
        Analyzing: cleaning, reuse, stories, quotes and figures…{" "}
        <progress aria-label="analysis in progress" />
      </p>
    );
  return null;
}

function Result({ r }: { r: IngestResult }) {
  const fresh = r.articles.filter((a) => a.new).length;
  return (
    <div class="status ok">
      <p>
        {plural(fresh, "new article")} stored
        {r.articles.length > fresh && `, ${r.articles.length - fresh} already known`}.
      </p>
      {r.stories.length > 0 && (
        <>
          <h2>Stories touched</h2>
          <ul class="touched">
            {r.stories.map((s) => (
              <li key={s.id}>
                <Link href={paths.story(s.id)}>{s.title}</Link>{" "}
                <span class="hint">({plural(s.articleCount, "article")})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <Messages list={r.messages} />
    </div>
  );
}

function Messages({ list }: { list: IngestResult["messages"] }) {
  const shown = list.filter((m) => m.level !== "info");
  if (!shown.length) return null;
  return (
    <details class="messages" open>
      <summary>{plural(shown.length, "message")}</summary>
      <ul>
        {shown.map((m, i) => (
          <li key={i} class={`msg-${m.level}`}>
            {m.level}: {m.source}
            {m.line != null && `:${m.line}`}: {m.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
