export declare function minifyStyleTemplates(code: string, id: string): string | null;
