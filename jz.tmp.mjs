import JSZip from "jszip";
const lib = await import("/work/main/dist/index.js");
const v = lib.validateWorkspace(await lib.loadWorkspace("/work/main"));
const { targets } = lib.selectTargets(v.workspace, { today: "2026-01-01" });
const plan = lib.planBuild(v.workspace, targets);
// Patch: a custom output type hands back the parts instead of a zip.
const original = JSZip.prototype.generateAsync;
JSZip.prototype.generateAsync = function (options, onUpdate) {
  if (options?.type !== "parts") return original.call(this, options, onUpdate);
  const files = Object.values(this.files).filter((f) => !f.dir);
  return Promise.all(files.map(async (f) => [f.name, await f.async("uint8array")]));
};
const t0 = performance.now();
for (let r = 0; r < 10; r++) for (const p of plan.planned) await lib.renderPptx(p.laidOut);
const t1 = performance.now();
console.log("current per deck", ((t1 - t0) / 40).toFixed(1));
// emulate: build pptx via pptxgenjs internals with parts
const mod = await import("pptxgenjs"); const P = mod.default.default ?? mod.default;
const t2 = performance.now();
for (let r = 0; r < 10; r++) for (const p of plan.planned) { const x = new P(); for (const s of p.laidOut.slides) { const sl = x.addSlide(); for (const sh of s.shapes) if (sh.kind === "text") sl.addText(sh.paragraphs.map(q=>q.text).join("\n"), { ...sh.box }); } await x.write({ outputType: "parts" }); }
const t3 = performance.now();
for (let r = 0; r < 10; r++) for (const p of plan.planned) { const x = new P(); for (const s of p.laidOut.slides) { const sl = x.addSlide(); for (const sh of s.shapes) if (sh.kind === "text") sl.addText(sh.paragraphs.map(q=>q.text).join("\n"), { ...sh.box }); } await x.write({ outputType: "nodebuffer" }); }
const t4 = performance.now();
console.log("text-only parts", ((t3 - t2) / 40).toFixed(1), "text-only nodebuffer", ((t4 - t3) / 40).toFixed(1));
