/**
 * Why the Decision audit has nothing to replay for a decision, in words, from its `decision_source`: the
 * manual process, the fallback rule, business rules, or a model version the registry does not hold.
 * @example nothingToReplay("human") // => "Nothing to replay: this decision was made by the manual process, not by a registered model."
 */
export function nothingToReplay(source: unknown): string {
  const by =
    source === "model"
      ? "a model version not in the registry"
      : source === "human"
        ? "the manual process"
        : source === "fallback"
          ? "the fallback rule (model unavailable)"
          : "business rules";
  return `Nothing to replay: this decision was made by ${by}, not by a registered model.`;
}
