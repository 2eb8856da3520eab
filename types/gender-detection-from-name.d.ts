declare module "gender-detection-from-name" {
  /** "male", "female" or "unknown" for a given name; `lang` ("en", "it", "es", "fr", "de", "tr") is tried first. */
  export function getGender(name: string, lang?: string): "male" | "female" | "unknown";
}
