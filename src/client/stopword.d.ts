// Types for the part of the `stopword` package the browser code uses (the package ships none).
declare module 'stopword' {
  /** English stop words, lower case. */
  export const eng: string[];
}
