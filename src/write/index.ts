export * from "./writeFileAtomic.js";
