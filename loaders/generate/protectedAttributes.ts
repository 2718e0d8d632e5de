import {categorical} from "../../src/lib/random/categorical.js";

/**
 * The protected attributes both systems record (contract validValues, in order) and their population
 * weights: ethnicity 55/20/15/10 %, age band 12/24/30/22/12 %, sex 49/49/2 %. Samplers return the index.
 */
export const ETHNICITIES = ["group_a", "group_b", "group_c", "group_d"];
export const AGE_BANDS = ["18-24", "25-34", "35-49", "50-64", "65+"];
export const SEXES = ["female", "male", "other"];
export const ethnicity = categorical([0.55, 0.2, 0.15, 0.1]);
export const ageBand = categorical([0.12, 0.24, 0.3, 0.22, 0.12]);
export const sex = categorical([0.49, 0.49, 0.02]);
