export declare function nativeBuildDir(appRoot: string): string;
export declare function snapshotNativeBuild(dir: string): Map<string, Buffer>;
export declare function restoreNativeBuild(saved: ReadonlyMap<string, Buffer>): number;
export declare function keepingNodeBuild<T>(appRoot: string, step: () => Promise<T>): Promise<T>;
export declare function electronBuilderScript(appRoot: string): string;
export declare const DEB_NEEDS_HOMEPAGE: string;
export declare function builderArgs(
  args: readonly string[],
  platform: string,
  manifest: { readonly homepage?: unknown; readonly repository?: unknown },
): { args: string[]; note?: string };
