import { Command, CommanderError } from "commander";
import { registerAnalyze } from "./commands/analyze.ts";
import { registerClean } from "./commands/clean.ts";
import { registerDemo } from "./commands/demo.ts";
import { registerRefresh } from "./commands/refresh.ts";
import { registerReuse } from "./commands/reuse.ts";
import { registerServe } from "./commands/serve.ts";
import { registerStored } from "./commands/stored.ts";
import { EXIT } from "./output.ts";

const EXAMPLES = `
Examples:
  $ newsfuse demo                                   brief of the bundled sample corpus
  $ newsfuse analyze ../shared/seeds --format json  the v1 JSON report (stored in ./newsfuse.db)
  $ newsfuse analyze feeds/ pages/ --format md -o brief.md
  $ newsfuse stories                                stored stories
  $ newsfuse brief <story-id> --format html -o story.html
  $ newsfuse reuse corpus/ --format md              duplicates, versions, rewrites, spun copies
  $ newsfuse clean page.html.gz                     article text and metadata of one page
  $ newsfuse refresh                                redo stored extractions after an upgrade

Exit codes: 0 all inputs read; 1 some inputs rejected (messages on stderr, the rest processed); 2 usage error.`;

export function buildProgram(): Command {
  const program = new Command("newsfuse")
    .description("turn a pile of news articles into verified stories")
    .version("0.1.0")
    .showHelpAfterError()
    .addHelpText("after", EXAMPLES);
  registerAnalyze(program);
  registerClean(program);
  registerReuse(program);
  registerStored(program);
  registerRefresh(program);
  registerDemo(program);
  registerServe(program);
  return program;
}

try {
  await buildProgram().exitOverride().parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) process.exit(err.exitCode === 0 ? 0 : EXIT.usage);
  process.stderr.write(`newsfuse: ${(err as Error).message}\n`);
  process.exit(EXIT.usage);
}
