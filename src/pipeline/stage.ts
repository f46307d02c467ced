import type { Context } from "./context.ts";

/** A named step over plain data. Problems in the content go to `ctx`; misuse throws. */
export interface Stage<In, Out> {
  readonly name: string;
  run(input: In, ctx: Context): Out;
}
