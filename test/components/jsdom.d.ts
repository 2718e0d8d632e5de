// Minimal typings for the jsdom bundled with Observable Framework (no @types/jsdom installed).
declare module "jsdom" {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
