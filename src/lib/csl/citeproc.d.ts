// Types for the part of citeproc-js (the `citeproc` npm package, CommonJS, no types of its own) that the
// site uses: the documented CSL.Engine API (citeproc-js manual, "Running the processor").
declare module 'citeproc' {
  /** What the engine asks its host for: locales by language tag, items by id. */
  export interface CiteprocSys {
    /** The CSL locale XML for a language tag such as "en-US". */
    retrieveLocale(lang: string): string;
    /** The CSL-JSON item with this id. */
    retrieveItem(id: string): Record<string, unknown> | undefined;
  }
  export interface CiteprocEngine {
    /** Put exactly these item ids in the registry (those before are dropped). */
    updateItems(ids: string[]): void;
    /** [formatting parameters, one HTML entry per registered item], or false for a style with no bibliography. */
    makeBibliography(): [unknown, string[]] | false;
    /** Render one citation on its own (first position, no document state). */
    makeCitationCluster(items: Record<string, unknown>[]): string;
    setOutputFormat(format: 'html' | 'text'): void;
  }
  const CSL: {
    /** `style`: CSL style XML; `lang`: the locale; `forceLang`: use `lang` even where the style names its own. */
    Engine: new (sys: CiteprocSys, style: string, lang?: string, forceLang?: boolean) => CiteprocEngine;
  };
  export default CSL;
}
