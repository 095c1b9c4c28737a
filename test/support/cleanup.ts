// Set up for every test file (vitest.config.ts, setupFiles): its temporary folders go when it ends.
import { afterAll } from "vitest";
import { removeTempDirs } from "./tempDir.js";

afterAll(removeTempDirs);
