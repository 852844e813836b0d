export declare const MISSING_ELECTRON_MESSAGE: string;
export declare function missingOverrideMessage(overrideDir: string): string;
export declare function defaultExecutableName(platform: string): string;
export declare function findElectronBinary(options: {
  electronDir: string;
  env: Readonly<Record<string, string | undefined>>;
  platform: string;
  exists: (path: string) => boolean;
  readText: (path: string) => string;
}): { ok: true; path: string } | { ok: false; message: string };
export declare function electronViteScript(appRoot: string): string;
export declare function packageBinScript(appRoot: string, name: string): string;
