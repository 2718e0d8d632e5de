import type {RateName} from "./rateFractions.js";

/**
 * What a system's decision does to people, as its contract declares it (customProperties `fairness`), for the
 * fairness tree: the intervention (the decision that acts on a person) helps ("assistive": approve credit, offer
 * a service) or harms ("punitive": flag for fraud, investigate), whether only a small share of people can get it
 * ("scarce"), and whether the concern is the errors of the system or who gets selected ("representation").
 */
export interface FairnessPolicy {
  intervention: "assistive" | "punitive";
  /** The decision value that is the intervention, e.g. "approve" or "flag". */
  interventionDecision: string;
  scarce: boolean;
  concern: "errors" | "representation";
  /** With concern "representation": select in proportion to each group's size, or equal numbers per group. */
  representation?: "proportional" | "equal";
}

/** One question of the tree with the answer the policy gives, in plain words. */
export interface TreeStep {
  question: string;
  answer: string;
}

/** The metrics the tree recommends for a system, in the rate names of its fairness review. */
export interface TreeAdvice {
  /** The metric the tree leads to, then the selection rate (the four-fifths rule) as context. */
  metrics: RateName[];
  primary: RateName;
  steps: TreeStep[];
  /** Why, in plain words: which people an error harms and what to compare across groups. */
  why: string;
}

/** A rate's meaning when the positive prediction is the intervention. */
const MEANING: Partial<Record<RateName, string>> = {
  fpr: "among people who did not warrant the intervention, the share who got it anyway",
  fdr: "among people who got the intervention, the share who did not warrant it",
  fnr: "among people who warranted the intervention, the share who did not get it",
  for: "among people who did not get the intervention, the share who warranted it",
  selection_rate: "the share of each group that gets the intervention",
  ppr: "each group's share of everyone who gets the intervention"
};

/** The same quantity in a review whose positive prediction is the other decision (the favourable one). */
const SWAP: Partial<Record<RateName, RateName>> = {fpr: "fnr", fnr: "fpr", fdr: "for", for: "fdr"};

/**
 * Which fairness metric fits a decision, after the fairness tree of Aequitas (Saleiro et al. 2018, "Aequitas: A
 * Bias and Fairness Audit Toolkit", arXiv:1811.05577, and the "when does it matter" text of its audit report,
 * src/aequitas_cli/utils/report.py in dssg/aequitas): with representation as the concern, demographic parity
 * (selection_rate) when selecting in proportion to group size, equal selection parity (ppr) for equal numbers; with
 * errors as the concern, a punitive intervention harms those it wrongly hits, so false positive rate parity, or
 * false discovery rate parity when the intervention is scarce (a small selected set); an assistive intervention
 * harms those it wrongly misses, so false negative rate parity, or false omission rate parity when scarce. The tree
 * speaks of the intervention as the positive prediction; when the review's positive prediction is the other decision
 * (`positiveIsIntervention` false: the workbench's --system reviews count the favourable decision as positive, and a
 * fraud flag is not favourable), the error rates swap (fpr ↔ fnr, fdr ↔ for) so that the same people are compared.
 * The selection rate is added as context: it is what the four-fifths rule checks.
 *
 * @example
 * fairnessTree({intervention: "assistive", interventionDecision: "approve", scarce: false, concern: "errors"}, {positiveIsIntervention: true}).primary; // => "fnr"
 */
export function fairnessTree(
  policy: FairnessPolicy,
  {positiveIsIntervention}: {positiveIsIntervention: boolean}
): TreeAdvice {
  const act = policy.interventionDecision;
  const steps: TreeStep[] = [];
  let leaf: RateName;
  let why: string;
  if (policy.concern === "representation") {
    const equal = policy.representation === "equal";
    steps.push({
      question: "Is the concern who gets selected (representation) or the mistakes the system makes (errors)?",
      answer: "Who gets selected."
    });
    steps.push({
      question: "Should each group get the same number of interventions, or a number in proportion to its size?",
      answer: equal ? "The same number." : "In proportion to its size."
    });
    leaf = equal ? "ppr" : "selection_rate";
    why = equal
      ? `Compare ${MEANING.ppr} ("${act}"): equal selection parity.`
      : `Compare ${MEANING.selection_rate} ("${act}"): demographic parity.`;
  } else {
    steps.push({
      question: "Is the concern who gets selected (representation) or the mistakes the system makes (errors)?",
      answer: "The mistakes."
    });
    const punitive = policy.intervention === "punitive";
    steps.push({
      question: `Does "${act}" help the person it is applied to (assistive) or harm them (punitive)?`,
      answer: punitive
        ? `It harms them: a mistake hurts someone who gets "${act}" without warranting it.`
        : `It helps them: a mistake hurts someone who warranted "${act}" and did not get it.`
    });
    steps.push({
      question: `Can only a small share of people get "${act}" (a scarce intervention)?`,
      answer: policy.scarce
        ? "Yes: the people selected are few, so look at the mistakes among them."
        : "No: look at the mistakes among everyone it concerns."
    });
    leaf = punitive ? (policy.scarce ? "fdr" : "fpr") : policy.scarce ? "for" : "fnr";
    const names: Partial<Record<RateName, string>> = {
      fpr: "false positive rate parity",
      fdr: "false discovery rate parity",
      fnr: "false negative rate parity",
      for: "false omission rate parity"
    };
    why = `Compare, group by group, ${MEANING[leaf]} ("${act}"): ${names[leaf]}.`;
  }
  const primary = positiveIsIntervention ? leaf : (SWAP[leaf] ?? leaf);
  if (primary !== leaf)
    why += ` This review counts the other decision as positive, so that is its ${primary.toUpperCase()}.`;
  return {metrics: primary === "selection_rate" ? [primary] : [primary, "selection_rate"], primary, steps, why};
}
