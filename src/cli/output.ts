import { writeFileSync } from "node:fs";
import type { Message } from "../model/index.ts";

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2 } as const;

export function emit(content: string, out: string | undefined): void {
  if (out) writeFileSync(out, content);
  else process.stdout.write(content);
}

/** Prints messages on stderr as `newsfuse: level: source[:line]: message`; info only when verbose. */
export function printMessages(messages: Message[], verbose: boolean): void {
  for (const m of messages) {
    if (m.level === "info" && !verbose) continue;
    const where = m.line == null ? m.source : `${m.source}:${m.line}`;
    process.stderr.write(`newsfuse: ${m.level}: ${where}: ${m.message}\n`);
  }
}

export function exitCodeFor(messages: Message[]): number {
  return messages.some((m) => m.level === "error") ? EXIT.inputErrors : EXIT.ok;
}

export function fail(message: string, code: number = EXIT.usage): never {
  process.stderr.write(`newsfuse: ${message}\n`);
  process.exit(code);
}
