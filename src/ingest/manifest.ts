import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { z } from "zod";

/** Optional `manifest.json` beside plain-text or HTML files: metadata the files themselves lack. */
const Entry = z.object({
  file: z.string(),
  id: z.string().optional(),
  outlet: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  author: z.string().nullable().optional(),
  publishedAt: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
});
const Manifest = z.array(Entry);
export type ManifestEntry = z.infer<typeof Entry>;

export class Manifests {
  private readonly byDir = new Map<string, Map<string, ManifestEntry> | null>();
  readonly problems: { source: string; message: string }[] = [];

  /** The manifest entry for `path`, if its folder has a manifest that names it. */
  lookup(path: string): ManifestEntry | undefined {
    const dir = dirname(path);
    if (!this.byDir.has(dir)) this.byDir.set(dir, this.load(join(dir, "manifest.json")));
    return this.byDir.get(dir)?.get(basename(path));
  }

  private load(file: string): Map<string, ManifestEntry> | null {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      return null;
    }
    try {
      const parsed = Manifest.safeParse(JSON.parse(text));
      if (!parsed.success) {
        const i = parsed.error.issues[0];
        this.problems.push({ source: file, message: `ignored: ${i.path.join(".")}: ${i.message}` });
        return null;
      }
      return new Map(parsed.data.map((e) => [e.file, e]));
    } catch (err) {
      this.problems.push({ source: file, message: `ignored: malformed JSON: ${(err as Error).message}` });
      return null;
    }
  }
}
