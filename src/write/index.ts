export * from "./writeFileAtomic.js";
export * from "./removeFile.js";
export * from "./writeJsonSchemas.js";
export * from "./scaffold.js";
export * from "./writeError.js";
export * from "./writeBillingCache.js";
