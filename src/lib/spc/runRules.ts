import type {RunRule} from "./runRule.js";
import {nel3} from "./rules/nel3.js";
import {nel4} from "./rules/nel4.js";
import {nel7} from "./rules/nel7.js";
import {nel8} from "./rules/nel8.js";
import {we1} from "./rules/we1.js";
import {we2} from "./rules/we2.js";
import {we3} from "./rules/we3.js";
import {we4} from "./rules/we4.js";

/**
 * Every run rule, Western Electric first. Numbering: WE1–WE4 are the Western Electric handbook's rules 1–4
 * (1956; WE4 is 8 in a row, as in qcc's `qccRulesViolatingWER4`); the other four keep Nelson's 1984 numbers
 * (also qcc's `NEL3`, `NEL4`, `NEL7`, `NEL8`): NEL3 six trending, NEL4 fourteen alternating, NEL7 fifteen
 * within 1σ, NEL8 eight beyond 1σ on both sides. Nelson's rules 1, 5 and 6 are WE1, WE2 and WE3; Nelson's
 * rule 2 (nine on one side) is subsumed by WE4.
 */
export const runRules: readonly RunRule[] = [we1, we2, we3, we4, nel3, nel4, nel7, nel8];
