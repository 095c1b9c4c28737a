import type { LoadedBilling } from "../billing/loadedBilling.js";
import type { DeckDefinition } from "../schema/deck.js";
import type { Organization } from "../schema/organization.js";
import type { Persona } from "../schema/persona.js";
import type { Theme } from "../schema/theme.js";
import type { SourceFile } from "../source/sourceFile.js";
import type { Template } from "../template/parseTemplate.js";
import type { LayoutAssignment } from "../template/templateLayouts.js";
import type { LoadedPartial } from "./loadedWorkspace.js";

/** The image formats a logo may use. */
export type ImageMime = "image/png" | "image/jpeg";

/** Pixel size of an image. */
export interface PixelSize {
  width: number;
  height: number;
}

/** A validated input, with the file it came from (for messages). */
export interface Entity<T> {
  id: string;
  value: T;
  source: SourceFile;
}

/** A validated theme and the bytes of its logo, if it has one. */
export interface ThemeEntity extends Entity<Theme> {
  /** The company template it is drawn on (`template:`), with the layout chosen for each kind of slide. */
  template?: { template: Template; layouts: LayoutAssignment };
  /** The logo's bytes, format and pixel size (when its header gives one). */
  logo?: { data: Uint8Array; mime: ImageMime; size?: PixelSize };
}

/** A validated deck, with its organization file resolved. */
export interface DeckEntity extends Entity<DeckDefinition> {
  /** Absolute path of the organization file this deck uses. */
  organizationFile: string;
}

/** A validated organization, with its billing data summarized when it names some. */
export interface OrganizationEntity extends Entity<Organization> {
  billing?: LoadedBilling;
}

/** Every input, validated and cross-checked: what later stages build from. */
export interface Workspace {
  root: string;
  personas: Map<string, Entity<Persona>>;
  themes: Map<string, ThemeEntity>;
  organizations: Map<string, OrganizationEntity>;
  decks: Map<string, DeckEntity>;
  partials: Map<string, LoadedPartial>;
}
