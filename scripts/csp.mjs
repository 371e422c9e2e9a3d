// Trunk post_build hook: writes the SHA-256 of each inline <script> that
// Trunk injected (its wasm loader) into the page's Content-Security-Policy,
// in place of TRUNK_LOADER_HASH, so the policy can allow only the page's own
// files and that one script.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp.mjs: TRUNK_STAGING_DIR is not set (run by trunk as a post_build hook)");
  process.exit(1);
}
const file = join(dir, "index.html");
const html = readFileSync(file, "utf8");
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => `'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`);
if (!html.includes("TRUNK_LOADER_HASH")) {
  console.error("csp.mjs: index.html has no TRUNK_LOADER_HASH placeholder");
  process.exit(1);
}
writeFileSync(file, html.replace("TRUNK_LOADER_HASH", hashes.join(" ")));
