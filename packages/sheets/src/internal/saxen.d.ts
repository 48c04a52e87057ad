/** The part of saxen's API the workbook reader uses (saxen ships no types). */
declare module 'saxen' {
  export class Parser {
    constructor(options?: { readonly proxy?: boolean });
    on(event: 'openTag', handler: (name: string, attrs: () => Record<string, string>, decode: (text: string) => string, selfClosing: boolean) => void): this;
    on(event: 'closeTag', handler: (name: string, decode: (text: string) => string, selfClosing: boolean) => void): this;
    on(event: 'text', handler: (value: string, decode: (text: string) => string) => void): this;
    on(event: 'cdata', handler: (value: string) => void): this;
    on(event: 'error', handler: (error: Error) => void): this;
    parse(xml: string): void;
    /** Reads the next piece of a document (saxen ≥ 11.2): events for every complete token, the rest buffered. */
    write(xml: string): this;
    /** No more pieces: reads what is buffered (an incomplete token is an error). */
    end(): Error | null;
    stop(): void;
  }
  export function decode(text: string): string;
}
