/** The name of the file with the licence notices of the packages the build bundles, in out/main and out/renderer. */
export const LICENCE_NOTICES_FILE = 'third-party-licences.md';
