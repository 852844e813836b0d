export declare const ELECTRON_HEADERS_URL: string;
export declare function electronNativeBindingFile(
  appRoot: string,
  electronVersion: string,
  platform: string,
  arch: string,
): string;
export declare function electronBuildEnv(
  baseEnv: Readonly<Record<string, string | undefined>>,
  electronVersion: string,
  arch: string,
): Record<string, string | undefined>;
export declare function bundledNodeGyp(nodePath: string, platform: string): string;
export declare function nodeGypCommand(
  env: Readonly<Record<string, string | undefined>>,
  nodePath: string,
  platform: string,
  exists: (path: string) => boolean,
): { command: string; args: string[] };
export declare function classifyNodeLoad(
  output: string,
  electronAbi: string | undefined,
): 'electron' | 'node' | 'other-abi';
export declare function wrongTargetMessage(electronVersion: string): string;
export declare function readElectronVersion(appRoot: string): string;
export declare function buildFailedMessage(electronVersion: string): string;
export declare function ensureElectronNative(options: {
  appRoot: string;
  platform?: string;
  arch?: string;
  env?: Readonly<Record<string, string | undefined>>;
  force?: boolean;
  log?: (line: string) => void;
}): string;
export declare function loadInNode(file: string): string;
