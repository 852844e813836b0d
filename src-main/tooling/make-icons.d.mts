export declare const LINUX_SIZES: readonly number[];
export declare function iconFiles(): string[];
export declare function makeIcons(resourcesDir: string): Promise<string[]>;
