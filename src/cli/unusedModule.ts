// The CLI bundle resolves modules it never uses to this empty one (aliases in package.json's
// build:bundle), so a cold start does not load them:
// - `source-map`: Handlebars' code generator loads it only to emit source maps of compiled templates,
//   which we never ask for; Handlebars then uses its own small stand-in (7 ms measured).
// - `node:https`: pptxgenjs loads it at start-up to fetch images from URLs; we hand it every image
//   as data (4 ms).
export {};
