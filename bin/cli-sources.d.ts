export declare const CLI_DIR: string;
export declare const SOURCES_NAME: string;
export declare function builtCliIsFresh(root: string, cliDir?: string): boolean;
