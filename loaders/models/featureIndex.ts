import {featureNames, type SystemName} from "./featureSpec.js";

/**
 * Column positions in the encoded feature vector by name (see featureNames), for code that reads a vector
 * by feature name, such as the true-risk functions and the stand-in scorers.
 *
 * @throws {Error} when a name is not a feature column (`unknown feature: regoin=south`)
 * @example
 * const at = featureIndex("credit-line"); x[at("region=south")]; // => 1 for a southern applicant
 */
export function featureIndex(system: SystemName): (name: string) => number {
  const names = featureNames(system);
  return (name) => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`unknown feature: ${name}`);
    return i;
  };
}
