/**
 * A scoring model as the generator calls it: `score` takes one encoded feature vector (encodeFeatures order,
 * float32) and returns the probability of the bad outcome in [0, 1]. To put a trained model in the sample,
 * wrap it in a Scorer (e.g. `{name, version, score: (x) => logisticScore(model, x)[0]}`) and pass it to
 * generate({scorers}) or replace the entry in SCORERS (loaders/generate/scorers.ts).
 */
export interface Scorer {
  name: string;
  version: string;
  score(features: Float32Array): number;
}

/** The production and shadow (challenger) scorer of a system; the shadow runs from PLAN shadowFromDay on. */
export interface Deployment {
  production: Scorer;
  shadow: Scorer;
}
