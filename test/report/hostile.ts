// A demo input whose article text and metadata try to break out of the brief's markup.
import type { Quote } from "../../src/model/index.ts";
import { demoInput, EPR, W } from "../crosscheck/demo-fixture.ts";

export const EVIL_OUTLET = "<script>alert(1)</script> Wire | News";
export const EVIL_TITLE = '"><img src=x onerror=alert(2)> **Breaking** [x](http://evil.example/)';
export const EVIL_QUOTE = 'We <iframe src="http://evil.example/"></iframe> | won\'t _stop_ `now` & ever';

export function hostileInput() {
  const input = demoInput();
  const wire = input.articles.find((a) => a.id === W);
  if (wire) {
    wire.outlet = EVIL_OUTLET;
    wire.title = EVIL_TITLE;
  }
  input.stories[0] = {
    ...input.stories[0],
    title: "Dam <b>breach</b> & </title><style>*{display:none}</style>",
  };
  const q = input.quotes.find((x) => x.articleId === EPR && x.text.startsWith("They have")) as Quote;
  q.text = EVIL_QUOTE;
  q.speaker = { ...q.speaker, name: "Pavel </td></tr></table> Szemko", title: "<svg onload=alert(3)>" };
  return input;
}
