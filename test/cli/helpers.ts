import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const SHARED = fileURLToPath(new URL("../../../shared", import.meta.url));
export const SEEDS = `${SHARED}/seeds`;
export const haveSeeds = existsSync(SEEDS);
export const NO_SHARED = "../shared not found: tests on real articles skipped";

/** Runs the CLI as a user would, through bin/newsfuse.js. */
export function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [`${ROOT}/bin/newsfuse.js`, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    input,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
