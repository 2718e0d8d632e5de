import type {FeatureTable} from "../../../src/lib/drift/fitReconstruction.js";

/** The reconstruction tests' reference: a and b move together, c is noise; one missing number, one missing category. */
export const reference: FeatureTable = {
  numeric: [
    {name: "a", values: [1, 2, 3, NaN, 5, 6, 7, 8]},
    {name: "b", values: [2.1, 3.9, 6.2, 8.1, 9.8, 12.2, 13.9, 16.1]},
    {name: "c", values: [5, 3, 4, 6, 2, 5, 3, 4]}
  ],
  categorical: [{name: "k", values: ["x", "y", "x", null, "z", "x", "y", "x"]}]
};
