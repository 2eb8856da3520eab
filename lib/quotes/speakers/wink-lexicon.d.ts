declare module "wink-lexicon/src/lexicon.js" {
  /** Lower-case common English words and the parts of speech each is used as ("news" → NN, NNS). */
  const lexicon: Readonly<Record<string, readonly string[]>>;
  export default lexicon;
}
