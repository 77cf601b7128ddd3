/** The program bundle with non-ASCII text in regular expression literals escaped; throws if any is elsewhere. */
export declare function asciiOnly(text: string): string;
