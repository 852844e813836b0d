export declare const MAX_SEED_YEARS: number;
export declare const USAGE: string;
export interface SeedOptions {
  readonly years: number;
  readonly out: string;
  readonly seed: number | undefined;
  readonly today: string | undefined;
}
export declare function parseSeedArgs(
  argv: readonly string[],
  baseDir?: string,
  now?: Date,
): { ok: true; options: SeedOptions } | { ok: false; message: string };
export declare function outProblem(out: string): string | null;
