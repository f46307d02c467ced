import type { IngestResult } from "../../types.ts";

export type Phase =
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
export function send(body: FormData, token: string, onPhase: (p: Phase) => void): void {
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
