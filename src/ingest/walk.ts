import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

export interface FoundFile {
  path: string;
  size: number;
}

/** Expands files and directories (recursively, sorted, hidden entries skipped) into a list of files. */
export async function* walk(paths: string[], onError: (path: string, message: string) => void) {
  for (const p of paths) yield* walkOne(p, onError);
}

async function* walkOne(
  path: string,
  onError: (path: string, message: string) => void,
): AsyncGenerator<FoundFile> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (err) {
    onError(path, `cannot read path: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    return;
  }
  if (info.isFile()) {
    yield { path, size: info.size };
    return;
  }
  if (!info.isDirectory()) {
    onError(path, "not a regular file or directory");
    return;
  }
  let names: string[];
  try {
    names = (await readdir(path)).filter((n) => !n.startsWith(".")).sort();
  } catch (err) {
    onError(path, `cannot list directory: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    return;
  }
  for (const name of names) yield* walkOne(join(path, name), onError);
}
