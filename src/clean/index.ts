/** Clean stage: article text from HTML pages and page chrome removed from plain text. */
export { type CleanedHtml, cleanHtml, type PageMeta } from "./html/index.ts";
export { type CleanedText, cleanText, cleanTexts } from "./text/index.ts";
