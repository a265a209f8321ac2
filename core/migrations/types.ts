/** A JSON object of unknown shape: migrations read old files defensively. */
export type JsonObject = { [key: string]: unknown };

/** One step of the document format: from `to - 1` to `to`. Pure; never throws. */
export interface Migration {
  readonly to: number;
  /** What changed, in Italian: shown when a file is upgraded. */
  readonly description: string;
  readonly up: (doc: JsonObject) => JsonObject;
}

export const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
