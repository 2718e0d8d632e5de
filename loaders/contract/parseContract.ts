import {parse, YAMLParseError} from "yaml";
import type {Contract, Property, RowRule, SchemaObject, SlaProperty} from "./Contract.js";
import {contractError} from "./contractError.js";
import {isMapping} from "./isMapping.js";
import {outcomeLabel} from "./outcomeLabel.js";
import {fairnessPolicy} from "./fairnessPolicy.js";
import {positiveDecision} from "./positiveDecision.js";
import {parseProperty} from "./parseProperty.js";

/** ODCS versions whose fields the workbench reads. */
export const API_VERSIONS: readonly string[] = ["v3.0.0", "v3.0.1", "v3.0.2", "v3.1.0"];

/**
 * Parses an ODCS v3 data contract (YAML text) into a validated Contract. `file` is used in messages only.
 *
 * Conventions (standard ODCS v3 fields; see the header of data/contracts/credit-line.odcs.yaml):
 * properties' logicalType/physicalType give the DuckDB type; required, unique, primaryKey,
 * logicalTypeOptions (minimum, maximum, exclusiveMinimum/Maximum, pattern, minLength, maxLength) and
 * `quality: [{metric: invalidValues, arguments: {validValues}}]` are row checks; schema-level
 * `quality` entries with `type: custom, engine: workbench` are row rules (SQL predicates). Two or more
 * primaryKey columns form a composite key. Other quality entries are listed in `unsupported`.
 *
 * @throws {InputError} naming the file and the path inside it, e.g.
 *   `x.odcs.yaml: schema[0].properties[5].logicalType: unknown logical type "numbr"`
 * @example parseContract(readFileSync(f, "utf8"), f).schema[0].properties.map((p) => p.name)
 */
export function parseContract(text: string, file: string): Contract {
  let doc: unknown;
  try {
    doc = parse(text, {uniqueKeys: true});
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      throw contractError(
        file,
        line ? `line ${line}` : "",
        `invalid YAML: ${error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`
      );
    }
    throw error;
  }
  if (!isMapping(doc)) throw contractError(file, "", "not a YAML mapping");
  const fail = (path: string, message: string) => contractError(file, path, message);
  const str = (key: string, required: boolean): string | undefined => {
    const v = doc[key];
    if (v === undefined || v === null) {
      if (required) throw fail(key, "missing");
      return undefined;
    }
    if (typeof v !== "string" || v.trim() === "") throw fail(key, `not a non-empty string: ${JSON.stringify(v)}`);
    return v;
  };
  const apiVersion = str("apiVersion", true)!;
  if (!API_VERSIONS.includes(apiVersion))
    throw fail("apiVersion", `unknown apiVersion ${JSON.stringify(apiVersion)} (expected ${API_VERSIONS.join(", ")})`);
  const kind = str("kind", true);
  if (kind !== "DataContract") throw fail("kind", `unknown kind ${JSON.stringify(kind)} (expected DataContract)`);
  const id = str("id", true)!;
  const version = str("version", true)!;
  const status = str("status", true)!;
  const name = str("name", false) ?? id;
  const domain = str("domain", false);
  const unsupported: string[] = [];
  if (!Array.isArray(doc.schema) || doc.schema.length === 0) throw fail("schema", "missing or empty list of objects");
  const schema: SchemaObject[] = doc.schema.map((o: unknown, i) => parseObject(o, file, `schema[${i}]`, unsupported));
  schema.forEach((o, i) => {
    if (schema.findIndex((p) => p.name === o.name) !== i)
      throw fail(`schema[${i}].name`, `duplicate object "${o.name}"`);
  });
  const contract: Contract = {
    file,
    apiVersion,
    kind: "DataContract",
    id,
    name,
    version,
    status,
    customProperties: parseCustomProperties(doc.customProperties, fail),
    slaProperties: parseSla(doc.slaProperties, schema, fail),
    schema,
    unsupported
  };
  if (domain !== undefined) contract.domain = domain;
  if (contract.customProperties.positiveDecision !== undefined) positiveDecision(contract);
  if (contract.customProperties.outcomeLabel !== undefined) outcomeLabel(contract);
  if (contract.customProperties.fairness !== undefined) fairnessPolicy(contract);
  return contract;
}

function parseObject(raw: unknown, file: string, path: string, unsupported: string[]): SchemaObject {
  const fail = (key: string, message: string) => contractError(file, key ? `${path}.${key}` : path, message);
  if (!isMapping(raw)) throw fail("", "not a mapping");
  if (typeof raw.name !== "string" || raw.name.trim() === "") throw fail("name", "missing object name");
  if (!Array.isArray(raw.properties) || raw.properties.length === 0) throw fail("properties", "missing or empty list");
  const properties: Property[] = raw.properties.map((p: unknown, i) =>
    parseProperty(p, file, `${path}.properties[${i}]`, unsupported)
  );
  properties.forEach((p, i) => {
    const first = properties.findIndex((q) => q.name.toLowerCase() === p.name.toLowerCase());
    if (first !== i)
      throw fail(
        `properties[${i}].name`,
        properties[first].name === p.name
          ? `duplicate property "${p.name}"`
          : `property "${p.name}" differs from "${properties[first].name}" only in case (column names ignore case)`
      );
  });
  const rules: RowRule[] = [];
  if (raw.quality !== undefined) {
    if (!Array.isArray(raw.quality)) throw fail("quality", "not a list");
    raw.quality.forEach((q: unknown, i) => {
      const at = `quality[${i}]`;
      if (!isMapping(q)) throw fail(at, "not a mapping");
      if (q.type !== "custom" || q.engine !== "workbench") return void unsupported.push(`${path}.${at}`);
      if (typeof q.name !== "string" || q.name.trim() === "") throw fail(`${at}.name`, "missing rule name");
      if (rules.some((r) => r.name === q.name)) throw fail(`${at}.name`, `duplicate rule "${q.name}"`);
      if (typeof q.implementation !== "string" || q.implementation.trim() === "")
        throw fail(`${at}.implementation`, "missing SQL predicate");
      if (!referencesColumn(q.implementation, properties))
        throw fail(`${at}.implementation`, `rule ${q.name} references no column of ${raw.name}`);
      const rule: RowRule = {name: q.name, implementation: q.implementation, path: `${path}.${at}`};
      if (typeof q.description === "string") rule.description = q.description;
      if (typeof q.dimension === "string") rule.dimension = q.dimension;
      rules.push(rule);
    });
  }
  const keys = properties.filter((p) => p.primaryKey).map((p) => p.name);
  const object: SchemaObject = {
    name: raw.name,
    physicalName: typeof raw.physicalName === "string" ? raw.physicalName : raw.name,
    properties,
    rules,
    compositeKey: keys.length >= 2 ? keys : []
  };
  if (keys.length === 1) properties.find((p) => p.primaryKey)!.unique = true;
  if (typeof raw.description === "string") object.description = raw.description;
  return object;
}

/** True when the SQL text, with string literals removed, names at least one column as an identifier. */
function referencesColumn(sql: string, properties: Property[]): boolean {
  const bare = sql.replace(/'(?:[^']|'')*'/g, " ");
  const identifiers = new Set(
    [...bare.matchAll(/"((?:[^"]|"")+)"|([A-Za-z_][A-Za-z0-9_$]*)/g)].map((m) => m[1]?.replace(/""/g, '"') ?? m[2])
  );
  return properties.some((p) => identifiers.has(p.name));
}

function parseCustomProperties(raw: unknown, fail: (path: string, message: string) => Error): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  if (raw === undefined) return map;
  if (!Array.isArray(raw)) throw fail("customProperties", "not a list");
  raw.forEach((c: unknown, i) => {
    if (!isMapping(c) || typeof c.property !== "string") throw fail(`customProperties[${i}]`, "missing property name");
    if (Object.hasOwn(map, c.property)) throw fail(`customProperties[${i}]`, `duplicate property "${c.property}"`);
    map[c.property] = c.value;
  });
  return map;
}

function parseSla(raw: unknown, schema: SchemaObject[], fail: (path: string, message: string) => Error): SlaProperty[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw fail("slaProperties", "not a list");
  return raw.map((s: unknown, i) => {
    const at = `slaProperties[${i}]`;
    if (!isMapping(s) || typeof s.property !== "string") throw fail(at, "missing property name");
    const sla: SlaProperty = {property: s.property, value: s.value};
    if (typeof s.unit === "string") sla.unit = s.unit;
    if (s.element !== undefined) {
      const m = typeof s.element === "string" ? /^([^.]+)\.(.+)$/.exec(s.element) : null;
      if (!m) throw fail(`${at}.element`, `not object.column: ${JSON.stringify(s.element)}`);
      const object = schema.find((o) => o.name === m[1]);
      if (!object?.properties.some((p) => p.name === m[2]))
        throw fail(`${at}.element`, `unknown column ${JSON.stringify(s.element)}`);
      sla.element = {object: m[1], column: m[2]};
    }
    return sla;
  });
}
