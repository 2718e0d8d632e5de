import type {System} from "./System.js";

/**
 * The relation of one ingested contract object of a system (`read_parquet('<object>.parquet')`), or undefined when
 * the ingest wrote none.
 *
 * @example objectRelation(system, "outcomes") // => "read_parquet('data/.work/credit-line/outcomes.parquet')"
 */
export function objectRelation(system: Pick<System, "objects">, object: string): string | undefined {
  const found = system.objects.find((o) => o.name === object);
  return found?.relation;
}
