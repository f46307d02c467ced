#!/usr/bin/env node
// The package mirror this project is developed behind serves only linux-x64 builds of packages that ship one
// binary package per platform (Biome, Rollup). npm then writes a lock without the other platforms' entries and
// `npm ci` refuses it. This adds those entries back (optional, with their os/cpu/libc), as npm writes them when
// it can see the full registry, so `npm ci` installs the same tree anywhere. Run after changing dependencies:
//   node scripts/lock-platforms.mjs
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const OS = {
  android: "android",
  darwin: "darwin",
  freebsd: "freebsd",
  linux: "linux",
  win32: "win32",
  openbsd: "openbsd",
  openharmony: "openharmony",
  netbsd: "netbsd",
  sunos: "sunos",
  aix: "aix",
};
const CPU = ["arm64", "x64", "ia32", "arm", "loong64", "ppc64", "riscv64", "s390x", "mips64el"];

function platformOf(name) {
  const tail = name
    .split("/")
    .pop()
    .replace(/^(rollup|cli)-/, "");
  const parts = tail.split("-");
  const os = OS[parts[0]];
  const cpu = CPU.find((c) => parts.includes(c)) ?? (parts.includes("arm") ? "arm" : undefined);
  const libc =
    parts.includes("musl") || parts.includes("musleabihf")
      ? "musl"
      : parts.includes("gnu") || parts.includes("gnueabihf")
        ? "glibc"
        : undefined;
  if (!os || !cpu) throw new Error(`cannot tell the platform of ${name}`);
  return { os: [os], cpu: [cpu], ...(libc && os === "linux" ? { libc: [libc] } : {}) };
}

let out = "";
try {
  execFileSync("npm", ["ci", "--dry-run"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
} catch (err) {
  out = String(err.stderr ?? "");
}
const missing = [...out.matchAll(/Missing: (@?[^@\s]+)@(\S*) from lock file/g)];
const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
for (const [, name] of missing) {
  const parent = Object.entries(lock.packages).find(([, p]) => p.optionalDependencies?.[name]);
  if (!parent) throw new Error(`no package in the lock asks for ${name}`);
  const [, p] = parent;
  lock.packages[`node_modules/${name}`] = {
    version: p.optionalDependencies[name],
    ...(p.dev ? { dev: true } : {}),
    optional: true,
    ...platformOf(name),
  };
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a < b ? -1 : 1)),
);
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${missing.length} platform entries to package-lock.json`);
