import { useEffect, useRef, useState } from "preact/hooks";
import { useJson } from "../components/data.tsx";
import { plural } from "../components/format.tsx";
import { type Phase, send } from "./ingest/send.ts";
import { Messages, Progress, Result } from "./ingest/views.tsx";

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
    if (phase.kind === "done") clear();
    if (phase.kind === "done" || phase.kind === "error") resultRef.current?.focus();
  }, [phase.kind]);
  function clear() {
    setFiles([]);
    if (input.current) input.current.value = "";
  }
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
              <button type="button" class="link" onClick={clear} disabled={busy}>
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
