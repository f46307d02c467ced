import type { Command } from "commander";
import { ensureWebBuilt, startServer } from "../../server/index.ts";
import { openStore } from "../../store/index.ts";
import { fail } from "../output.ts";

interface ServeFlags {
  db: string;
  host: string;
  port: string;
  token?: string;
  buildWeb?: boolean;
}

/** `newsfuse serve`: the JSON API and the web UI in one process. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("serve the JSON API and the web UI (stories, briefs, side-by-side reuse, ingest)")
    .option("--db <path>", "SQLite file", "newsfuse.db")
    .option("--host <host>", "address to bind (non-loopback needs a token)", "127.0.0.1")
    .option("--port <port>", "port (0 picks a free one)", "8787")
    .option("--token <token>", "token required for writes (default: $NEWSFUSE_TOKEN)")
    .option("--build-web", "rebuild the web UI before starting")
    .action(async (o: ServeFlags) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port ${o.port} is not a port number`);
      const token = o.token ?? process.env.NEWSFUSE_TOKEN ?? null;
      const log = (s: string) => process.stderr.write(`${s}\n`);
      await ensureWebBuilt(log, o.buildWeb ?? false);
      const store = openStore(o.db);
      let running: Awaited<ReturnType<typeof startServer>>;
      try {
        running = await startServer({ store, host: o.host, port, token });
      } catch (err) {
        await store.close();
        fail((err as Error).message);
      }
      log(`newsfuse: serving ${o.db} at ${running.url}/ (Ctrl-C to stop)`);
      const stop = async () => {
        await running.close();
        await store.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
