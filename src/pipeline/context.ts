import type { Message } from "../model/message.ts";

/**
 * Travels with one input through the stages and collects what went wrong with it.
 * A stage reports content problems here; it throws only on misuse.
 */
export class Context {
  readonly messages: Message[] = [];
  constructor(readonly source: string) {}

  private push(level: Message["level"], stage: string, message: string, line: number | null): void {
    this.messages.push({ level, source: this.source, line, stage, message });
  }
  info(stage: string, message: string, line: number | null = null): void {
    this.push("info", stage, message, line);
  }
  warn(stage: string, message: string, line: number | null = null): void {
    this.push("warning", stage, message, line);
  }
  error(stage: string, message: string, line: number | null = null): void {
    this.push("error", stage, message, line);
  }
  get failed(): boolean {
    return this.messages.some((m) => m.level === "error");
  }
}
