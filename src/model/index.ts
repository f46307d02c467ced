export * from "./article.ts";
export * from "./extraction.ts";
export * from "./message.ts";
export * from "./relation.ts";
export * from "./span.ts";
export * from "./story.ts";
