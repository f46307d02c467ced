import cliProgress from "cli-progress";
import type { Progress } from "../analyze/run.ts";

/** A progress bar on stderr when it is a terminal; nothing at all when piped or with --quiet. */
export function progressReporter(enabled: boolean): { update: (p: Progress) => void; stop: () => void } {
  if (!enabled || !process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: " {phase} [{bar}] {value}/{total}",
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      const total = Math.max(p.total, p.done, 1);
      if (!started) {
        bar.start(total, p.done, { phase: p.phase.padEnd(7) });
        started = true;
      }
      bar.setTotal(total);
      bar.update(p.done, { phase: p.phase.padEnd(7) });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
