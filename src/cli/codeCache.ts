// V8's code cache for the bundled CLI's build code, as Node 22 offers with module.enableCompileCache()
// and Node 20 (which these machines run) does not. Parsing and compiling about a megabyte of
// JavaScript (pptxgenjs, Handlebars, zod, yaml, our pipeline) is a large share of a cold build; V8
// can save the compiled code after a run and load it in the next one. The cache lives in the
// user's cache folder, is keyed by the bundle's identity and Node's version, and is only an
// optimization: if it is missing, stale, rejected by V8 or cannot be written, the code is compiled
// as usual. Set BRIEFINGS_NO_CODE_CACHE=1 to turn it off.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

/** How many caches (this bundle's included) to keep in the folder. */
const KEEP = 4;

/** The folder for cached code: $XDG_CACHE_HOME/finops-briefings, else ~/.cache/finops-briefings. */
function cacheFolder(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "finops-briefings");
}

/**
 * Run a CommonJS bundle and return its exports, with its compiled code taken from (and, after
 * this process has used it, saved to) the code cache.
 */
export function requireWithCodeCache(url: URL, version: string): unknown {
  const file = fileURLToPath(url);
  const source = readFileSync(file, "utf8");
  const { size, mtimeMs } = statSync(file);
  // The bundle's identity: a new build or release changes its size, time or version.
  const key = `${version}-${size}-${Math.round(mtimeMs)}-${process.version}-${process.arch}`.replace(/[^\w.-]/g, "_");
  const off = Boolean(process.env.BRIEFINGS_NO_CODE_CACHE);
  const cacheFile = join(cacheFolder(), `build-${key}.bin`);
  let cached: Buffer | undefined;
  if (!off) {
    try {
      cached = readFileSync(cacheFile);
    } catch {
      cached = undefined;
    }
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new Script(wrapper, { filename: file, cachedData: cached });
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  if (!off && (cached === undefined || script.cachedDataRejected)) {
    // After the build: the cache then holds the functions that ran, not only the top level.
    process.once("exit", () => saveCache(cacheFile, () => script.createCachedData()));
  }
  return module.exports;
}

function saveCache(file: string, data: () => Buffer): void {
  try {
    const folder = dirname(file);
    mkdirSync(folder, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, data());
    renameSync(temp, file); // another process may write the same cache: whole files only
    // Caches of earlier builds and releases would only pile up (about 1.4 MB each): keep the few
    // most recently written (several installed versions may be in use), remove the rest.
    const others = readdirSync(folder)
      .filter((name) => /^build-.*\.bin$/.test(name) && join(folder, name) !== file)
      .map((name) => ({ path: join(folder, name), written: statSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.written - a.written);
    for (const old of others.slice(KEEP - 1)) rmSync(old.path, { force: true });
  } catch {
    // Read-only home, full disk: the next run compiles as this one did.
  }
}
