/** Newest modification time (ms) of a file or of anything below a folder; 0 when missing. */
export declare function newest(target: string): number;
/** Everything the web build (web/dist) is made from, below the repository root `root`. */
export declare function webBuildInputs(root: string): string[];
